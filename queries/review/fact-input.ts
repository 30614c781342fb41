import { InputError, RELATIONSHIP_SCHEMAS, relationshipId, type EvidenceInput, type RelationshipInput, type RelationshipType } from "../../graph/index.js";
import type { DocumentFact, FactPropertiesInput } from "../review-contract.js";
import type { StoredEvidence } from "./fact-reads.js";

/** What an analyst's fact becomes: the relationship to upsert and the id the graph will give it. */
export interface ReviewedFactInput {
  id: string;
  relationship: RelationshipInput;
}

/**
 * A relationship from an analyst: the type's schema validates the properties (a figure the type has no place for
 * is an error naming it), and its confidence is 1, because a person vouched for it.
 */
export function reviewedFact(type: RelationshipType, from: string, to: string, properties: Record<string, unknown>, evidence: EvidenceInput[]): ReviewedFactInput {
  const schema = RELATIONSHIP_SCHEMAS[type];
  const shape = schema.shape as Record<string, unknown>;
  for (const key of Object.keys(properties)) {
    if (!(key in shape)) throw new InputError(`properties.${key}: a ${type} fact has no ${key}. Use one of ${Object.keys(shape).join(", ")}.`, [{ where: "request", field: `properties.${key}`, message: `${type} has no ${key}` }]);
  }
  const parsed = schema.safeParse({ ...properties, confidence: 1 });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ where: "request", field: `properties.${i.path.join(".")}`, message: i.message }));
    throw new InputError(`request: ${issues.map((i) => `${i.field}: ${i.message}`).join("; ")}`, issues);
  }
  const data = parsed.data as Record<string, unknown>;
  return { id: relationshipId(type, from, to, data), relationship: { type, from, to, properties: data, evidence } };
}

/** The evidence of a fact again, for the fact a review puts in its place: same span and quote, loader "review". */
export function copiedEvidence(evidence: readonly StoredEvidence[]): EvidenceInput[] {
  return evidence.map(({ documentId, sourceUrl, start, end, quote, sentence }) => ({ documentId, sourceUrl, start, end, quote, sentence, loader: "review", confidence: 1 }));
}

/** A stored fact's properties as the next version of it starts from, with the analyst's changes on top. */
export function changedProperties(fact: DocumentFact, targetType: RelationshipType, changes: FactPropertiesInput = {}, status?: string): Record<string, unknown> {
  const shape = RELATIONSHIP_SCHEMAS[targetType].shape as Record<string, unknown>;
  const kept = Object.fromEntries(Object.entries(fact.properties).filter(([key]) => key in shape && key !== "confidence"));
  return { ...kept, ...changes, status: status ?? fact.status };
}

/** A fact's stated content, for a statement's before and after. */
export function factSummary(fact: Pick<DocumentFact, "factId" | "type" | "subject" | "object" | "properties" | "status" | "review">) {
  return { factId: fact.factId, type: fact.type, subjectId: fact.subject.id, objectId: fact.object.id, properties: fact.properties, status: fact.status, review: fact.review };
}
