// Multi-selection on the canvas: shift-click adds or removes a node, shift-drag on the background draws a
// lasso around nodes, a plain click starts over. The lasso is an SVG laid over sigma's canvases.
import { useEffect } from "react";
import type { Point } from "../../state/edit-history.js";
import { lassoed } from "../../state/lasso.js";
import { useSigma } from "../sigma-context.js";

const SVG = "http://www.w3.org/2000/svg";

export interface SelectGestures {
  onToggleMarked: (id: string) => void;
  onMarked: (ids: string[], additive: boolean) => void;
}

export function SelectGesturesController({ onToggleMarked, onMarked }: SelectGestures) {
  const { sigma, graph } = useSigma();

  useEffect(() => {
    const container = sigma.getContainer();
    const layer = document.createElementNS(SVG, "svg");
    layer.setAttribute("class", "lasso-layer");
    layer.setAttribute("aria-hidden", "true");
    const outline = document.createElementNS(SVG, "polygon");
    layer.appendChild(outline);
    container.appendChild(layer);
    let lasso: Point[] | null = null;

    const clickNode = ({ node, event }: { node: string; event: { original: MouseEvent | TouchEvent } }) => {
      if (event.original.shiftKey) onToggleMarked(node);
      else onMarked([], false);
    };
    // Sigma counts any two clicks in quick succession as a double-click, wherever they land.
    const doubleClickNode = ({ node, event, preventSigmaDefault }: { node: string; event: { original: MouseEvent | TouchEvent }; preventSigmaDefault: () => void }) => {
      if (!event.original.shiftKey) return;
      preventSigmaDefault();
      onToggleMarked(node);
    };
    const clickStage = ({ event }: { event: { original: MouseEvent | TouchEvent } }) => {
      if (!event.original.shiftKey) onMarked([], false);
    };
    const downStage = ({ event }: { event: { x: number; y: number; original: MouseEvent | TouchEvent } }) => {
      if (event.original.shiftKey) lasso = [{ x: event.x, y: event.y }];
    };
    // The lasso's points come from pointer events: the browser hands over at most one mouse move a frame, and on a
    // slow frame (a large graph, a busy machine) a lasso built from those alone cut its corners and missed the nodes
    // there. A pointer event carries the moves merged into it.
    const track = (event: PointerEvent) => {
      if (!lasso) return;
      const frame = container.getBoundingClientRect();
      const merged = typeof event.getCoalescedEvents === "function" ? event.getCoalescedEvents() : [];
      for (const move of merged.length > 0 ? merged : [event]) lasso.push({ x: move.clientX - frame.left, y: move.clientY - frame.top });
      outline.setAttribute("points", lasso.map((p) => `${p.x},${p.y}`).join(" "));
    };
    const move = ({ event }: { event: { original: MouseEvent | TouchEvent; preventSigmaDefault: () => void } }) => {
      if (!lasso) return;
      // The drag draws the lasso instead of panning the camera.
      event.preventSigmaDefault();
      event.original.preventDefault();
    };
    const up = () => {
      if (!lasso) return;
      const polygon = lasso;
      lasso = null;
      outline.setAttribute("points", "");
      const shown = new Map(graph.filterNodes((_n, a) => !a.hidden).map((id) => [id, sigma.graphToViewport(graph.getNodeAttributes(id))] as const));
      onMarked(lassoed(shown, polygon), true);
    };
    sigma.on("clickNode", clickNode);
    sigma.on("clickStage", clickStage);
    sigma.on("doubleClickNode", doubleClickNode);
    sigma.on("downStage", downStage);
    sigma.on("moveBody", move);
    sigma.on("upStage", up);
    sigma.on("upNode", up);
    document.addEventListener("pointermove", track);
    return () => {
      document.removeEventListener("pointermove", track);
      sigma.off("clickNode", clickNode);
      sigma.off("clickStage", clickStage);
      sigma.off("doubleClickNode", doubleClickNode);
      sigma.off("downStage", downStage);
      sigma.off("moveBody", move);
      sigma.off("upStage", up);
      sigma.off("upNode", up);
      layer.remove();
    };
  }, [sigma, graph, onToggleMarked, onMarked]);

  return null;
}
