// Hover and selection emphasis through sigma's reducers: the hovered or selected node and its neighbours
// keep their colour, everything else fades. Reducers change what is drawn, never the graph itself.
import { useEffect, useState } from "react";
import { shortLabel } from "../../state/render-graph.js";
import type { Selection } from "../../state/selection.js";
import { useSigma } from "../sigma-context.js";

const FADED_NODE = "#D8DCE0";
const FADED_EDGE = "#E6E8EB";
const SELECTED_EDGE = "#111111";

export function HighlightController({ selection }: { selection: Selection }) {
  const { sigma, graph } = useSigma();
  const [hovered, setHovered] = useState<string | null>(null);

  useEffect(() => {
    const enter = ({ node }: { node: string }) => setHovered(node);
    const leave = () => setHovered(null);
    sigma.on("enterNode", enter);
    sigma.on("leaveNode", leave);
    return () => {
      sigma.off("enterNode", enter);
      sigma.off("leaveNode", leave);
    };
  }, [sigma]);

  useEffect(() => {
    const focus = hovered ?? (selection?.kind === "node" ? selection.id : null);
    const focusEdge = selection?.kind === "edge" && graph.hasEdge(selection.id) ? selection.id : null;
    const neighbours = new Set<string>();
    if (focus && graph.hasNode(focus)) {
      neighbours.add(focus);
      graph.forEachNeighbor(focus, (n) => neighbours.add(n));
    } else if (focusEdge) {
      neighbours.add(graph.source(focusEdge));
      neighbours.add(graph.target(focusEdge));
    }
    const active = neighbours.size > 0;
    sigma.setSetting("nodeReducer", (node, data) => {
      const selected = selection?.kind === "node" && selection.id === node;
      if (!active) return data;
      if (!neighbours.has(node)) return { ...data, color: FADED_NODE, label: "", zIndex: 0 };
      const focused = selected || node === hovered;
      // A neighbour whose name was left out of the crowded full view gets it back while its node is in focus.
      const label = focused ? graph.getNodeAttribute(node, "fullLabel") : data.label || shortLabel(graph.getNodeAttribute(node, "fullLabel"));
      return { ...data, label, zIndex: focused ? 2 : 1, highlighted: focused || data.highlighted === true, forceLabel: true };
    });
    sigma.setSetting("edgeReducer", (edge, data) => {
      if (edge === focusEdge) return { ...data, color: SELECTED_EDGE, size: data.size + 2, zIndex: 2, forceLabel: true };
      if (!active) return data.quietLabel ? { ...data, label: "" } : data;
      const [s, t] = graph.extremities(edge);
      const touches = focus ? s === focus || t === focus : false;
      return touches ? { ...data, zIndex: 1, forceLabel: true } : { ...data, color: FADED_EDGE, label: "", zIndex: 0 };
    });
  }, [sigma, graph, hovered, selection]);

  return null;
}
