import type { Evidence } from "./evidence.js";
import { NODE_ID_PATTERN } from "./values.js";

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
type FieldCheck = (value: unknown) => boolean;
const text: FieldCheck = (v) => typeof v === "string";
const count: FieldCheck = (v) => Number.isSafeInteger(v) && (v as number) >= 0;

/** evidenceInputSchema's fields in its order (zod's output order), each with the rule zod applies to a value given. */
const FIELDS: ReadonlyArray<readonly [string, FieldCheck]> = [
  ["documentId", (v) => typeof v === "string" && NODE_ID_PATTERN.test(v)],
  ["sourceUrl", text],
  ["sourceDate", (v) => typeof v === "string" && ISO_DATE.test(v)],
  ["start", count],
  ["end", count],
  ["quote", text],
  ["sentence", count],
  ["loader", (v) => typeof v === "string" && v.length >= 1],
  ["note", text],
  ["value", text],
  ["confidence", (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1],
];
const KNOWN = new Set(FIELDS.map(([name]) => name));

/**
 * An evidence item as `evidenceInputSchema.parse` returns it, checked by the same rules without zod, or undefined
 * when the item is anything but plain and valid (an unknown field, a wrong type, a broken rule): the caller then
 * runs zod, which gives the same result or the issues to report. Zod's parse was most of the time spent on
 * evidence, one item per fact in bulk loads (tests/graph/plain-evidence.test.ts compares the two).
 */
export function parsePlainEvidence(raw: unknown): Evidence | undefined {
  if (typeof raw !== "object" || raw === null || Object.getPrototypeOf(raw) !== Object.prototype) return undefined;
  const item = raw as Record<string, unknown>;
  for (const key in item) if (!KNOWN.has(key)) return undefined;
  const parsed: Record<string, unknown> = {};
  for (const [name, check] of FIELDS) {
    if (!(name in item)) continue;
    const value = item[name];
    // An optional field given as undefined stays, as zod keeps it; only loader is required.
    if (value === undefined ? name === "loader" : !check(value)) return undefined;
    parsed[name] = value;
  }
  if (parsed.loader === undefined) return undefined;
  if (parsed.confidence === undefined) parsed.confidence = 1;
  if (parsed.documentId === undefined && parsed.sourceUrl === undefined) return undefined;
  if (parsed.start !== undefined && parsed.end !== undefined && (parsed.end as number) < (parsed.start as number)) return undefined;
  return parsed as Evidence;
}
