import { z } from "zod";

/** The outcome of a fact's latest review statement; a fact without one is unreviewed. */
export const REVIEW_STATES = ["confirmed", "rejected", "corrected", "added"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Which facts a read sees: rejected ones leave results by default; confirmed-only keeps what a person vouched for. */
export const REVIEW_FILTERS = ["hide-rejected", "all", "confirmed-only"] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/**
 * The Cypher condition, in both dialects, that keeps relationship `variable` when the `$reviews` filter lets it
 * through. Saved investigations write the same text (tests/queries/review-filter.test.ts checks it).
 */
export function reviewCondition(variable: string): string {
  return `(coalesce(${variable}.review, '') <> 'rejected' OR $reviews = 'all') AND (${variable}.review IN ['confirmed', 'corrected', 'added'] OR $reviews <> 'confirmed-only')`;
}

export const REVIEW_ACTIONS = ["confirm", "reject", "correct", "add", "create-entity", "merge", "split"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/**
 * A review statement as the stores keep it: its own record, never an overwrite, linked by id to the fact (a
 * relationship id), the entity, the document and the evidence it concerns. `before` and `after` are JSON text,
 * because neither store keeps nested maps as a property.
 */
export const reviewRecordSchema = z.object({
  id: z.string().regex(/^review:[^\s]+$/),
  factId: z.string().optional(),
  /** The fact a correction created in place of `factId`; its history includes the correction. */
  newFactId: z.string().optional(),
  entityId: z.string().optional(),
  documentId: z.string().optional(),
  evidenceIds: z.array(z.string()).default([]),
  action: z.enum(REVIEW_ACTIONS),
  reviewer: z.string().min(1),
  at: z.string().min(1),
  reason: z.string().optional(),
  before: z.string().optional(),
  after: z.string().optional(),
});
export type ReviewRecord = z.output<typeof reviewRecordSchema>;

/** The stores' columns for review records, in DDL order (id first). */
export const REVIEW_COLUMNS = [
  { name: "id", type: "STRING" },
  { name: "factId", type: "STRING" },
  { name: "newFactId", type: "STRING" },
  { name: "entityId", type: "STRING" },
  { name: "documentId", type: "STRING" },
  { name: "evidenceIds", type: "STRING[]" },
  { name: "action", type: "STRING" },
  { name: "reviewer", type: "STRING" },
  { name: "at", type: "STRING" },
  { name: "reason", type: "STRING" },
  { name: "before", type: "STRING" },
  { name: "after", type: "STRING" },
] as const;

/** The review label (Neo4j) and node table (LadybugDB). */
export const REVIEW_LABEL = "Review";
