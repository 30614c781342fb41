export { readDocumentFacts, readFacts, evidenceInDocument, evidenceOfFacts, isFactId, type StoredEvidence } from "./fact-reads.js";
export { reviewFact } from "./review-fact.js";
export { correctFact } from "./correct-fact.js";
export { addFact, documentText } from "./add-fact.js";
export { createEntity, mergeEntities, splitEntity } from "./entity-reviews.js";
export { toReviewStatement } from "./statements.js";
