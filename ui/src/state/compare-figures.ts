// Conflicting figures (parallel edges of one type between the same two nodes) laid out as a table with one
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

export function compareFigures(edges: readonly ResultEdge[]): ComparisonRow[] {
  const seen = new Set<string>();
  for (const edge of edges) for (const key of Object.keys(edge.properties)) if (!SKIPPED.has(key)) seen.add(key);
  const keys = [...LEADING.filter((k) => k === "figure" || seen.has(k)), ...[...seen].filter((k) => !LEADING.includes(k)).sort()];
  return keys.map((key) => {
    const cells = edges.map((edge) => {
      if (key === "figure") return edgeFigure(edge.properties) ?? "no figure";
      const value = edge.properties[key];
      if (key === "confidence" && typeof value === "number") return `${Math.round(value * 100)}%`;
      return value === undefined || value === null ? "" : cellText(value);
    });
    return { key, cells, differs: new Set(cells).size > 1 };
  });
}
