// Applies filters, user-hidden nodes and pins to the drawn graph as `hidden` / `fixed` attributes.
import { useEffect } from "react";
import type { FilterOutcome } from "../../state/filters.js";
import { useSigma } from "../sigma-context.js";

export function VisibilityController({ outcome, hidden, pinned, marked = new Set() }: { outcome: FilterOutcome; hidden: ReadonlySet<string>; pinned: ReadonlySet<string>; marked?: ReadonlySet<string> }) {
  const { graph } = useSigma();
  useEffect(() => {
    // One item at a time: a bulk edge update makes sigma repaint edges that expansion may have just added
    // and that have not been drawn yet (see ../../state/render-graph.ts).
    graph.forEachNode((node, attributes) => {
      const next = { hidden: hidden.has(node) || !outcome.visibleNodes.has(node), fixed: pinned.has(node), highlighted: pinned.has(node) || marked.has(node) };
      if (attributes.hidden !== next.hidden || attributes.fixed !== next.fixed || attributes.highlighted !== next.highlighted) graph.mergeNodeAttributes(node, next);
    });
    graph.forEachEdge((edge, attributes) => {
      const off = !outcome.visibleEdges.has(edge);
      if (attributes.hidden !== off) graph.setEdgeAttribute(edge, "hidden", off);
    });
  }, [graph, outcome, hidden, pinned, marked]);
  return null;
}
