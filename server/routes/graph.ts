import { basename } from "node:path";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { NotFoundError, RELATIONSHIP_TYPES, REVIEW_FILTERS, nodeId, relationshipTypeOfId, type GraphStore, type ResultNode } from "../../graph/index.js";

const idParams = z.object({ id: nodeId });
const neighbourhoodQuery = z.object({
  reviews: z.enum(REVIEW_FILTERS).default("hide-rejected"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  types: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",") : undefined))
    .pipe(z.array(z.enum(RELATIONSHIP_TYPES as [string, ...string[]])).optional()),
});

const pathsQuery = z.object({ from: nodeId, to: nodeId, maxHops: z.coerce.number().int().min(1).max(8).default(6), limit: z.coerce.number().int().min(1).max(20).default(5) });

/** The explorer's direct graph reads: a node, its capped neighbourhood, the evidence behind a fact, a document. */
export async function graphRoutes(app: FastifyInstance, { store }: { store: GraphStore }): Promise<void> {
  app.get("/api/nodes/:id", async (request) => {
    const { id } = idParams.parse(request.params);
    const [node] = await store.getNodes([id]);
    if (!node) throw new NotFoundError(`node "${id}" does not exist.`, [id]);
    return node;
  });

  app.get("/api/nodes/:id/neighbourhood", async (request) => {
    const { id } = idParams.parse(request.params);
    const { limit, types, reviews } = neighbourhoodQuery.parse(request.query);
    return store.neighbourhood(id, { limit, types: types as typeof RELATIONSHIP_TYPES | undefined, reviews });
  });

  // The shortest paths between two nodes, merged into one subgraph (the context menu's "Find paths").
  app.get("/api/paths", async (request) => {
    const { from, to, maxHops, limit } = pathsQuery.parse(request.query);
    const paths = await store.paths(from, to, { maxHops, limit });
    const nodes = new Map(paths.flatMap((p) => p.nodes).map((n) => [n.id, n]));
    const edges = new Map(paths.flatMap((p) => p.edges).map((e) => [e.id, e]));
    return { nodes: [...nodes.values()], edges: [...edges.values()], paths: paths.length };
  });

  app.get("/api/evidence/:factId", async (request) => {
    const { factId } = z.object({ factId: z.string().min(1).max(200) }).parse(request.params);
    const { reviews } = z.object({ reviews: z.enum(REVIEW_FILTERS).default("hide-rejected") }).parse(request.query);
    // A fact the filter leaves out has no evidence to show (the explorer asks with ?reviews=all to show it anyway).
    if (reviews !== "all" && !(await factPassesFilter(store, factId, reviews))) return [];
    const evidence = await store.evidenceFor(factId);
    const documentIds = [...new Set(evidence.flatMap((e) => (e.documentId ? [e.documentId] : [])))];
    const documents = new Map<string, ResultNode>((await store.getNodes(documentIds)).map((d) => [d.id, d]));
    return evidence.map((e) => {
      const document = e.documentId ? documents.get(e.documentId) : undefined;
      return { ...e, documentTitle: document?.properties.title ?? document?.name, documentDate: document?.properties.date };
    });
  });

  app.get("/api/documents/:id", async (request) => {
    const { id } = idParams.parse(request.params);
    const found = await store.read("MATCH (d:Document {id: $id}) RETURN d.id AS id, d.name AS name, d.title AS title, d.date AS date, d.language AS language, d.path AS path, d.url AS url, d.text AS text", { id });
    const document = found.rows[0];
    if (!document) throw new NotFoundError(`document "${id}" does not exist.`, [id]);
    // Returning nodes and edges keeps this query dialect-neutral: the collector supplies kinds, and
    // needs both endpoints (d and n) to resolve each edge.
    const mentioned = await store.read("MATCH (d:Document {id: $id})-[m:MENTIONS]->(n) RETURN d, n, m", { id }, { rowLimit: 5_000 });
    const kindOf = new Map(mentioned.graph.nodes.map((n) => [n.id, n.kind]));
    const mentions = mentioned.graph.edges.flatMap((edge) =>
      ((edge.properties.spans as string[] | undefined) ?? []).map((span) => {
        const [start, end] = span.split("-").map(Number);
        return { start, end, entityId: edge.target, kind: kindOf.get(edge.target) };
      }),
    );
    mentions.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    // The file's name tells the reader which document it is; the server's folders are nobody's business.
    const path = typeof document.path === "string" ? basename(document.path) : document.path;
    return { ...document, path, mentions, entities: mentioned.graph.nodes.filter((n) => n.id !== id) };
  });
}

/** Whether a fact (a relationship id) passes the review filter; node ids, which have no review, always do. */
async function factPassesFilter(store: GraphStore, factId: string, reviews: (typeof REVIEW_FILTERS)[number]): Promise<boolean> {
  const type = relationshipTypeOfId(factId);
  if (!type) return true;
  const found = await store.read(`MATCH ()-[r:${type}]->() WHERE r.id = $id RETURN r.review AS review`, { id: factId });
  const review = found.rows[0]?.review;
  if (found.rows.length === 0) return true;
  if (reviews === "confirmed-only") return review === "confirmed" || review === "corrected" || review === "added";
  return review !== "rejected";
}
