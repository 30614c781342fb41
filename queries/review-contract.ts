// The browser-safe contract of the review API (docs: /work/issues/review-api.md): zod schemas for what the
// server accepts and answers when an analyst confirms, rejects, corrects or adds facts and merges, splits or
// creates entities. The server parses requests with them, the explorer parses answers with them.
import { z } from "zod";
import { FACT_STATUSES, RELATIONSHIP_TYPES, REVIEW_ACTIONS, REVIEW_FILTERS, REVIEW_STATES, isoDate, nodeId, resultNodeSchema } from "../graph/schema/index.js";

// States and actions are declared once, in graph/schema/review.ts, beside the records the stores keep.
export { REVIEW_ACTIONS, REVIEW_FILTERS, REVIEW_STATES, type ReviewAction, type ReviewFilter, type ReviewState } from "../graph/schema/index.js";
/** The outcome of a fact's latest review statement; null (unreviewed) is the absence of one. */
export const reviewStateSchema = z.enum(REVIEW_STATES);
export const reviewActionSchema = z.enum(REVIEW_ACTIONS);

/**
 * Which facts an investigation, neighbourhood or evidence read sees. Rejected facts leave results by default;
 * "all" shows them (the UI strikes them through), "confirmed-only" keeps facts an analyst confirmed, corrected
 * or added.
 */
export const reviewFilterSchema = z.enum(REVIEW_FILTERS).default("hide-rejected");

/** A free-text name the analyst sets in the explorer (no accounts locally). */
export const reviewerSchema = z.string().trim().min(1, "reviewer: set your name before reviewing.").max(100);
const reason = z.string().trim().min(1).max(2_000);
/** A relationship id as the graph gives it (`ResultEdge.id`), e.g. "owns:3f2a…". */
export const factIdSchema = z.string().min(1).max(200);

