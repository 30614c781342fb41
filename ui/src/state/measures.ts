// Node size by a chosen measure, scaled into a readable pixel range.
import type { RenderGraph } from "./render-graph.js";

export const SIZE_MEASURES = ["degree", "in-degree", "out-degree", "owned share", "uniform"] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

const MIN_SIZE = 6;
const MAX_SIZE = 18;

export function measureValues(graph: RenderGraph, measure: SizeMeasure, shares: ReadonlyMap<string, number> = new Map()): Map<string, number> {
  const values = new Map<string, number>();
  graph.forEachNode((node) => {
    switch (measure) {
      case "degree": values.set(node, graph.degree(node)); break;
      case "in-degree": values.set(node, graph.inDegree(node)); break;
      case "out-degree": values.set(node, graph.outDegree(node)); break;
      case "owned share": {
        // The sum of stakes a node holds, so controlling owners stand out in ownership results.
        let total = 0;
        graph.forEachOutEdge(node, (edge) => { total += shares.get(edge) ?? 0; });
        values.set(node, total);
        break;
      }
      case "uniform": values.set(node, 1); break;
    }
  });
  return values;
}

export function scaleSizes(values: ReadonlyMap<string, number>): Map<string, number> {
  const all = [...values.values()];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const sizes = new Map<string, number>();
  for (const [node, value] of values) {
    // Square-root scaling: area, not radius, should track the measure.
    const t = max === min ? 0.35 : Math.sqrt((value - min) / (max - min));
    sizes.set(node, MIN_SIZE + t * (MAX_SIZE - MIN_SIZE));
  }
  return sizes;
}

export function applySizes(graph: RenderGraph, measure: SizeMeasure, shares?: ReadonlyMap<string, number>): void {
  for (const [node, size] of scaleSizes(measureValues(graph, measure, shares))) graph.setNodeAttribute(node, "size", size);
}
