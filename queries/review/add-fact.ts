import { InputError, NotFoundError, type GraphStore, type RelationshipType } from "../../graph/index.js";
import type { AddFactRequest, FactReviewAnswer } from "../review-contract.js";
import { evidenceOfFacts } from "./fact-reads.js";
import { reviewedFact } from "./fact-input.js";
import { answerFor } from "./review-fact.js";
import { newStatement } from "./statements.js";

/** The stored text of a document, which spans index into. */
export async function documentText(store: GraphStore, documentId: string): Promise<string> {
  const found = await store.read("MATCH (d:Document {id: $id}) RETURN d.text AS text", { id: documentId });
  const row = found.rows[0];
  if (!row) throw new NotFoundError(`document "${documentId}" does not exist.`, [documentId]);
  if (typeof row.text !== "string") throw new InputError(`document "${documentId}": no text is stored for it, so no span can be quoted. Load it again from its file.`);
  return row.text;
}

export function checkSpan(text: string, start: number, end: number): void {
  if (end > text.length) {
    throw new InputError(`end: ${end} is past the document's end (${text.length} characters). Select text inside the document.`, [{ where: "request", field: "end", message: "past the end of the text" }]);
  }
  if (text.slice(start, end).trim() === "") throw new InputError("start: the span holds no text. Select the words that state the fact.", [{ where: "request", field: "start", message: "empty span" }]);
}

/**
 * A fact the extractor missed, added by an analyst: its evidence is exactly the stored text at [start, end) — the
 * quote is taken from the document, never from the request — with loader "review" and confidence 1.
 */
export async function addFact(store: GraphStore, documentId: string, request: AddFactRequest): Promise<FactReviewAnswer> {
  const text = await documentText(store, documentId);
  checkSpan(text, request.start, request.end);
  const quote = text.slice(request.start, request.end);
  const type = request.type as RelationshipType;
  const properties = { ...request.properties, status: request.status ?? "reported" };
  const fact = reviewedFact(type, request.subjectId, request.objectId, properties, [{ documentId, start: request.start, end: request.end, quote, loader: "review", confidence: 1 }]);
  await store.upsert({ source: "review", relationships: [fact.relationship] });
  const evidence = (await evidenceOfFacts(store, [fact.id])).filter((e) => e.documentId === documentId && e.start === request.start && e.end === request.end && e.loader === "review");
  const record = newStatement({
    action: "add",
    reviewer: request.reviewer,
    reason: request.reason,
    factId: fact.id,
    documentId,
    evidenceIds: evidence.map((e) => e.id),
    after: { type, subjectId: request.subjectId, objectId: request.objectId, properties: fact.relationship.properties, start: request.start, end: request.end },
  });
  await store.recordReview(record, [{ factId: fact.id, state: "added" }]);
  return answerFor(store, record, fact.id);
}
