import { NotFoundError, type GraphStore } from "../../graph/index.js";
import type { DocumentFact, FactReviewAnswer, ReviewFactRequest } from "../review-contract.js";
import { evidenceOfFacts, readFacts, type StoredEvidence } from "./fact-reads.js";
import { newStatement, toReviewStatement } from "./statements.js";

/** A fact with its stored evidence, or NotFoundError. */
export async function factWithEvidence(store: GraphStore, factId: string): Promise<{ fact: DocumentFact; evidence: StoredEvidence[] }> {
  const evidence = await evidenceOfFacts(store, [factId]);
  const [fact] = await readFacts(store, [factId], evidence);
  if (!fact) throw new NotFoundError(`fact "${factId}" does not exist. Reload the document's facts and try again.`, [factId]);
  return { fact, evidence };
}

/** The document a statement is filed under: the one the analyst named, else the fact's first evidence's. */
export function documentOf(evidence: readonly StoredEvidence[], named?: string): string | undefined {
  return named ?? evidence.find((e) => e.documentId)?.documentId;
}

export async function answerFor(store: GraphStore, record: Parameters<typeof toReviewStatement>[0], factId: string): Promise<FactReviewAnswer> {
  const [fact] = await readFacts(store, [factId]);
  if (!fact) throw new NotFoundError(`fact "${factId}" disappeared while it was reviewed.`, [factId]);
  return { review: toReviewStatement(record), fact };
}

/** Confirms or rejects a fact: a new statement, and the fact's review state set to its outcome. */
export async function reviewFact(store: GraphStore, factId: string, request: ReviewFactRequest): Promise<FactReviewAnswer> {
  const { fact, evidence } = await factWithEvidence(store, factId);
  const state = request.action === "confirm" ? "confirmed" : "rejected";
  const record = newStatement({
    action: request.action,
    reviewer: request.reviewer,
    reason: request.reason,
    factId,
    documentId: documentOf(evidence, request.documentId),
    evidenceIds: evidence.map((e) => e.id),
    before: { review: fact.review },
    after: { review: state },
  });
  await store.recordReview(record, [{ factId, state }]);
  return answerFor(store, record, factId);
}
