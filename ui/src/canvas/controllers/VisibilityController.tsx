// Applies filters, user-hidden nodes and pins to the drawn graph as `hidden` / `fixed` attributes.
import { useEffect } from "react";
import type { FilterOutcome } from "../../state/filters.js";
import { useSigma } from "../sigma-context.js";

export function VisibilityController({ outcome, hidden, pinned }: { outcome: FilterOutcome; hidden: ReadonlySet<string>; pinned: ReadonlySet<string> }) {
  const { graph } = useSigma();
  useEffect(() => {
    graph.updateEachNodeAttributes((node, attributes) => ({
      ...attributes,
      hidden: hidden.has(node) || !outcome.visibleNodes.has(node),
      fixed: pinned.has(node),
      highlighted: pinned.has(node),
    }));
    graph.updateEachEdgeAttributes((edge, attributes) => ({ ...attributes, hidden: !outcome.visibleEdges.has(edge) }));
  }, [graph, outcome, hidden, pinned]);
  return null;
}
