// A value as a reader sees it in the inspector and the result table; the CSV keeps cellText's plain figures.
import { cellText } from "./table.js";

const grouped = new Intl.NumberFormat("en", { maximumFractionDigits: 3 });
const SHARE_KEYS = new Set(["share", "shareMin", "shareMax"]);

/**
 * "270,000" rather than "270000" (the summary above the table prints "390,000 t REO"); numbers under 10,000
 * stay as they are, so a year never reads "2,024". With its property's key, a confidence reads "100%" as on
 * the evidence card (the inspector showed "confidence 1" above "confidence 100%"), and a share carries its "%".
 * A yes/no column ("Imported", "Over 25%") reads as words rather than code's true/false.
 */
export function displayText(value: unknown, key?: string): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value !== "number" || !Number.isFinite(value)) return cellText(value);
  if (key === "confidence" && value >= 0 && value <= 1) return `${Math.round(value * 100)}%`;
  if (key !== undefined && SHARE_KEYS.has(key)) return `${grouped.format(value)}%`;
  return Math.abs(value) >= 10_000 ? grouped.format(value) : cellText(value);
}
