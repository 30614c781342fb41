import { FACT_STATUSES, groupBy, relationshipTypeOfId, type GraphStore, type ResultNode } from "../../graph/index.js";
import type { DocumentFact, FactEvidence, ReviewState } from "../review-contract.js";

/** Edge properties that DocumentFact carries in fields of their own. */
const OWN_FIELDS = new Set(["confidence", "status", "review"]);

/** A fact's evidence as the stores keep it, with where it came from. */
export interface StoredEvidence extends FactEvidence {
  factId: string;
  documentId?: string;
  sourceUrl?: string;
  sentence?: number;
}

const EVIDENCE_COLUMNS = "e.id AS id, e.factId AS factId, e.documentId AS documentId, e.start AS start, e.`end` AS `end`, e.quote AS quote, e.loader AS loader, e.confidence AS confidence, e.sentence AS sentence, e.sourceUrl AS sourceUrl";

function withoutNulls<T>(row: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** Whether an id names a fact (a relationship other than MENTIONS), not a node. */
export function isFactId(id: string): boolean {
  const type = relationshipTypeOfId(id);
  return type !== undefined && type !== "MENTIONS";
}

export async function evidenceOfFacts(store: GraphStore, factIds: readonly string[]): Promise<StoredEvidence[]> {
  if (factIds.length === 0) return [];
  const result = await store.read(`MATCH (e:Evidence) WHERE e.factId IN $ids RETURN ${EVIDENCE_COLUMNS} ORDER BY e.start, e.id`, { ids: [...factIds] }, { rowLimit: 100_000 });
  return result.rows.map((row) => withoutNulls<StoredEvidence>(row));
}

export async function evidenceInDocument(store: GraphStore, documentId: string): Promise<StoredEvidence[]> {
  const result = await store.read(`MATCH (e:Evidence) WHERE e.documentId = $id RETURN ${EVIDENCE_COLUMNS} ORDER BY e.start, e.id`, { id: documentId }, { rowLimit: 100_000 });
  return result.rows.map((row) => withoutNulls<StoredEvidence>(row)).filter((e) => isFactId(e.factId));
}

/** The facts with these ids as DocumentFacts, each with the evidence given for it; missing ids are left out. */
export async function readFacts(store: GraphStore, factIds: readonly string[], evidence?: readonly StoredEvidence[]): Promise<DocumentFact[]> {
  const known = evidence ?? (await evidenceOfFacts(store, factIds));
  const evidenceByFact = groupBy(known, (e) => e.factId);
  const facts: DocumentFact[] = [];
  for (const [type, ids] of groupBy(factIds.filter(isFactId), (id) => relationshipTypeOfId(id) ?? "")) {
    // The type comes from the id's own prefix, checked against the schema's relationship types by isFactId.
    const result = await store.read(`MATCH (a)-[r:${type}]->(b) WHERE r.id IN $ids RETURN a, r, b`, { ids }, { rowLimit: 100_000 });
    const nodes = new Map(result.graph.nodes.map((n) => [n.id, n]));
    for (const edge of result.graph.edges) {
      const endpoint = (id: string) => {
        const node = nodes.get(id) as ResultNode | undefined;
        return { id, name: node?.name ?? id, kind: node?.kind ?? "" };
      };
      const status = String(edge.properties.status ?? "reported");
      facts.push({
        factId: edge.id,
        type: edge.type,
        subject: endpoint(edge.source),
        object: endpoint(edge.target),
        properties: Object.fromEntries(Object.entries(edge.properties).filter(([k]) => !OWN_FIELDS.has(k))),
        confidence: typeof edge.properties.confidence === "number" ? edge.properties.confidence : undefined,
        status: (FACT_STATUSES as readonly string[]).includes(status) ? (status as DocumentFact["status"]) : "reported",
        review: (edge.properties.review as ReviewState | undefined) ?? null,
        evidence: (evidenceByFact.get(edge.id) ?? []).map(({ id, start, end, quote, loader, confidence }) => withoutNulls<FactEvidence>({ id, start, end, quote, loader, confidence })),
      });
    }
  }
  const order = new Map(factIds.map((id, index) => [id, index]));
  return facts.sort((a, b) => (order.get(a.factId) ?? 0) - (order.get(b.factId) ?? 0));
}

/** Every fact with evidence in the document, rejected ones too, in the order their first quote appears. */
export async function readDocumentFacts(store: GraphStore, documentId: string): Promise<DocumentFact[]> {
  const evidence = await evidenceInDocument(store, documentId);
  const factIds = [...new Set(evidence.map((e) => e.factId))];
  return readFacts(store, factIds, evidence);
}
