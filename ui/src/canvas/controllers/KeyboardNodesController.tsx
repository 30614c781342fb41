// The canvas takes the keyboard: Tab reaches it, arrow keys move the selection to the nearest node in that
// direction (and centre it), Enter expands the selected node. Sigma draws to WebGL, so without this no
// node could be reached without a mouse.
import { useEffect, useRef } from "react";
import { nextInDirection, type Direction } from "../../state/spatial-nav.js";
import { useSigma } from "../sigma-context.js";

const KEYS: Record<string, Direction> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

export function KeyboardNodesController({ selected, onFocusNode, onExpand }: { selected: string | undefined; onFocusNode: (id: string) => void; onExpand: (id: string) => void }) {
  const { sigma, graph } = useSigma();
  const current = useRef(selected);
  current.current = selected;

  useEffect(() => {
    const container = sigma.getContainer();
    container.tabIndex = 0;
    // An image takes no keys for a screen reader; an application does.
    const role = container.getAttribute("role");
    container.setAttribute("role", "application");
    container.setAttribute("aria-roledescription", "graph");
    container.setAttribute("aria-keyshortcuts", "ArrowLeft ArrowRight ArrowUp ArrowDown Enter");
    const onKey = (e: KeyboardEvent) => {
      const direction = KEYS[e.key];
      if (direction) {
        e.preventDefault();
        const points = new Map(graph.filterNodes((_n, a) => !a.hidden).map((id) => [id, sigma.graphToViewport(graph.getNodeAttributes(id))] as const));
        const { width, height } = sigma.getDimensions();
        const next = nextInDirection(points, current.current, direction, { x: width / 2, y: height / 2 });
        if (next) onFocusNode(next);
      } else if (e.key === "Enter" && current.current && graph.hasNode(current.current)) {
        e.preventDefault();
        onExpand(current.current);
      }
    };
    container.addEventListener("keydown", onKey);
    return () => {
      container.removeEventListener("keydown", onKey);
      if (role) container.setAttribute("role", role);
    };
  }, [sigma, graph, onFocusNode, onExpand]);

  return null;
}
