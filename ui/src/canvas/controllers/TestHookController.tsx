// Where a node or an edge sits on screen, for browser tests and the benchmark that click or time the canvas.
// WebGL has no DOM to query; this reads sigma's own projection and changes nothing.
import { useEffect } from "react";
import type { DrawnLabel } from "../../state/focus-declutter.js";
import type { LabelBox } from "../../state/label-boxes.js";
import { focusLabels, viewLabels } from "../focus-label-geometry.js";
import { measureLabelBoxes } from "../label-geometry.js";
import { useSigma } from "../sigma-context.js";

export interface YtterbyTestHook {
  nodePoint(id: string): { x: number; y: number } | null;
  edgePoint(id: string): { x: number; y: number } | null;
  /** Where a node is in graph coordinates (what a layout or a drag changes, unlike the camera). */
  position(id: string): { x: number; y: number } | null;
  order(): number;
  size(): number;
  nodes(): string[];
  /** The sigma program that draws a node in the last frame (focus draws its nodes with the "-front" ones). */
  program(id: string): string | null;
  /** Ids of a node's drawn neighbours. */
  neighbours(id: string): string[];
  /** Ids of the nodes drawn (not hidden by the user or a filter). */
  visible(): string[];
  cameraMoving(): boolean;
  /** Clicks sigma holds towards a double-click (a second one within its timeout is a double-click). */
  pendingClicks(): number;
  /** The whole name of a node, as the inspector shows it. */
  fullLabel(id: string): string | null;
  /** Ids of the nodes whose labels the last frame drew. */
  labelled(): string[];
  /** Where each drawn, non-empty label's node and text sit on screen at the current camera (disc and text). */
  labelBoxes(): LabelBox[];
  /** The names and edge labels the last frame drew around a node in focus, where they sit on screen. */
  focusLabelBoxes(focus: string): DrawnLabel[];
  /** Every name and edge label the last frame drew, where they sit on screen. */
  viewLabelBoxes(): { names: DrawnLabel[]; edges: DrawnLabel[] };
  /** Mean time of a full synchronous redraw, for the rendering benchmark. */
  renderMs(frames: number): number;
}

declare global {
  interface Window {
    __ytterby?: YtterbyTestHook;
  }
}

export function TestHookController() {
  const { sigma, graph } = useSigma();
  useEffect(() => {
    const nodePoint = (id: string) => {
      if (!graph.hasNode(id)) return null;
      const { x, y } = graph.getNodeAttributes(id);
      return sigma.graphToViewport({ x, y });
    };
    window.__ytterby = {
      nodePoint,
      // The midpoint of a straight edge; curved siblings are reached through the inspector's list instead.
      edgePoint: (id) => {
        if (!graph.hasEdge(id)) return null;
        const a = nodePoint(graph.source(id));
        const b = nodePoint(graph.target(id));
        return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : null;
      },
      order: () => graph.order,
      position: (id) => (graph.hasNode(id) ? { x: graph.getNodeAttribute(id, "x"), y: graph.getNodeAttribute(id, "y") } : null),
      renderMs: (frames) => {
        const start = performance.now();
        for (let i = 0; i < frames; i++) sigma.refresh();
        return (performance.now() - start) / frames;
      },
      size: () => graph.size,
      nodes: () => graph.nodes(),
      visible: () => graph.filterNodes((_n, a) => !a.hidden),
      program: (id) => sigma.getNodeDisplayData(id)?.type ?? null,
      neighbours: (id) => (graph.hasNode(id) ? graph.filterNeighbors(id, (_n, a) => !a.hidden) : []),
      cameraMoving: () => sigma.getCamera().isAnimated(),
      pendingClicks: () => sigma.getMouseCaptor().clicks,
      fullLabel: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "fullLabel") : null),
      labelled: () => [...sigma.getNodeDisplayedLabels()],
      labelBoxes: () => {
        const shown = sigma.getNodeDisplayedLabels();
        return measureLabelBoxes(sigma, sigma.getCamera().getState()).filter((b) => shown.has(b.id) && graph.getNodeAttribute(b.id, "label") !== "");
      },
      focusLabelBoxes: (focus) => {
        const names = sigma.getNodeDisplayedLabels();
        const edgeLabels = sigma.getEdgeDisplayedLabels();
        const drawn = focusLabels(
          sigma,
          focus,
          (id) => (names.has(id) ? (sigma.getNodeDisplayData(id)?.label ?? "") : ""),
          (id) => (edgeLabels.has(id) ? (sigma.getEdgeDisplayData(id)?.label ?? "") : ""),
        );
        return [...(drawn.focused ? [drawn.focused] : []), ...drawn.nodes, ...drawn.edges];
      },
      viewLabelBoxes: () => {
        const names = sigma.getNodeDisplayedLabels();
        const edgeLabels = sigma.getEdgeDisplayedLabels();
        const drawn = viewLabels(sigma, (id) => (edgeLabels.has(id) ? (sigma.getEdgeDisplayData(id)?.label ?? "") : ""));
        return { names: drawn.nodes.filter((n) => names.has(n.id) && (sigma.getNodeDisplayData(n.id)?.label ?? "") !== ""), edges: [...drawn.edges] };
      },
    };
    return () => { delete window.__ytterby; };
  }, [sigma, graph]);
  return null;
}
