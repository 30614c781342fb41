import { z } from "zod";
import { confidence, isoDate, nodeId } from "./values.js";

/** Evidence as loaders supply it; ids and the fact it backs are filled in by the batch builder. */
export const evidenceInputSchema = z
  .object({
    documentId: nodeId.optional(),
    sourceUrl: z.string().optional(),
    sourceDate: isoDate.optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    quote: z.string().optional(),
    sentence: z.number().int().nonnegative().optional(),
    loader: z.string().min(1),
    confidence: confidence.default(1),
    note: z.string().optional(),
    value: z.string().optional(),
  })
  .refine((e) => e.documentId !== undefined || e.sourceUrl !== undefined, {
    message: "evidence needs a documentId or a sourceUrl",
  })
  .refine((e) => e.start === undefined || e.end === undefined || e.end >= e.start, {
    message: "evidence end is before its start",
  });

export type EvidenceInput = z.input<typeof evidenceInputSchema>;
export type Evidence = z.output<typeof evidenceInputSchema>;
