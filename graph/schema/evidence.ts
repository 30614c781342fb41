import { z } from "zod";
import { evidenceFields } from "./evidence-fields.js";
import { confidence } from "./values.js";

/** Evidence as loaders supply it; ids and the fact it backs are filled in by the batch builder. */
export const evidenceInputSchema = z
  .object({ ...evidenceFields, confidence: confidence.default(1) })
  .refine((e) => e.documentId !== undefined || e.sourceUrl !== undefined, {
    message: "evidence needs a documentId or a sourceUrl",
  })
  .refine((e) => e.start === undefined || e.end === undefined || e.end >= e.start, {
    message: "evidence end is before its start",
  });

export type EvidenceInput = z.input<typeof evidenceInputSchema>;
export type Evidence = z.output<typeof evidenceInputSchema>;
