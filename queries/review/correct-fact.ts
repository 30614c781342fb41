import { InputError, type GraphStore, type RelationshipType } from "../../graph/index.js";
import type { CorrectFactRequest, FactReviewAnswer } from "../review-contract.js";
import { changedProperties, copiedEvidence, factSummary, reviewedFact } from "./fact-input.js";
import { answerFor, documentOf, factWithEvidence } from "./review-fact.js";
import { newStatement } from "./statements.js";

/**
 * Corrects a fact without overwriting it: the corrected fact is a new relationship carrying the same evidence, the
 * old one stays, rejected, and the statement links the two (factId → newFactId).
 */
export async function correctFact(store: GraphStore, factId: string, request: CorrectFactRequest): Promise<FactReviewAnswer> {
  const { fact, evidence } = await factWithEvidence(store, factId);
  const type = (request.type ?? fact.type) as RelationshipType;
  const from = request.subjectId ?? fact.subject.id;
  const to = request.objectId ?? fact.object.id;
  const next = reviewedFact(type, from, to, changedProperties(fact, type, request.properties, request.status), copiedEvidence(evidence));
  if (next.id === factId) {
    throw new InputError(`correction of ${factId}: it changes nothing that tells facts apart. Change the subject, type, object, figure, date or status, or confirm the fact instead.`, [{ where: "request", message: "no change" }]);
  }
  await store.upsert({ source: "review", relationships: [next.relationship] });
  const record = newStatement({
    action: "correct",
    reviewer: request.reviewer,
    reason: request.reason,
    factId,
    newFactId: next.id,
    documentId: documentOf(evidence, request.documentId),
    evidenceIds: evidence.map((e) => e.id),
    before: factSummary(fact),
    after: { factId: next.id, type, subjectId: from, objectId: to, properties: next.relationship.properties },
  });
  await store.recordReview(record, [{ factId, state: "rejected" }, { factId: next.id, state: "corrected" }]);
  return answerFor(store, record, next.id);
}