/** One decision, kept as its own record: a later review is another statement, never an overwrite. */
export const reviewStatementSchema = z.object({
  id: z.string(),
  factId: z.string().optional(),
  entityId: z.string().optional(),
  documentId: z.string().optional(),
  action: reviewActionSchema,
  reviewer: z.string(),
  /** Server time, ISO 8601. */
  at: z.string(),
  reason: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type ReviewStatement = z.infer<typeof reviewStatementSchema>;

export const factEvidenceSchema = z.object({
  id: z.string(),
  start: z.number().optional(),
  end: z.number().optional(),
  quote: z.string().optional(),
  loader: z.string(),
  confidence: z.number().optional(),
});
export type FactEvidence = z.infer<typeof factEvidenceSchema>;

const factEndpointSchema = z.object({ id: z.string(), name: z.string(), kind: z.string() });

export const documentFactSchema = z.object({
  factId: z.string(),
  type: z.string(),
  subject: factEndpointSchema,
  object: factEndpointSchema,
  properties: z.record(z.string(), z.unknown()),
  confidence: z.number().optional(),
  status: z.enum(FACT_STATUSES),
  review: reviewStateSchema.nullable(),
  /** The fact's evidence in this document (for GET /api/documents/:id/facts) or everywhere (other answers). */
  evidence: z.array(factEvidenceSchema),
});
export type DocumentFact = z.infer<typeof documentFactSchema>;

export const documentFactsAnswerSchema = z.object({ documentId: z.string(), facts: z.array(documentFactSchema) });
export type DocumentFactsAnswer = z.infer<typeof documentFactsAnswerSchema>;

/** The document the analyst reviews in, recorded on the statement (a fact may be stated in several). */
const inDocument = nodeId.optional();

export const reviewFactRequestSchema = z
  .object({ action: z.enum(["confirm", "reject"]), reviewer: reviewerSchema, reason: reason.optional(), documentId: inDocument })
  .refine((body) => body.action !== "reject" || body.reason !== undefined, { message: "a rejection needs a reason", path: ["reason"] });
export type ReviewFactRequest = z.infer<typeof reviewFactRequestSchema>;

/** The figures and dates an analyst may set on a fact; each applies only where the fact's type has it. */
export const factPropertiesInputSchema = z
  .object({
    share: z.number().min(0).max(100).optional(),
    amount: z.number().nonnegative().optional(),
    unit: z.string().trim().min(1).max(40).optional(),
    year: z.number().int().min(1800).max(2200).optional(),
    since: isoDate.optional(),
    until: isoDate.optional(),
    date: isoDate.optional(),
  })
  .strict();
export type FactPropertiesInput = z.infer<typeof factPropertiesInputSchema>;

const relationshipType = z.enum(RELATIONSHIP_TYPES.filter((t) => t !== "MENTIONS") as [string, ...string[]]);

export const correctFactRequestSchema = z.object({
  reviewer: reviewerSchema,
  reason: reason.optional(),
  documentId: inDocument,
  subjectId: nodeId.optional(),
  type: relationshipType.optional(),
  objectId: nodeId.optional(),
  properties: factPropertiesInputSchema.optional(),
  status: z.enum(FACT_STATUSES).optional(),
});
export type CorrectFactRequest = z.infer<typeof correctFactRequestSchema>;

export const addFactRequestSchema = z
  .object({
    reviewer: reviewerSchema,
    reason: reason.optional(),
    subjectId: nodeId,
    type: relationshipType,
    objectId: nodeId,
    properties: factPropertiesInputSchema.optional(),
    status: z.enum(FACT_STATUSES).optional(),
    /** The evidence span in the stored document text, [start, end); the server takes the quote from it. */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((body) => body.end > body.start, { message: "end must be after start", path: ["end"] });
export type AddFactRequest = z.infer<typeof addFactRequestSchema>;

/** The answer of every fact write: the statement it stored and the fact as it now stands. */
export const factReviewAnswerSchema = z.object({ review: reviewStatementSchema, fact: documentFactSchema });
export type FactReviewAnswer = z.infer<typeof factReviewAnswerSchema>;

/**
 * Kinds an analyst may create from a selected name. Countries, elements and regions come from the reference base
 * with codes and symbols a name alone cannot supply; documents come from loads.
 */
export const CREATABLE_KINDS = ["Actor", "Asset", "Policy"] as const;
export type CreatableKind = (typeof CREATABLE_KINDS)[number];

export const createEntityRequestSchema = z
  .object({
    reviewer: reviewerSchema,
    name: z.string().trim().min(1).max(300),
    kind: z.enum(CREATABLE_KINDS),
    /** The kind's type (ACTOR_TYPES, ASSET_TYPES, POLICY_TYPES); by default organisation, project, programme. */
    type: z.string().trim().min(1).max(40).optional(),
    documentId: nodeId.optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().positive().optional(),
  })
  .refine((b) => (b.start === undefined) === (b.end === undefined) && (b.start === undefined || b.documentId !== undefined), {
    message: "a span needs documentId, start and end together",
    path: ["start"],
  })
  .refine((b) => b.start === undefined || b.end === undefined || b.end > b.start, { message: "end must be after start", path: ["end"] });
export type CreateEntityRequest = z.infer<typeof createEntityRequestSchema>;

export const mergeEntitiesRequestSchema = z
  .object({ reviewer: reviewerSchema, reason: reason.optional(), keepId: nodeId, mergeIds: z.array(nodeId).min(1).max(50) })
  .refine((b) => !b.mergeIds.includes(b.keepId), { message: "keepId cannot also be merged into itself", path: ["mergeIds"] });
export type MergeEntitiesRequest = z.infer<typeof mergeEntitiesRequestSchema>;

export const splitEntityRequestSchema = z.object({
  reviewer: reviewerSchema,
  reason: reason.optional(),
  name: z.string().trim().min(1).max(300),
  factIds: z.array(factIdSchema).min(1).max(500),
});
export type SplitEntityRequest = z.infer<typeof splitEntityRequestSchema>;

/** The answer of every entity write. */
export const entityReviewAnswerSchema = z.object({ review: reviewStatementSchema, entity: resultNodeSchema });
export type EntityReviewAnswer = z.infer<typeof entityReviewAnswerSchema>;

export const factReviewsAnswerSchema = z.object({ factId: z.string(), reviews: z.array(reviewStatementSchema) });
export type FactReviewsAnswer = z.infer<typeof factReviewsAnswerSchema>;

/** `?reviews=` on GET /api/nodes/:id/neighbourhood and /api/evidence/:factId, `reviews` in an investigation run. */
export const reviewsQuerySchema = z.object({ reviews: reviewFilterSchema });
