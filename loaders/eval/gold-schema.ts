import { z } from "zod";

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/**
 * A hand-annotated seed article. Third-party text is never copied here: entities and facts point at the
 * article by offsets, and the hash of each span proves the offsets still fit the text being evaluated.
 */
export const goldDocumentSchema = z.object({
  version: z.literal(1),
  document: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  note: z.string().optional(),
  entities: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string(), mention: span })),
  facts: z.array(
    z.object({
      subject: z.string(),
      predicate: z.string(),
      object: z.string(),
      value: z.number().optional(),
      valueMin: z.number().optional(),
      valueMax: z.number().optional(),
      unit: z.string().optional(),
      status: z.string(),
      span,
    }),
  ),
});

export type GoldDocument = z.infer<typeof goldDocumentSchema>;
export type GoldFact = GoldDocument["facts"][number];
export type GoldEntity = GoldDocument["entities"][number];
