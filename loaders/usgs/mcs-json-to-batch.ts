import type { GraphBatchInput, InputIssue, RelationshipInput } from "../../graph/index.js";
import type { ReferenceLookup } from "../resolution/reference-index.js";
import { importCountrySchema, mcsCommoditySchema, mcsWorldRowSchema, type McsCommodity } from "./mcs-json-schema.js";
import { parseYear, stageFromLabel, unitFromNote } from "./mcs-units.js";
import { resolveCountry, resolveElement } from "./resolve-names.js";

export const USGS_LOADER = "usgs-mcs";

export interface ConversionOutput {
  batch: GraphBatchInput;
  issues: InputIssue[];
}

/**
 * One MCS chapter → PRODUCES (by country and year, and capacity), HAS_RESERVES and the US IMPORTS_FROM
 * shares, each with the edition as a property so MCS 2025 and MCS 2026 figures stand side by side.
 */
export function mcsJsonToBatch(path: string, raw: unknown, lookup: ReferenceLookup): ConversionOutput {
  const issues: InputIssue[] = [];
  const parsed = mcsCommoditySchema.safeParse(raw);
  if (!parsed.success) {
    return {
      batch: { source: path, nodes: [], relationships: [] },
      issues: parsed.error.issues.map((i) => ({ where: path, field: i.path.join("."), message: `${i.message}. This does not look like an MCS commodity JSON (see usgs-mcs2026/SOURCE.md).` })),
    };
  }
  const mcs = parsed.data;
  const element = resolveElement(mcs, lookup);
  if (!element) {
    return {
      batch: { source: path, nodes: [], relationships: [] },
      issues: [{ where: path, field: "symbol", message: `commodity "${mcs.name}" (${mcs.slug}) matches no element in data/reference/elements.yaml. Add it there first.` }],
    };
  }
  const unit = unitFromNote(mcs.units_note);
  const stage = stageFromLabel(mcs.world_production_label);
  const latest = parseYear(mcs.world_production_year_latest) ?? parseYear(mcs.latest_year);
  const prev = parseYear(mcs.world_production_year_prev) ?? (latest !== undefined ? latest - 1 : undefined);
  const evidence = (value: string | null | undefined, note?: string | null) => [
    { sourceUrl: mcs.source_url, sourceDate: mcs.edition_date, loader: USGS_LOADER, confidence: 1, value: value ?? undefined, note: note ?? undefined },
  ];
  const relationships: RelationshipInput[] = [];

  mcs.world_production.forEach((rawRow, index) => {
    const at = `${path} world_production[${index}]`;
    const row = mcsWorldRowSchema.safeParse(rawRow);
    if (!row.success) {
      for (const i of row.error.issues) issues.push({ where: at, field: i.path.join("."), message: i.message });
      return;
    }
    const { country: name, note } = row.data;
    const country = resolveCountry(name, lookup);
    if (!country) {
      issues.push({ where: `${at} (${name})`, field: "country", message: `unknown country "${name}". Add it as an alias in loaders/reference/country-demonyms.ts and regenerate countries.yaml.` });
      return;
    }
    const produced = [
      { year: prev, amount: row.data.production_prev_year, raw: row.data.production_prev_raw },
      { year: latest, amount: row.data.production_latest_year, raw: row.data.production_latest_raw },
    ];
    for (const { year, amount, raw } of produced) {
      // null is "W" (withheld) or "NA"; 0 is "—". Neither is a production fact worth an edge.
      if (amount === null || amount === undefined || amount === 0 || year === undefined) continue;
      const status = year === latest ? "estimate" : "reported";
      relationships.push({
        type: "PRODUCES",
        from: country,
        to: element,
        properties: { amount, unit, year, stage, edition: mcs.edition, product: mcs.world_production_label ?? undefined, status },
        evidence: evidence(raw, note),
      });
    }
    if (row.data.capacity !== null && row.data.capacity !== undefined && row.data.capacity > 0) {
      relationships.push({
        type: "PRODUCES",
        from: country,
        to: element,
        properties: { amount: row.data.capacity, unit, year: latest, stage: "capacity", edition: mcs.edition, product: mcs.world_production_label ?? undefined },
        evidence: evidence(String(row.data.capacity), note),
      });
    }
    if (row.data.reserves !== null && row.data.reserves !== undefined) {
      const lowerBound = row.data.reserves_raw?.trim().startsWith(">") ?? false;
      relationships.push({
        type: "HAS_RESERVES",
        from: country,
        to: element,
        properties: { amount: row.data.reserves, unit, edition: mcs.edition, lowerBound: lowerBound || undefined },
        evidence: evidence(row.data.reserves_raw, note),
      });
    }
  });

  for (const share of importShares(path, mcs, element, lookup, issues)) relationships.push(share);
  return { batch: { source: path, nodes: [], relationships }, issues };
}

/** MCS import sources are always United States imports. */
function importShares(path: string, mcs: McsCommodity, element: string, lookup: ReferenceLookup, issues: InputIssue[]): RelationshipInput[] {
  const out: RelationshipInput[] = [];
  (mcs.import_sources_by_category ?? []).forEach((category, c) => {
    category.countries.forEach((rawCountry, i) => {
      const at = `${path} import_sources_by_category[${c}].countries[${i}]`;
      const parsed = importCountrySchema.safeParse(rawCountry);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) issues.push({ where: at, field: issue.path.join("."), message: issue.message });
        return;
      }
      const { country: name, share_pct: share } = parsed.data;
      if (share === null) return;
      const country = resolveCountry(name, lookup);
      if (!country) {
        issues.push({ where: `${at} (${name})`, field: "country", message: `unknown country "${name}". Add it as an alias in loaders/reference/country-demonyms.ts and regenerate countries.yaml.` });
        return;
      }
      if (share > 100) {
        issues.push({ where: `${at} (${name})`, field: "share_pct", message: `share ${share}% is over 100%. Use 0–100.` });
        return;
      }
      out.push({
        type: "IMPORTS_FROM",
        from: "country:us",
        to: country,
        properties: { element, share, period: mcs.import_sources_range ?? undefined, edition: mcs.edition, product: category.category ?? mcs.name },
        evidence: [{ sourceUrl: mcs.source_url, sourceDate: mcs.edition_date, loader: USGS_LOADER, confidence: 1, value: `${share}%` }],
      });
    });
  });
  return out;
}
