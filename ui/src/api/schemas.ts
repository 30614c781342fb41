// Payloads the contract does not declare (evidence, documents, neighbourhoods, health), validated where
// they enter the browser. Loose on extra fields so a richer server does not break an older UI.
import { z } from "zod";
import { resultEdgeSchema, resultNodeSchema } from "../../../graph/schema/index.js";

export const evidenceItemSchema = z.object({
  id: z.string(),
  factId: z.string().optional(),
  quote: z.string().optional(),
  value: z.string().optional(),
  name: z.string().optional(),
  note: z.string().optional(),
  start: z.number().optional(),
  end: z.number().optional(),
  documentId: z.string().optional(),
  documentTitle: z.string().nullish(),
  documentDate: z.string().nullish(),
  sourceUrl: z.string().optional(),
  sourceDate: z.string().optional(),
  confidence: z.number().optional(),
  loader: z.string().optional(),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const mentionSchema = z.object({ start: z.number(), end: z.number(), entityId: z.string(), kind: z.string() });
export type Mention = z.infer<typeof mentionSchema>;

export const documentViewSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  title: z.string().nullish(),
  date: z.string().nullish(),
  language: z.string().nullish(),
  url: z.string().nullish(),
  text: z.string(),
  mentions: z.array(mentionSchema),
  entities: z.array(resultNodeSchema),
});
export type DocumentView = z.infer<typeof documentViewSchema>;

export const neighbourhoodSchema = z.object({
  nodes: z.array(resultNodeSchema),
  edges: z.array(resultEdgeSchema),
  total: z.number(),
  truncated: z.boolean(),
});
export type Neighbourhood = z.infer<typeof neighbourhoodSchema>;

export const pathsSchema = z.object({ nodes: z.array(resultNodeSchema), edges: z.array(resultEdgeSchema), paths: z.number() });
export type Paths = z.infer<typeof pathsSchema>;

export const healthSchema = z.object({
  status: z.string(),
  store: z.object({ kind: z.string(), dialect: z.enum(["ladybug", "neo4j"]) }),
  /** The counts last read; absent only if the store could not be read yet. */
  counts: z.object({ nodes: z.record(z.string(), z.number()), relationships: z.record(z.string(), z.number()) }).optional(),
});
export type Health = z.infer<typeof healthSchema>;

export const apiErrorBodySchema = z.object({
  error: z.object({
    type: z.string(),
    message: z.string(),
    issues: z.array(z.object({ field: z.string().optional(), message: z.string() }).loose()).optional(),
    /** A name that matched nothing: the parameter and the closest entities, for "did you mean". */
    field: z.string().optional(),
    fieldMessage: z.string().optional(),
    suggestions: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })).optional(),
  }),
});
