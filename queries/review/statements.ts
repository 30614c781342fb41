import { randomUUID } from "node:crypto";
import type { ReviewAction, ReviewRecord } from "../../graph/index.js";
import type { ReviewStatement } from "../review-contract.js";

export interface StatementInput {
  action: ReviewAction;
  reviewer: string;
  reason?: string;
  factId?: string;
  newFactId?: string;
  entityId?: string;
  documentId?: string;
  evidenceIds?: string[];
  before?: unknown;
  after?: unknown;
}

/** A new review statement, stamped with the server's time: the analyst's clock is not evidence. */
export function newStatement(input: StatementInput, now: Date = new Date()): ReviewRecord {
  return {
    id: `review:${randomUUID()}`,
    factId: input.factId,
    newFactId: input.newFactId,
    entityId: input.entityId,
    documentId: input.documentId,
    evidenceIds: input.evidenceIds ?? [],
    action: input.action,
    reviewer: input.reviewer,
    at: now.toISOString(),
    reason: input.reason,
    before: input.before === undefined ? undefined : JSON.stringify(input.before),
    after: input.after === undefined ? undefined : JSON.stringify(input.after),
  };
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A stored statement as the API answers it: before and after as JSON values again. */
export function toReviewStatement(record: ReviewRecord): ReviewStatement {
  const statement: ReviewStatement = { id: record.id, action: record.action, reviewer: record.reviewer, at: record.at };
  if (record.factId !== undefined) statement.factId = record.factId;
  if (record.entityId !== undefined) statement.entityId = record.entityId;
  if (record.documentId !== undefined) statement.documentId = record.documentId;
  if (record.reason !== undefined) statement.reason = record.reason;
  const before = parseJson(record.before);
  const after = parseJson(record.after);
  if (before !== undefined) statement.before = before;
  if (after !== undefined) statement.after = after;
  return statement;
}
