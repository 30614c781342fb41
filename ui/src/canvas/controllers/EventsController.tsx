// Pointer events: click selects a node or an edge, a click on empty space clears, double-click expands.
import { useEffect } from "react";
import type { Selection } from "../../state/selection.js";
import { useSigma } from "../sigma-context.js";

export interface CanvasEvents {
  onSelect: (selection: Selection) => void;
  onExpand: (node: string) => void;
}

export function EventsController({ onSelect, onExpand }: CanvasEvents) {
  const { sigma } = useSigma();

  useEffect(() => {
    const container = sigma.getContainer();
    const clickNode = ({ node }: { node: string }) => onSelect({ kind: "node", id: node });
    const clickEdge = ({ edge }: { edge: string }) => onSelect({ kind: "edge", id: edge });
    const clickStage = () => onSelect(null);
    const doubleClickNode = (event: { node: string; event: { original: MouseEvent | TouchEvent }; preventSigmaDefault: () => void }) => {
      // Sigma zooms on double-click by default; here double-click means "expand".
      event.preventSigmaDefault();
      // Two quick shift-clicks, even on two nodes, reach sigma as a double-click: they select, not expand.
      if (!event.event.original.shiftKey) onExpand(event.node);
    };
    const pointer = () => { container.style.cursor = "pointer"; };
    const arrow = () => { container.style.cursor = ""; };
    sigma.on("clickNode", clickNode);
    sigma.on("clickEdge", clickEdge);
    sigma.on("clickStage", clickStage);
    sigma.on("doubleClickNode", doubleClickNode);
    sigma.on("enterNode", pointer);
    sigma.on("leaveNode", arrow);
    sigma.on("enterEdge", pointer);
    sigma.on("leaveEdge", arrow);
    return () => {
      sigma.off("clickNode", clickNode);
      sigma.off("clickEdge", clickEdge);
      sigma.off("clickStage", clickStage);
      sigma.off("doubleClickNode", doubleClickNode);
      sigma.off("enterNode", pointer);
      sigma.off("leaveNode", arrow);
      sigma.off("enterEdge", pointer);
      sigma.off("leaveEdge", arrow);
    };
  }, [sigma, onSelect, onExpand]);

  return null;
}
