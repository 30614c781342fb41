// Figures for one fact (parallel edges of one type between the same two nodes) laid out as a table with one
// column per figure, so a reader sees at a glance where the sources agree and where they do not.
import type { ResultEdge } from "../../../graph/schema/index.js";
import { edgeFigure } from "./edge-label.js";
import { cellText } from "./table.js";

export interface ComparisonRow {
  key: string;
  cells: string[];
  /** True when the figures do not all say the same thing here (a blank counts as saying something else). */
  differs: boolean;
}

// The figure itself leads; bookkeeping the inspector shows elsewhere is left out.
const LEADING = ["figure", "status", "since", "until", "year", "asOf", "confidence"];
const SKIPPED = new Set(["id", "name", "share", "amount", "value", "unit"]);

/**
 * `names` turns a property holding an entity's id ("element": "element:ree") into the name the canvas shows;
 * the id, wrapped in a narrow column, read as "element:re / e".
 */
export function compareFigures(edges: readonly ResultEdge[], names: ReadonlyMap<string, string> = new Map()): ComparisonRow[] {
  const seen = new Set<string>();
  for (const edge of edges) for (const key of Object.keys(edge.properties)) if (!SKIPPED.has(key)) seen.add(key);
  const keys = [...LEADING.filter((k) => k === "figure" || seen.has(k)), ...[...seen].filter((k) => !LEADING.includes(k)).sort()];
  return keys.map((key) => {
    const cells = edges.map((edge) => {
      if (key === "figure") return edgeFigure(edge.properties) ?? "no figure";
      const value = edge.properties[key];
      if (key === "confidence" && typeof value === "number") return `${Math.round(value * 100)}%`;
      if (typeof value === "string" && names.has(value)) return names.get(value) ?? value;
      return value === undefined || value === null ? "" : cellText(value);
    });
    return { key, cells, differs: new Set(cells).size > 1 };
  });
}

// What makes two figures about one fact rather than two: the qualifiers queries/evidence/conflicting-claims.yaml
// pairs claims on. Figures that differ in any of these (another year, period or USGS edition) are a series.
export const FACT_QUALIFIERS = ["year", "period", "edition", "stage", "unit", "metric", "scope", "element", "product", "currency", "status"] as const;

export interface FigureVerdict {
  /** "disagree": two claims give different figures for the same qualifiers; "series": the figures differ only
   * across qualifiers (years, periods, editions, products); "agree": every claim that states a figure states
   * the same one. */
  kind: "disagree" | "series" | "agree";
  /** Qualifiers whose values differ between the claims, for saying what the series runs over. */
  differsBy: string[];
  /** Claims that state no figure at all: they neither confirm nor contradict the others. */
  unquantified: number;
}

const qualifierText = (edge: ResultEdge, key: string): string => {
  const value = edge.properties[key];
  return value === undefined || value === null ? "" : String(value);
};

export function figureVerdict(edges: readonly ResultEdge[]): FigureVerdict {
  const figured = edges.filter((e) => edgeFigure(e.properties) !== undefined);
  const differsBy = FACT_QUALIFIERS.filter((key) => new Set(edges.map((e) => qualifierText(e, key))).size > 1);
  const facts = new Map<string, Set<string>>();
  for (const edge of figured) {
    const key = FACT_QUALIFIERS.map((q) => qualifierText(edge, q)).join("\u0000");
    facts.set(key, (facts.get(key) ?? new Set()).add(edgeFigure(edge.properties) ?? ""));
  }
  const disagree = [...facts.values()].some((figures) => figures.size > 1);
  const allSame = new Set(figured.map((e) => edgeFigure(e.properties))).size <= 1;
  return { kind: disagree ? "disagree" : allSame ? "agree" : "series", differsBy, unquantified: edges.length - figured.length };
}
