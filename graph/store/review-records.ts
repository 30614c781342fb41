import { NotFoundError, QueryError } from "../errors.js";
import { groupBy } from "../group-by.js";
import { relationshipTypeOfId, type ReviewRecord } from "../schema/index.js";
import type { FactReviewState, ReviewQuery } from "./graph-store.js";

type Row = Record<string, unknown>;

/** Fact states grouped by relationship type, since each type is its own table (and label). */
export function groupFactStates(states: readonly FactReviewState[]): Map<string, FactReviewState[]> {
  return groupBy(states, (s) => {
    const type = relationshipTypeOfId(s.factId);
    if (!type || type === "MENTIONS") throw new NotFoundError(`review: "${s.factId}" is not a fact id (such as owns:3f2a…).`, [s.factId]);
    return type;
  });
}

/**
 * The WHERE clause of a review query on `v` (the same text in both dialects) and its one parameter. A fact's
 * history includes the correction that created it (`newFactId`) and a merge or split that moved it.
 */
export function reviewFilter(query: ReviewQuery): { where: string; value: string } {
  // A merge or split moves many facts in one statement, which lists them in `after`.
  if (query.factId !== undefined) return { where: "v.factId = $value OR v.newFactId = $value OR (v.action IN ['merge', 'split'] AND v.after CONTAINS $value)", value: query.factId };
  if (query.entityId !== undefined) return { where: "v.entityId = $value", value: query.entityId };
  if (query.documentId !== undefined) return { where: "v.documentId = $value", value: query.documentId };
  throw new QueryError("reviews: name a factId, entityId or documentId.");
}

export function reviewFromRow(raw: Row): ReviewRecord {
  const entries = Object.entries(raw).filter(([k, v]) => !k.startsWith("_") && v !== null && v !== undefined);
  const record = Object.fromEntries(entries) as ReviewRecord;
  return { ...record, evidenceIds: record.evidenceIds ?? [] };
}
