import { ReadOnlyViolationError, type GraphStore, type QueryResult } from "../graph/index.js";
import { completeDanglingEdges } from "./complete-edges.js";
import { DEFAULT_RUN_LIMITS, type RunOptions } from "./runner.js";

// Clauses that write or change the schema in either dialect (COPY, ATTACH, INSTALL and LOAD are LadybugDB's).
const WRITE_CLAUSES = /\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|ALTER|COPY|ATTACH|DETACH|INSTALL|LOAD|IMPORT|EXPORT|FOREACH)\b/i;

/** The query with string literals, backticked names and comments blanked, so `'create'` in a string is not a clause. */
function codeOf(cypher: string): string {
  return cypher
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/[^\n]*/g, " ")
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, "''");
}

/** Refuses write clauses before the store sees them; the store's own read-only check stays as the backstop. */
export function assertReadOnly(cypher: string): void {
  const match = WRITE_CLAUSES.exec(codeOf(cypher));
  if (match) {
    throw new ReadOnlyViolationError(`query: ${match[1]?.toUpperCase()} writes to the graph; ad-hoc Cypher is read-only. Use MATCH … RETURN, and load data with \`ytterby load\`.`);
  }
}

/** Ad-hoc read-only Cypher in the active store's dialect, with the same limits as investigations. */
export async function runAdHocCypher(store: GraphStore, cypher: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<QueryResult & { dialect: GraphStore["dialect"] }> {
  assertReadOnly(cypher);
  const timeoutMs = options.timeoutMs ?? DEFAULT_RUN_LIMITS.timeoutMs;
  const result = await store.read(cypher, params, { timeoutMs, rowLimit: options.rowLimit ?? DEFAULT_RUN_LIMITS.rowLimit });
  return { ...(await completeDanglingEdges(store, result, timeoutMs)), dialect: store.dialect };
}
