// The browser-safe contract of the investigations API: zod schemas for what the server sends and accepts.
// The UI imports this file only, so it may import zod and graph/schema, never a store, node:* or a driver.
import { z } from "zod";
import { ENTITY_KINDS, queryResultSchema } from "../graph/schema/index.js";
import { reviewFilterSchema } from "./review-contract.js";

export const INVESTIGATION_CATEGORIES = ["ownership", "dependency", "policy", "market", "evidence", "explore"] as const;
export type InvestigationCategory = (typeof INVESTIGATION_CATEGORIES)[number];

const description = z.string().trim().min(1);

/**
 * Parameter declarations as investigation files write them. Parameters are never null: LadybugDB
 * cannot type a null parameter, so optional ones carry a default ("" for "any").
 */
export const paramSpecSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("entity"),
    description,
    kinds: z.array(z.enum(ENTITY_KINDS)).min(1),
    /** An optional entity defaults to "", which the Cypher reads as "any". */
    optional: z.boolean().default(false),
    example: z.string().optional(),
  }).strict(),
  z.object({ type: z.literal("fact"), description, example: z.string().optional() }).strict(),
  z.object({ type: z.literal("integer"), description, min: z.number().int(), max: z.number().int(), default: z.number().int().optional() }).strict(),
  z.object({ type: z.literal("number"), description, min: z.number(), max: z.number(), default: z.number().optional(), unit: z.string().optional() }).strict(),
  z.object({ type: z.literal("year"), description, min: z.number().int().default(1900), max: z.number().int().default(2100), default: z.number().int().optional() }).strict(),
  z.object({ type: z.literal("enum"), description, values: z.array(z.string().min(1)).min(1), default: z.string().optional() }).strict(),
  z.object({ type: z.literal("boolean"), description, default: z.boolean().default(false) }).strict(),
  z.object({
    type: z.literal("string"),
    description,
    minLength: z.number().int().nonnegative().default(1),
    maxLength: z.number().int().positive().default(200),
    default: z.string().optional(),
  }).strict(),
]);
export type ParamSpec = z.infer<typeof paramSpecSchema>;
export type ParamType = ParamSpec["type"];

export const paramDescriptorSchema = z.intersection(z.object({ name: z.string() }), paramSpecSchema);
export type ParamDescriptor = z.infer<typeof paramDescriptorSchema>;

const cypherTextsSchema = z.object({
  neo4j: z.string(),
  /** Present only where LadybugDB's dialect differs, with a one-line note on the difference. */
  ladybug: z.object({ difference: z.string(), text: z.string() }).optional(),
});

export const investigationSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  question: z.string(),
  category: z.enum(INVESTIGATION_CATEGORIES),
  params: z.array(paramDescriptorSchema),
  cypher: cypherTextsSchema,
  /** The drawing read, for investigations whose rows cannot carry their nodes. */
  graph: cypherTextsSchema.optional(),
});
export type InvestigationSummary = z.infer<typeof investigationSummarySchema>;

export const runLimitsSchema = z.object({
  timeoutMs: z.number().int().min(100).max(300_000).optional(),
  rowLimit: z.number().int().min(1).max(100_000).optional(),
});

export const runInvestigationRequestSchema = runLimitsSchema.extend({
  params: z.record(z.string(), z.unknown()).default({}),
  /** Which reviewed facts the run sees (queries/review-contract.ts); rejected facts leave results by default. */
  reviews: reviewFilterSchema,
});
export type RunInvestigationRequest = z.infer<typeof runInvestigationRequestSchema>;

export const resolvedEntitySchema = z.object({ id: z.string(), kind: z.string(), name: z.string() });
export type ResolvedEntity = z.infer<typeof resolvedEntitySchema>;

export const investigationResultSchema = queryResultSchema.extend({
  investigation: z.string(),
  summary: z.string(),
  /** Parameters as run: entity names replaced by ids. */
  params: z.record(z.string(), z.unknown()),
  /** The entities that name or id parameters resolved to, by parameter name. */
  entities: z.record(z.string(), resolvedEntitySchema),
  /** Set when a name given for a parameter fits several entities: nothing ran, the user picks one (its id). */
  choices: z.object({ param: z.string(), ref: z.string(), candidates: z.array(resolvedEntitySchema) }).optional(),
});
export type InvestigationResult = z.infer<typeof investigationResultSchema>;

export const cypherRequestSchema = runLimitsSchema.extend({
  query: z.string().trim().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type CypherRequest = z.infer<typeof cypherRequestSchema>;

export const SEARCH_KINDS = ["any", ...ENTITY_KINDS] as const;
export const searchRequestSchema = z.object({
  q: z.string().trim().min(1).max(200),
  kind: z.enum(SEARCH_KINDS).default("any"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchRequest = z.infer<typeof searchRequestSchema>;

export const searchHitSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  /** The name or alias that matched, which may be in another script than the name. */
  matched: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/**
 * The answer of POST /api/documents, in the order the files were sent: what each file's load did. Shared by the
 * server, the explorer's upload and `ytterby load` sending to a server. Issues name the file and the record; at
 * most a hundred per file, `moreIssues` counts the rest.
 */
export const uploadFileResultSchema = z.object({
  file: z.string(),
  loader: z.string().optional(),
  status: z.enum(["added", "unchanged", "failed"]),
  nodesCreated: z.number(),
  nodesUpdated: z.number(),
  relationshipsCreated: z.number(),
  evidenceCreated: z.number(),
  issues: z.array(z.object({ where: z.string(), field: z.string().optional(), message: z.string() })),
  moreIssues: z.number(),
});
export const uploadResultSchema = z.object({ files: z.array(uploadFileResultSchema) });
export type UploadFileResult = z.infer<typeof uploadFileResultSchema>;
