import { z } from "zod";

/**
 * The fields of the per-commodity MCS JSON (pranava0x0/usgs-mineral-commodity-summaries, see
 * ../shared/reference/usgs-mcs2026/SOURCE.md) that the loader reads. Other fields pass through unread.
 */
const nullableNumber = z.number().nullable().optional();
const nullableString = z.string().nullable().optional();

export const mcsWorldRowSchema = z.looseObject({
  country: z.string().min(1),
  production_prev_year: nullableNumber,
  production_latest_year: nullableNumber,
  capacity: nullableNumber,
  reserves: nullableNumber,
  production_prev_raw: nullableString,
  production_latest_raw: nullableString,
  reserves_raw: nullableString,
  note: nullableString,
});

const importCountrySchema = z.object({ country: z.string().min(1), share_pct: z.number().nullable() });

export const mcsCommoditySchema = z.looseObject({
  slug: z.string().min(1),
  name: z.string().min(1),
  symbol: z.string().nullable(),
  source_url: z.string().url(),
  edition: z.string().regex(/^MCS \d{4}$/, 'expected an edition such as "MCS 2026"'),
  edition_date: z.string().regex(/^\d{4}(-\d{2})?$/).optional(),
  units_note: z.string(),
  latest_year: z.string().optional(),
  world_production_label: z.string().nullable().optional(),
  world_production_year_prev: z.string().nullable().optional(),
  world_production_year_latest: z.string().nullable().optional(),
  world_production: z.array(z.unknown()),
  import_sources_range: z.string().nullable().optional(),
  import_sources_by_category: z
    .array(z.object({ category: z.string().nullable(), countries: z.array(z.unknown()) }))
    .nullable()
    .optional(),
});

export { importCountrySchema };
export type McsCommodity = z.infer<typeof mcsCommoditySchema>;
export type McsWorldRow = z.infer<typeof mcsWorldRowSchema>;
