// A press that moved (a pan, a node dragged, a lasso) ends, like any press and release, in the browser's click
// event. Sigma counts that click towards a double-click (any two clicks within its doubleClickTimeout, wherever they
// land), and double-click here expands a node: a node clicked just after a pan was expanded instead of selected.
// So a press that moved is no click: its click is stopped before sigma's mouse captor sees it.
import { useEffect } from "react";
import { useSigma } from "../sigma-context.js";

// The same threshold as a node drag's (DragController): a press that moves less is a click.
const DRAG_DISTANCE = 3;

export function DragClickGuardController() {
  const { sigma } = useSigma();

  useEffect(() => {
    const container = sigma.getContainer();
    const guard = container.parentElement;
    if (!guard) return;
    let press: { x: number; y: number } | null = null;
    // Listening on the container's parent in the capture phase runs before the container's own listeners.
    const down = (event: MouseEvent) => {
      press = container.contains(event.target as Node) ? { x: event.clientX, y: event.clientY } : null;
    };
    const click = (event: MouseEvent) => {
      const start = press;
      press = null;
      if (start && container.contains(event.target as Node) && Math.hypot(event.clientX - start.x, event.clientY - start.y) >= DRAG_DISTANCE) event.stopPropagation();
    };
    guard.addEventListener("mousedown", down, { capture: true });
    guard.addEventListener("click", click, { capture: true });
    return () => {
      guard.removeEventListener("mousedown", down, { capture: true });
      guard.removeEventListener("click", click, { capture: true });
    };
  }, [sigma]);

  return null;
}
