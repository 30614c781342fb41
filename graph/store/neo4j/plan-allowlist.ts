import { ReadOnlyViolationError } from "../../errors.js";

/**
 * The operators a read may use, as Neo4j 5.26 names them in EXPLAIN (without the "@database" suffix). The
 * parser-level allowlist (queries/cypher-allowlist.ts) runs first; this asks the planner what it would
 * actually run. The EXPLAIN query type alone is not enough: Neo4j reports `LOAD CSV … RETURN row` and
 * `TERMINATE TRANSACTIONS` as reads ("r"). Every saved investigation's plan uses only these (collected from
 * the server by tests/security/neo4j-plan-allowlist.test.ts); the rest are the read operators of the same
 * families that other ad-hoc reads plan to. Write, LOAD CSV, administration, Foreach and CALL … IN TRANSACTIONS
 * operators are absent, and so is the locking index seek MERGE plans ("NodeUniqueIndexSeek(Locking)").
 */
const READ_OPERATORS = new Set([
  "ProduceResults", "Projection", "Filter", "Limit", "ExhaustiveLimit", "Skip", "Sort", "PartialSort", "Top", "Top1WithTies", "PartialTop",
  "Distinct", "OrderedDistinct", "EagerAggregation", "OrderedAggregation", "Aggregation", "Unwind", "CacheProperties", "Eager", "Argument",
  "Optional", "Apply", "SemiApply", "AntiSemiApply", "LetSemiApply", "LetAntiSemiApply", "SelectOrSemiApply", "SelectOrAntiSemiApply",
  "LetSelectOrSemiApply", "LetSelectOrAntiSemiApply", "RollUpApply", "ConditionalApply", "AntiConditionalApply", "CartesianProduct",
  "NodeHashJoin", "ValueHashJoin", "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin", "Union", "OrderedUnion",
  "AllNodesScan", "NodeByLabelScan", "NodeByIdSeek", "NodeByElementIdSeek", "NodeIndexSeek", "NodeUniqueIndexSeek", "NodeIndexSeekByRange",
  "NodeUniqueIndexSeekByRange", "NodeIndexScan", "NodeIndexContainsScan", "NodeIndexEndsWithScan", "MultiNodeIndexSeek",
  "IntersectionNodeByLabelsScan", "UnionNodeByLabelsScan", "SubtractionNodeByLabelsScan", "NodeCountFromCountStore", "RelationshipCountFromCountStore",
  "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
  "DirectedUnionRelationshipTypesScan", "UndirectedUnionRelationshipTypesScan", "DirectedRelationshipByIdSeek", "UndirectedRelationshipByIdSeek",
  "DirectedRelationshipByElementIdSeek", "UndirectedRelationshipByElementIdSeek", "DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek",
  "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan", "DirectedRelationshipIndexSeekByRange", "UndirectedRelationshipIndexSeekByRange",
  "DirectedRelationshipIndexContainsScan", "UndirectedRelationshipIndexContainsScan", "DirectedRelationshipIndexEndsWithScan",
  "UndirectedRelationshipIndexEndsWithScan", "Expand(All)", "Expand(Into)", "OptionalExpand(All)", "OptionalExpand(Into)", "VarLengthExpand(All)",
  "VarLengthExpand(Into)", "VarLengthExpand(Pruning)", "VarLengthExpand(Pruning,BFS)", "ShortestPath", "StatefulShortestPath(All)",
  "StatefulShortestPath(Into)", "Repeat(Trail)", "Trail", "ProjectEndpoints", "NullifyMetadata", "TriadicSelection", "TriadicBuild", "TriadicFilter",
  "ProcedureCall",
]);

/** Procedures a read may call (ProcedureCall): the schema listings the ad-hoc allowlist also accepts on Neo4j. */
const READ_PROCEDURES = new Set(["db.labels", "db.relationshipTypes", "db.propertyKeys"]);

/** One operator of an EXPLAIN plan, as neo4j-driver's ResultSummary.plan gives it. */
export interface PlanOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

/** Every operator of the plan, depth first, as "Name" (the "@database" suffix dropped) with its Details text. */
export function planOperators(plan: PlanOperator): Array<{ name: string; details: string }> {
  const out: Array<{ name: string; details: string }> = [];
  const walk = (operator: PlanOperator) => {
    const at = operator.operatorType.lastIndexOf("@");
    const details = operator.arguments.Details ?? operator.arguments.details;
    out.push({ name: at > 0 ? operator.operatorType.slice(0, at) : operator.operatorType, details: typeof details === "string" ? details : "" });
    operator.children.forEach(walk);
  };
  walk(plan);
  return out;
}

const procedureOf = (details: string) => /^([A-Za-z_][\w.]*)\s*\(/.exec(details)?.[1] ?? "an unnamed procedure";

/** Refuses a plan with any operator outside READ_OPERATORS, or a call of a procedure outside READ_PROCEDURES, naming them all. */
export function assertReadPlan(plan: PlanOperator | false | undefined): void {
  if (!plan) throw new ReadOnlyViolationError("query: Neo4j returned no plan for it, so it cannot be checked; only reading queries (MATCH … RETURN) can run here.");
  const operators = planOperators(plan);
  const refused = [
    ...new Set([
      ...operators.filter((o) => !READ_OPERATORS.has(o.name)).map((o) => o.name),
      ...operators.filter((o) => o.name === "ProcedureCall").map((o) => procedureOf(o.details)).filter((p) => !READ_PROCEDURES.has(p)).map((p) => `CALL ${p}`),
    ]),
  ];
  if (refused.length > 0) {
    throw new ReadOnlyViolationError(
      `query: Neo4j would run ${refused.join(", ")}, which ${refused.length > 1 ? "are not reads" : "is not a read"}. Only reading queries (MATCH … RETURN, and CALL of ${[...READ_PROCEDURES].join(", ")}) can run here; load data with \`ytterby load\`.`,
    );
  }
}
