import type { PostProcessor, Row } from "./types.js";
import { countNoun } from "./count-noun.js";

interface Claim {
  id: string;
  value: string;
  status: string;
  sources: string[];
}

const valueText = (row: Row, side: 1 | 2) => {
  const share = row[`share${side}`];
  const min = row[`shareMin${side}`];
  const max = row[`shareMax${side}`];
  const amount = row[`amount${side}`];
  if (typeof share === "number") return `${share}%`;
  if (typeof min === "number" || typeof max === "number") return `${min ?? "?"}–${max ?? "?"}%`;
  return typeof amount === "number" ? `${amount.toLocaleString("en")}${row.unit ? ` ${row.unit}` : ""}` : "?";
};

// Sorted: collect() leaves them in whatever order the engine met them, and both stores must print the same list.
const sourcesOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((s): s is string => typeof s === "string" && s.length > 0).sort() : []);

/** Disagreeing pairs from the Cypher merged into one row per disputed fact, every claim side by side. */
export const conflicts: PostProcessor = ({ rows }) => {
  const sets = new Map<string, { row: Row; claims: Map<string, Claim> }>();
  for (const row of rows) {
    // Imports of antimony ore and of antimony metal are different facts, not a disagreement; so are two
    // editions' figures (the Cypher pairs claims of one edition only, the key keeps them apart here too).
    const key = [row.subjectId, row.relationship, row.objectId, row.qualifier, row.element, row.product, row.edition].join("|");
    const set = sets.get(key) ?? { row, claims: new Map<string, Claim>() };
    set.claims.set(String(row.id1), { id: String(row.id1), value: valueText(row, 1), status: String(row.status1), sources: sourcesOf(row.sources1) });
    set.claims.set(String(row.id2), { id: String(row.id2), value: valueText(row, 2), status: String(row.status2), sources: sourcesOf(row.sources2) });
    sets.set(key, set);
  }
  const out = [...sets.values()].map(({ row, claims }) => ({
    subject: row.subject,
    relationship: row.relationship,
    object: row.object,
    qualifier: [row.element, row.product, row.edition, row.qualifier].filter((q) => typeof q === "string" && q.length > 0).join(", "),
    // Two claims can agree with each other and disagree with a third (8% vs 7.7% vs 8%): name each value once.
    values: [...new Set([...claims.values()].map((c) => c.value))].join(" vs "),
    claims: [...claims.values()].map((c) => `${c.value} [${c.id}] ${c.sources.join("; ") || "no source"}`),
  }));
  return {
    columns: ["subject", "relationship", "object", "qualifier", "values", "claims"],
    rows: out,
    summary: out.length === 0 ? "No conflicting claims found." : `${countNoun(out.length, "fact")} where sources disagree${out[0] ? `, e.g. ${out[0].subject} ${out[0].relationship} ${out[0].object}: ${out[0].values}` : ""}.`,
  };
};
