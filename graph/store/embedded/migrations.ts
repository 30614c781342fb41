/**
 * Step-by-step migrations of the embedded database schema: entry N holds the statements that take
 * version N to N+1. Version 1 is the first release, so there is nothing to migrate yet.
 */
const STEPS: Record<number, string[]> = {};

export function migrateEmbedded(from: number, to: number): string[] {
  const statements: string[] = [];
  for (let version = from; version < to; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`embedded schema: no migration from version ${version} to ${version + 1}`);
    statements.push(...step);
  }
  return statements;
}
