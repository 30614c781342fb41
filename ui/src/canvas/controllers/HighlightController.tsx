// Hover and selection emphasis through sigma's reducers: the hovered or selected node and its neighbours
// keep their colour, everything else fades. Reducers change what is drawn, never the graph itself.
import { useEffect, useRef, useState } from "react";
import { crowdedLabelsOf } from "../../state/focus-declutter.js";
import { shortLabel } from "../../state/render-graph.js";
import { focusLabels, viewLabels } from "../focus-label-geometry.js";
import { drawsEveryLabel } from "../label-geometry.js";
import type { Selection } from "../../state/selection.js";
import { useSigma } from "../sigma-context.js";

const FADED_NODE = "#D8DCE0";
const FADED_EDGE = "#E6E8EB";
const SELECTED_EDGE = "#111111";
/** How long the camera rests before focus labels are sorted out again for the new view. */
const SETTLE_MS = 120;
const NONE = { nodes: new Set<string>(), edges: new Set<string>() };

/** The program that draws a node of this type above every faded node (see ../sigma-settings.ts). */
const frontProgram = (type: string | undefined) => (type === "square" ? "square-front" : "circle-front");

export function HighlightController({ selection }: { selection: Selection }) {
  const { sigma, graph } = useSigma();
  const [hovered, setHovered] = useState<string | null>(null);
  // Focus labels left out at the current view (../../state/focus-declutter.ts); read by the reducers.
  const crowded = useRef(NONE);

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
    const isFocused = (node: string) => (selection?.kind === "node" && selection.id === node) || node === hovered;
    // A neighbour whose name was left out of the crowded full view gets it back while its node is in focus.
    const focusName = (node: string) => (isFocused(node) ? graph.getNodeAttribute(node, "fullLabel") : graph.getNodeAttribute(node, "label") || shortLabel(graph.getNodeAttribute(node, "fullLabel")));
    sigma.setSetting("nodeReducer", (node, data) => {
      if (!active) return crowded.current.nodes.has(node) ? { ...data, label: "" } : data;
      if (!neighbours.has(node)) return { ...data, color: FADED_NODE, label: "", zIndex: 0 };
      const focused = isFocused(node);
      const label = !focused && crowded.current.nodes.has(node) ? "" : focusName(node);
      return { ...data, type: frontProgram(data.type), label, zIndex: focused ? 2 : 1, highlighted: focused || data.highlighted === true, forceLabel: true };
    });
    sigma.setSetting("edgeReducer", (edge, data) => {
      if (edge === focusEdge) return { ...data, color: SELECTED_EDGE, size: data.size + 2, zIndex: 2, forceLabel: true };
      if (!active) return data.quietLabel || crowded.current.edges.has(edge) ? { ...data, label: "" } : data;
      const [s, t] = graph.extremities(edge);
      const touches = focus ? s === focus || t === focus : false;
      if (!touches) return { ...data, color: FADED_EDGE, label: "", zIndex: 0 };
      return { ...data, zIndex: 1, forceLabel: true, ...(crowded.current.edges.has(edge) ? { label: "" } : {}) };
    });

    // Around a hub, the names and edge labels focus brings back pile up: the ones that would be drawn over
    // another are left out at this view, and sorted out again whenever the camera or a layout comes to rest.
    // A small graph's full view draws every name and edge label, so its crowded ones are left out the same way
    // (names over names were mostly sorted out when its layout settled; a document's title also yields to a
    // figure). A large graph without a focus is not redrawn after every pan.
    crowded.current = NONE;
    const edgeText = (edge: string) => graph.getEdgeAttribute(edge, "label");
    const fullViewText = (edge: string) => (graph.getEdgeAttribute(edge, "quietLabel") ? "" : edgeText(edge));
    const crowdedNow = focus
      ? () => (graph.hasNode(focus) ? crowdedLabelsOf(focusLabels(sigma, focus, focusName, edgeText)) : NONE)
      : !active && drawsEveryLabel(sigma)
        ? () => crowdedLabelsOf(viewLabels(sigma, fullViewText), { figuresBeforeNames: false })
        : undefined;
    if (!crowdedNow) return;
    const sortOut = () => {
      crowded.current = crowdedNow();
      sigma.refresh();
    };
    sortOut();
    let timer: number | undefined;
    const rest = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(sortOut, SETTLE_MS);
    };
    const camera = sigma.getCamera();
    camera.on("updated", rest);
    // A layout (all nodes at once) or a drag (one node) moves the nodes under a still camera.
    graph.on("eachNodeAttributesUpdated", rest);
    graph.on("nodeAttributesUpdated", rest);
    return () => {
      window.clearTimeout(timer);
      camera.off("updated", rest);
      graph.off("eachNodeAttributesUpdated", rest);
      graph.off("nodeAttributesUpdated", rest);
      crowded.current = NONE;
    };
  }, [sigma, graph, hovered, selection]);

  return null;
}
