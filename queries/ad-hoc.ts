import type { GraphStore, QueryResult } from "../graph/index.js";
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
  return { ...(await completeDanglingEdges(store, result, timeoutMs)), dialect: store.dialect };
}
