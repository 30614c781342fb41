// The review API (queries/review-contract.ts): the explorer's confirm, reject, correct and add decisions on
// facts, entity creation, merge and split, and a fact's history. Answers are parsed with the contract's schemas.
import {
  documentFactsAnswerSchema,
  entityReviewAnswerSchema,
  factReviewAnswerSchema,
  factReviewsAnswerSchema,
  type AddFactRequest,
  type CorrectFactRequest,
  type CreateEntityRequest,
  type DocumentFactsAnswer,
  type EntityReviewAnswer,
  type FactReviewAnswer,
  type FactReviewsAnswer,
  type MergeEntitiesRequest,
  type SplitEntityRequest,
} from "../../../queries/review-contract.js";
import { json, request } from "./client.js";

const at = (id: string) => encodeURIComponent(id);

export const reviewApi = {
  documentFacts: (documentId: string): Promise<DocumentFactsAnswer> => request(documentFactsAnswerSchema, `/api/documents/${at(documentId)}/facts`),
  confirm: (factId: string, body: { reviewer: string; documentId?: string }): Promise<FactReviewAnswer> =>
    request(factReviewAnswerSchema, `/api/facts/${at(factId)}/review`, json({ action: "confirm", ...body })),
  reject: (factId: string, body: { reviewer: string; documentId?: string; reason: string }): Promise<FactReviewAnswer> =>
    request(factReviewAnswerSchema, `/api/facts/${at(factId)}/review`, json({ action: "reject", ...body })),
  correct: (factId: string, body: CorrectFactRequest): Promise<FactReviewAnswer> => request(factReviewAnswerSchema, `/api/facts/${at(factId)}/correct`, json(body)),
  addFact: (documentId: string, body: AddFactRequest): Promise<FactReviewAnswer> => request(factReviewAnswerSchema, `/api/documents/${at(documentId)}/facts`, json(body)),
  createEntity: (body: CreateEntityRequest): Promise<EntityReviewAnswer> => request(entityReviewAnswerSchema, "/api/entities", json(body)),
  merge: (body: MergeEntitiesRequest): Promise<EntityReviewAnswer> => request(entityReviewAnswerSchema, "/api/entities/merge", json(body)),
  split: (entityId: string, body: SplitEntityRequest): Promise<EntityReviewAnswer> => request(entityReviewAnswerSchema, `/api/entities/${at(entityId)}/split`, json(body)),
  history: (factId: string): Promise<FactReviewsAnswer> => request(factReviewsAnswerSchema, `/api/facts/${at(factId)}/reviews`),
};
