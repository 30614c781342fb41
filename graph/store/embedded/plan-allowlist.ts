import { ReadOnlyViolationError } from "../../errors.js";

/**
 * The physical operators a read may use, as LadybugDB's EXPLAIN names them. The parser-level allowlist
 * (queries/cypher-allowlist.ts) runs first; this second check asks the engine what it would actually do, so a
 * query whose text fooled the first check (a dialect difference in string escapes, say) is still refused if
 * it would copy, load, attach, checkpoint or write. LadybugDB's own isReadOnly() is not enough on its own: it
 * counts LOAD FROM, COPY … TO, EXPORT DATABASE and ATTACH as reads.
 */
const READ_OPERATORS = new Set([
  "RESULT_COLLECTOR", "PROJECTION", "FILTER", "FLATTEN", "LIMIT", "SKIP", "MULTIPLICITY_REDUCER", "UNWIND", "CROSS_PRODUCT",
  "SCAN_NODE_TABLE", "SCAN_REL_TABLE", "PRIMARY_KEY_SCAN_NODE_TABLE", "INDEX_LOOKUP", "RECURSIVE_EXTEND", "PATH_PROPERTY_PROBE", "SEMI_MASKER",
  "HASH_JOIN_BUILD", "HASH_JOIN_PROBE", "INTERSECT_BUILD", "INTERSECT", "AGGREGATE", "AGGREGATE_FINALIZE", "AGGREGATE_SCAN", "ORDER_BY",
  "ORDER_BY_MERGE", "ORDER_BY_SCAN", "TOP_K", "TOP_K_SCAN", "UNION_ALL_SCAN", "DUMMY_SINK", "EMPTY_RESULT", "COUNT_REL_TABLE", "TABLE_FUNCTION_CALL",
]);

/** Table functions a read may call: reading back an intermediate result, and listing the schema. */
const READ_TABLE_FUNCTIONS = new Set(["READ_FTABLE", "SHOW_TABLES", "TABLE_INFO"]);

/** Operator and function names in LadybugDB's boxed EXPLAIN text ("│  SCAN_NODE_TABLE[3]  │", "Function: READ_FTABLE"). */
export function planOperators(plan: string): { operators: string[]; functions: string[] } {
  return {
    operators: [...plan.matchAll(/│\s*([A-Z][A-Z_]*)\[\d+\]\s*│/g)].map((m) => m[1] ?? ""),
    functions: [...plan.matchAll(/Function: ([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => (m[1] ?? "").toUpperCase()),
  };
}

export function assertReadPlan(plan: string): void {
  const { operators, functions } = planOperators(plan);
  if (operators.length === 0) throw new ReadOnlyViolationError("query: the engine returned no plan for it, so it cannot be checked; only reading queries (MATCH … RETURN) can run here.");
  const operator = operators.find((o) => !READ_OPERATORS.has(o));
  if (operator) throw new ReadOnlyViolationError(`query: the engine would run ${operator}, which is not a read. Only reading queries (MATCH … RETURN) can run here; load data with \`ytterby load\`.`);
  const fn = functions.find((f) => !READ_TABLE_FUNCTIONS.has(f));
  if (fn) throw new ReadOnlyViolationError(`query: the engine would call ${fn}, which reads outside the graph. Only reading queries over the graph can run here.`);
}
