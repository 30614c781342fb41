// Result filters: relationship types, a year range and a minimum confidence. Pure; the canvas applies the
// outcome by toggling `hidden`, so the layout and the camera are left alone.
import type { ResultEdge, Subgraph } from "../../../graph/schema/index.js";
import { edgeYear } from "./edge-label.js";

export interface ResultFilters {
  /** Types switched off; empty means every type is shown. */
  hiddenTypes: ReadonlySet<string>;
  yearFrom?: number;
  yearTo?: number;
  minConfidence: number;
}

export const NO_FILTERS: ResultFilters = { hiddenTypes: new Set(), minConfidence: 0 };

export function edgePasses(edge: ResultEdge, filters: ResultFilters): boolean {
  if (filters.hiddenTypes.has(edge.type)) return false;
  const confidence = edge.properties["confidence"];
  if (typeof confidence === "number" && confidence < filters.minConfidence) return false;
  // Undated facts pass a year filter: hiding them would suggest they fall outside the range.
  const year = edgeYear(edge.properties);
  if (year !== undefined) {
    if (filters.yearFrom !== undefined && year < filters.yearFrom) return false;
    if (filters.yearTo !== undefined && year > filters.yearTo) return false;
  }
  return true;
}

export interface FilterOutcome {
  visibleEdges: Set<string>;
  visibleNodes: Set<string>;
}

/** Nodes stay visible if a visible edge touches them or they never had an edge (a lone search hit). */
export function applyFilters(subgraph: Subgraph, filters: ResultFilters): FilterOutcome {
  const visibleEdges = new Set<string>();
  const touched = new Set<string>();
  const visibleNodes = new Set<string>();
  for (const edge of subgraph.edges) {
    touched.add(edge.source);
    touched.add(edge.target);
    if (edgePasses(edge, filters)) {
      visibleEdges.add(edge.id);
      visibleNodes.add(edge.source);
      visibleNodes.add(edge.target);
    }
  }
  for (const node of subgraph.nodes) if (!touched.has(node.id)) visibleNodes.add(node.id);
  return { visibleEdges, visibleNodes };
}

export interface FilterDomain {
  types: string[];
  yearMin?: number;
  yearMax?: number;
}

export function filterDomain(subgraph: Subgraph): FilterDomain {
  const types = [...new Set(subgraph.edges.map((e) => e.type))].sort();
  const years = subgraph.edges.flatMap((e) => { const y = edgeYear(e.properties); return y === undefined ? [] : [y]; });
  return years.length ? { types, yearMin: Math.min(...years), yearMax: Math.max(...years) } : { types };
}
