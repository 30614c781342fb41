import { NODE_KINDS, type GraphStore, type QueryResult } from "../graph/index.js";
import { completeDanglingEdges } from "./complete-edges.js";
import { assertReadOnlyCypher } from "./cypher-allowlist.js";
import { DEFAULT_RUN_LIMITS, type RunOptions } from "./runner.js";

/**
 * Ad-hoc read-only Cypher in the active store's dialect, with the same limits as investigations. Two checks
 * before anything runs: Neo4j's parser must find only reading clauses (cypher-allowlist.ts), then the store's
 * engine must plan only read operators (`untrusted`).
 */
export async function runAdHocCypher(store: GraphStore, cypher: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<QueryResult & { dialect: GraphStore["dialect"] }> {
  assertReadOnlyCypher(cypher);
  const timeoutMs = options.timeoutMs ?? DEFAULT_RUN_LIMITS.timeoutMs;
  const result = await store.read(cypher, params, { timeoutMs, rowLimit: options.rowLimit ?? DEFAULT_RUN_LIMITS.rowLimit, untrusted: true });
  return { ...withoutBookkeeping(await completeDanglingEdges(store, result, timeoutMs)), dialect: store.dialect };
}

const KINDS: ReadonlySet<string> = new Set(NODE_KINDS);
const isBookkeeping = (value: unknown): boolean =>
  typeof value === "object" && value !== null && "kind" in value && typeof value.kind === "string" && "properties" in value && !KINDS.has(value.kind);

/**
 * The store's own records (the schema version, a load marker) are nodes of a label outside the schema:
 * `MATCH (n) RETURN n` would show them beside the data as if they were part of it.
 */
export function withoutBookkeeping(result: QueryResult): QueryResult {
  const nodes = result.graph.nodes.filter((n) => KINDS.has(n.kind));
  if (nodes.length === result.graph.nodes.length) return result;
  const kept = new Set(nodes.map((n) => n.id));
  return {
    ...result,
    rows: result.rows.filter((row) => !Object.values(row).some(isBookkeeping)),
    graph: { nodes, edges: result.graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) },
  };
}
