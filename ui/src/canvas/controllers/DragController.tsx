// Dragging a node moves it and, once dropped, reports the move so the app pins it there and can undo it.
// The graph's bounding box is frozen at the first drag: otherwise sigma would renormalise the whole drawing
// as the node crosses its edge, and every other node would shift under the pointer.
import { useEffect } from "react";
import type { Point } from "../../state/edit-history.js";
import { useSigma } from "../sigma-context.js";

// A press that moves less than this (in pixels) is a click, not a drag.
const DRAG_THRESHOLD = 3;

export function DragController({ onMoved }: { onMoved: (id: string, from: Point, to: Point) => void }) {
  const { sigma, graph } = useSigma();

  useEffect(() => {
    let dragged: { id: string; from: Point; start: Point; moved: boolean } | null = null;

    const down = ({ node, event }: { node: string; event: { x: number; y: number; original: MouseEvent | TouchEvent } }) => {
      // Shift belongs to selection (shift-click, lasso); a right press opens the context menu.
      if (event.original.shiftKey || ("button" in event.original && event.original.button !== 0)) return;
      const { x, y } = graph.getNodeAttributes(node);
      dragged = { id: node, from: { x, y }, start: { x: event.x, y: event.y }, moved: false };
    };
    const move = (payload: { event: { x: number; y: number; original: MouseEvent | TouchEvent; preventSigmaDefault: () => void } }) => {
      if (!dragged) return;
      const { event } = payload;
      if (!dragged.moved && Math.hypot(event.x - dragged.start.x, event.y - dragged.start.y) < DRAG_THRESHOLD) return;
      if (!dragged.moved) {
        dragged.moved = true;
        if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
        sigma.getContainer().style.cursor = "grabbing";
      }
      const at = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(dragged.id, { x: at.x, y: at.y });
      // Without this the camera pans along with the node.
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    };
    const up = () => {
      const drop = dragged;
      dragged = null;
      if (!drop?.moved || !graph.hasNode(drop.id)) return;
      sigma.getContainer().style.cursor = "";
      const { x, y } = graph.getNodeAttributes(drop.id);
      onMoved(drop.id, drop.from, { x, y });
    };
    sigma.on("downNode", down);
    sigma.on("moveBody", move);
    sigma.on("upNode", up);
    sigma.on("upStage", up);
    return () => {
      sigma.off("downNode", down);
      sigma.off("moveBody", move);
      sigma.off("upNode", up);
      sigma.off("upStage", up);
    };
  }, [sigma, graph, onMoved]);

  return null;
}
