import type { GraphStore, QueryResult, ResultEdge } from "../graph/index.js";

// A query that returns relationships without their nodes (`MATCH ()-[r:OWNS]->() RETURN r`) leaves the
// store unable to name the endpoints. Like Neo4j Browser, fetch them so the edge can be drawn and the
// row says what it connects.
export const ENDPOINTS_OF = "UNWIND $ids AS rid MATCH (a)-[r]->(b) WHERE r.id = rid RETURN a, r, b";
const MAX_EDGES_TO_COMPLETE = 1000;

function isDanglingEdge(value: unknown): value is ResultEdge {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<ResultEdge>;
  return typeof v.id === "string" && typeof v.type === "string" && v.source === "" && v.target === "" && typeof v.properties === "object";
}

function collectDangling(value: unknown, into: Map<string, ResultEdge[]>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectDangling(item, into);
  } else if (isDanglingEdge(value)) {
    const list = into.get(value.id);
    if (list) list.push(value);
    else into.set(value.id, [value]);
  } else if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) collectDangling(item, into);
  }
}

/** Fills in the endpoints of relationships returned without their nodes, in the rows and the graph. */
export async function completeDanglingEdges(store: GraphStore, result: QueryResult, timeoutMs: number): Promise<QueryResult> {
  const dangling = new Map<string, ResultEdge[]>();
  for (const row of result.rows) collectDangling(row, dangling);
  if (dangling.size === 0) return result;
  const ids = [...dangling.keys()].slice(0, MAX_EDGES_TO_COMPLETE);
  const found = await store.read(ENDPOINTS_OF, { ids }, { timeoutMs, rowLimit: ids.length });
  const nodes = new Map(result.graph.nodes.map((n) => [n.id, n]));
  for (const node of found.graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const edges = new Map(result.graph.edges.map((e) => [e.id, e]));
  for (const edge of found.graph.edges) {
    for (const inRow of dangling.get(edge.id) ?? []) {
      inRow.source = edge.source;
      inRow.target = edge.target;
    }
    if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { ...result, graph: { nodes: [...nodes.values()], edges: [...edges.values()] } };
}
