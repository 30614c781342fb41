import { z } from "zod";
import { isoDate, nodeId } from "./values.js";

/** What a statement records, shared by evidence as loaders supply it and as the graph stores it. */
export const evidenceFields = {
  documentId: nodeId.optional(),
  sourceUrl: z.string().optional(),
  sourceDate: isoDate.optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  quote: z.string().optional(),
  sentence: z.number().int().nonnegative().optional(),
  loader: z.string().min(1),
  note: z.string().optional(),
  /** The value the source states, kept verbatim so conflicting figures can be shown side by side. */
  value: z.string().optional(),
};
