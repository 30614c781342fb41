import { parse } from "yaml";
import { z } from "zod";
import { InputError, RELATIONSHIP_TYPES, type GraphBatchInput } from "../../graph/index.js";

/**
 * The file-level shape only. Each node and relationship is validated by the graph schema when the
 * batch is normalised, so one bad record is reported and skipped rather than failing the file.
 */
// A list of records: the batch's validation checks each record's fields, but reads a claim's confidence from
// every item first, so a null or a string where a record belongs crashed it (found by fuzzing).
const evidenceList = z.array(z.looseObject({})).optional();

const referenceFileSchema = z.object({
  source: z.string().optional(),
  nodes: z.array(z.looseObject({ id: z.string(), name: z.string(), evidence: evidenceList })).default([]),
  relationships: z
    .array(z.looseObject({ type: z.enum(RELATIONSHIP_TYPES as [string, ...string[]]), from: z.string(), to: z.string(), evidence: evidenceList }))
    .default([]),
});

export function parseReferenceYaml(path: string, text: string): GraphBatchInput {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid YAML (${(error as Error).message}). Fix the syntax and load again.`, [
      { where: path, message: (error as Error).message },
    ]);
  }
  const parsed = referenceFileSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ where: path, field: issue.path.join("."), message: issue.message }));
    const first = issues[0];
    throw new InputError(
      `${path}: ${issues.length} problem(s) with the file's shape, first at "${first?.field}": ${first?.message}. A reference file holds "nodes:" and "relationships:" lists.`,
      issues,
    );
  }
  return { ...(parsed.data as GraphBatchInput), source: parsed.data.source ?? path };
}
