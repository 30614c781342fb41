import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { InputIssue, RelationshipInput } from "../../graph/index.js";
import type { ReferenceLookup } from "../resolution/reference-index.js";
import type { ConversionOutput } from "./mcs-json-to-batch.js";
import { USGS_LOADER } from "./mcs-json-to-batch.js";
import { parseYear } from "./mcs-units.js";
import { resolveCountry } from "./resolve-names.js";

/**
 * The MCS table as a long CSV, one figure per row (columns documented in loaders/usgs/README.md):
 *   commodity, country, measure (production | reserves | capacity | import_share), year, value, unit,
 *   edition, source_url; optional stage, period, product, importer, source_date, note.
 * "value" keeps USGS's symbols: "W"/"NA" skip the row, ">" marks a lower bound, thousands separators are allowed.
 */
export const REQUIRED_COLUMNS = ["commodity", "country", "measure", "value", "unit", "edition", "source_url"] as const;

const rowSchema = z.object({
  commodity: z.string().min(1, "commodity is empty"),
  country: z.string().min(1, "country is empty"),
  measure: z.enum(["production", "reserves", "capacity", "import_share"]),
  year: z.string().optional(),
  value: z.string().min(1, "value is empty"),
  unit: z.string(),
  edition: z.string().regex(/^MCS \d{4}$/, 'expected an edition such as "MCS 2026"'),
  source_url: z.string().url(),
  stage: z.enum(["mined", "concentrate", "refined", "oxide", "metal", "magnet", "capacity", "quota"]).optional(),
  period: z.string().optional(),
  product: z.string().optional(),
  importer: z.string().optional(),
  source_date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD").optional(),
  note: z.string().optional(),
});

const WITHHELD = new Set(["W", "NA", "( )", "()", "SMALL", "XX"]);

export function mcsCsvToBatch(path: string, text: string, lookup: ReferenceLookup): ConversionOutput {
  const issues: InputIssue[] = [];
  const empty = { batch: { source: path, nodes: [], relationships: [] }, issues };
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    issues.push({ where: path, message: `not valid CSV: ${(error as Error).message}` });
    return empty;
  }
  const header = Object.keys(records[0] ?? {});
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length > 0) {
    issues.push({ where: path, field: missing.join(", "), message: `missing column(s) ${missing.join(", ")}. The header must include ${REQUIRED_COLUMNS.join(", ")} (see loaders/usgs/README.md).` });
    return empty;
  }

  const relationships: RelationshipInput[] = [];
  records.forEach((record, index) => {
    // Line numbers count the header, as a spreadsheet shows them.
    const at = `${path} line ${index + 2}`;
    const cleaned = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ""));
    const parsed = rowSchema.safeParse(cleaned);
    if (!parsed.success) {
      for (const i of parsed.error.issues) issues.push({ where: at, field: i.path.join("."), message: i.message });
      return;
    }
    const row = parsed.data;
    const rawValue = row.value.trim();
    if (WITHHELD.has(rawValue.toUpperCase())) return;
    const lowerBound = rawValue.startsWith(">");
    const amount = Number(rawValue.replace(/^>/, "").replace(/[,\s]/g, "").replace(/^—$/, "0"));
    if (!Number.isFinite(amount) || amount < 0) {
      issues.push({ where: at, field: "value", message: `"${row.value}" is not a number. Use digits, or W / NA for withheld figures.` });
      return;
    }
    const element = resolveCommodity(row.commodity, lookup);
    if (!element) {
      issues.push({ where: at, field: "commodity", message: `unknown commodity "${row.commodity}". Use an element symbol or name from data/reference/elements.yaml.` });
      return;
    }
    const country = resolveCountry(row.country, lookup);
    if (!country) {
      issues.push({ where: at, field: "country", message: `unknown country "${row.country}". Use an ISO code or a name from data/reference/countries.yaml.` });
      return;
    }
    const year = row.year ? parseYear(row.year) : undefined;
    if (row.year && year === undefined) {
      issues.push({ where: at, field: "year", message: `"${row.year}" is not a year. Use YYYY, or YYYY followed by e for an estimate.` });
      return;
    }
    if ((row.measure === "production" || row.measure === "capacity") && year === undefined) {
      issues.push({ where: at, field: "year", message: `a ${row.measure} figure needs a year.` });
      return;
    }
    const evidence = [{ sourceUrl: row.source_url, sourceDate: row.source_date, loader: USGS_LOADER, confidence: 1, value: row.value, note: row.note }];
    const status = row.year?.endsWith("e") ? "estimate" : "reported";
    if (row.measure === "production" || row.measure === "capacity") {
      const stage = row.measure === "capacity" ? "capacity" : (row.stage ?? "mined");
      relationships.push({ type: "PRODUCES", from: country, to: element, properties: { amount, unit: row.unit, year, stage, edition: row.edition, product: row.product, status }, evidence });
    } else if (row.measure === "reserves") {
      relationships.push({ type: "HAS_RESERVES", from: country, to: element, properties: { amount, unit: row.unit, year, edition: row.edition, lowerBound: lowerBound || undefined }, evidence });
    } else {
      if (amount > 100) {
        issues.push({ where: at, field: "value", message: `share ${row.value}% is over 100%. Use 0–100.` });
        return;
      }
      const importer = resolveCountry(row.importer ?? "US", lookup);
      if (!importer) {
        issues.push({ where: at, field: "importer", message: `unknown importer "${row.importer}". Use an ISO code or a country name.` });
        return;
      }
      relationships.push({ type: "IMPORTS_FROM", from: importer, to: country, properties: { element, share: amount, period: row.period, edition: row.edition, product: row.product }, evidence });
    }
  });
  return { batch: { source: path, nodes: [], relationships }, issues };
}

function resolveCommodity(text: string, lookup: ReferenceLookup): string | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith("element:") && lookup.elements.has(trimmed)) return trimmed;
  const bySymbol = `element:${trimmed.toLowerCase()}`;
  if (lookup.elements.has(bySymbol)) return bySymbol;
  const resolution = lookup.elements.resolve({ kind: "Element", name: trimmed, aliases: [], identifiers: [] });
  return resolution.outcome === "match" ? resolution.id : undefined;
}
