// Right-click on a node, an edge or the background reports where and on what, for ../ContextMenu.tsx.
import { useEffect } from "react";
import { useSigma } from "../sigma-context.js";

export type MenuTarget = { kind: "node"; id: string } | { kind: "edge"; id: string } | { kind: "stage" };

export interface MenuRequest {
  /** Pixels from the window's top-left corner: the menu is drawn outside sigma's container, whose listeners
      would otherwise take a click on the menu for a click on the canvas. */
  x: number;
  y: number;
  target: MenuTarget;
}

type Payload = { event: { x: number; y: number; original: MouseEvent | TouchEvent } };

export function ContextMenuController({ onMenu }: { onMenu: (request: MenuRequest) => void }) {
  const { sigma } = useSigma();

  useEffect(() => {
    const open = (target: MenuTarget, { event }: Payload) => {
      // The browser's own menu would cover ours.
      event.original.preventDefault();
      const at = "clientX" in event.original ? event.original : event.original.touches[0];
      onMenu({ x: at?.clientX ?? 0, y: at?.clientY ?? 0, target });
    };
    const node = (p: Payload & { node: string }) => open({ kind: "node", id: p.node }, p);
    const edge = (p: Payload & { edge: string }) => open({ kind: "edge", id: p.edge }, p);
    const stage = (p: Payload) => open({ kind: "stage" }, p);
    sigma.on("rightClickNode", node);
    sigma.on("rightClickEdge", edge);
    sigma.on("rightClickStage", stage);
    return () => {
      sigma.off("rightClickNode", node);
      sigma.off("rightClickEdge", edge);
      sigma.off("rightClickStage", stage);
    };
  }, [sigma, onMenu]);

  return null;
}
