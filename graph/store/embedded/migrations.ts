import { LINK_TYPES, relTableEndpoints } from "./ddl.js";
import { RELATIONSHIP_TYPES } from "../../schema/index.js";

/**
 * The endpoint pairs a relationship table gained when the Region kind arrived. The Region node table itself comes
 * from the DDL's CREATE … IF NOT EXISTS, which runs first; existing relationship tables keep their old pairs
 * until altered.
 */
function regionPairs(): string[] {
  return [...RELATIONSHIP_TYPES, ...LINK_TYPES].flatMap((type) =>
    relTableEndpoints(type)
      .filter(([from, to]) => from === "Region" || to === "Region")
      .map(([from, to]) => `ALTER TABLE ${type} ADD IF NOT EXISTS FROM ${from} TO ${to}`),
  );
}

/**
 * The `review` property every relationship table gained with fact reviews (graph/schema/columns.ts). The Review
 * node table itself comes from the DDL's CREATE … IF NOT EXISTS, which runs first.
 */
function reviewColumns(): string[] {
  return RELATIONSHIP_TYPES.map((type) => `ALTER TABLE ${type} ADD IF NOT EXISTS review STRING`);
}

/**
 * Step-by-step migrations of the embedded database schema: entry N holds the statements that take
 * version N to N+1.
 */
const STEPS: Record<number, () => string[]> = {
  1: regionPairs,
  // Placeholder: step 2 (version 3) belongs to another branch, whose step replaces this empty one when merged.
  2: () => [],
  3: reviewColumns,
};

export function migrateEmbedded(from: number, to: number): string[] {
  const statements: string[] = [];
  for (let version = from; version < to; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`embedded schema: no migration from version ${version} to ${version + 1}`);
    statements.push(...step());
  }
  return statements;
}
