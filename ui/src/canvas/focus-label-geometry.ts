// Where the names and edge labels a focused node brings back are drawn, in screen pixels at the current camera:
// the geometry ../state/focus-declutter.ts decides on. Node names follow sigma's disc label (right of the disc);
// edge labels follow its straight edge label (along the edge, between the discs, just below the line).
import type { DrawnLabel, LabelsInView } from "../state/focus-declutter.js";
import type { RenderSigma } from "./sigma-context.js";

const measurer = (): CanvasRenderingContext2D | null => document.createElement("canvas").getContext("2d");

/** Boxes of one node's name and one edge's label at the current camera, given the text each gets. */
interface LabelMeasure {
  name(id: string, text: string): DrawnLabel | undefined;
  edge(id: string, text: string): DrawnLabel | undefined;
}

function labelMeasure(sigma: RenderSigma): LabelMeasure | undefined {
  const graph = sigma.getGraph();
  const nameContext = measurer();
  const edgeContext = measurer();
  if (!nameContext || !edgeContext) return undefined;
  const settings = sigma.getSettings();
  const camera = sigma.getCamera().getState();
  const at = (id: string) => sigma.graphToViewport(graph.getNodeAttributes(id));
  const radius = (id: string) => sigma.scaleSize(sigma.getNodeDisplayData(id)?.size ?? graph.getNodeAttribute(id, "size"), camera.ratio);
  nameContext.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  edgeContext.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
  return {
    name(id, text) {
      if (!text) return undefined;
      const { x, y } = at(id);
      const r = radius(id);
      // The disc is part of the box: a kept name is never written over a neighbour's disc.
      const left = x - r;
      const right = x + r + 3 + nameContext.measureText(text).width;
      return { id, x: (left + right) / 2, y, halfWidth: (right - left) / 2, halfHeight: Math.max(r, settings.labelSize * 0.7), angle: 0, priority: graph.getNodeAttribute(id, "size"), minor: graph.getNodeAttribute(id, "kind") === "Document" };
    },
    edge(id, text) {
      const [source, target] = graph.extremities(id);
      const attributes = graph.getEdgeAttributes(id);
      if (!text || attributes.hidden || graph.getNodeAttribute(source, "hidden") || graph.getNodeAttribute(target, "hidden")) return undefined;
      const box = edgeLabelBox(id, at(source), at(target), radius(source), radius(target), text, edgeContext, settings.edgeLabelSize, sigma.getEdgeDisplayData(id)?.size ?? 1, attributes.curvature);
      return box ? { ...box, priority: attributes.size, figure: attributes.figure === true } : undefined;
    },
  };
}

/**
 * The labels focus on `focus` draws: `nodeLabel` and `edgeLabel` give the text each gets (empty: not drawn),
 * as the highlight reducers decide it.
 */
export function focusLabels(sigma: RenderSigma, focus: string, nodeLabel: (id: string) => string, edgeLabel: (id: string) => string): LabelsInView {
  const graph = sigma.getGraph();
  const measure = labelMeasure(sigma);
  if (!measure || !graph.hasNode(focus)) return { nodes: [], edges: [] };
  const nodes: DrawnLabel[] = [];
  graph.forEachNeighbor(focus, (id, attributes) => {
    const box = attributes.hidden ? undefined : measure.name(id, nodeLabel(id));
    if (box) nodes.push(box);
  });
  const edges: DrawnLabel[] = [];
  graph.forEachEdge(focus, (id) => {
    const box = measure.edge(id, edgeLabel(id));
    if (box) edges.push(box);
  });
  const focused = measure.name(focus, nodeLabel(focus));
  return { ...(focused ? { focused } : {}), nodes, edges };
}

/**
 * The labels the full view draws, nothing in focus: every shown name (the layout's declutter has already left
 * out names drawn over one another) and every edge label `edgeLabel` gives.
 */
export function viewLabels(sigma: RenderSigma, edgeLabel: (id: string) => string): LabelsInView {
  const graph = sigma.getGraph();
  const measure = labelMeasure(sigma);
  if (!measure) return { nodes: [], edges: [] };
  const nodes: DrawnLabel[] = [];
  graph.forEachNode((id, attributes) => {
    const box = attributes.hidden ? undefined : measure.name(id, attributes.label);
    if (box) nodes.push(box);
  });
  const edges: DrawnLabel[] = [];
  graph.forEachEdge((id) => {
    const box = measure.edge(id, edgeLabel(id));
    if (box) edges.push(box);
  });
  return { nodes, edges };
}

/** sigma's straight edge label: centred between the discs, turned to stay upright, cut to the room it has. */
function edgeLabelBox(id: string, from: { x: number; y: number }, to: { x: number; y: number }, fromRadius: number, toRadius: number, text: string, context: CanvasRenderingContext2D, size: number, thickness: number, curvature: number): Omit<DrawnLabel, "priority"> | undefined {
  if (curvature !== 0) return curvedEdgeLabelBox(id, from, to, fromRadius + toRadius, text, context, size, thickness, curvature);
  let dx = to.x - from.x;
  let dy = to.y - from.y;
  let d = Math.hypot(dx, dy);
  if (d < fromRadius + toRadius) return undefined;
  const start = { x: from.x + (dx * fromRadius) / d, y: from.y + (dy * fromRadius) / d };
  const end = { x: to.x - (dx * toRadius) / d, y: to.y - (dy * toRadius) / d };
  dx = end.x - start.x;
  dy = end.y - start.y;
  d = Math.hypot(dx, dy);
  const width = Math.min(context.measureText(text).width, d);
  if (d <= 0 || width <= 0) return undefined;
  const angle = dx > 0 ? (dy > 0 ? Math.acos(dx / d) : Math.asin(dy / d)) : dy > 0 ? Math.acos(dx / d) + Math.PI : Math.asin(dx / d) + Math.PI / 2;
  // The text's baseline is `thickness / 2 + size` below the line in the turned frame; its letters reach about
  // 0.75 size above the baseline and 0.2 below, so their middle is about 0.7 size below the line.
  const below = thickness / 2 + size * 0.7;
  return {
    id,
    x: (start.x + end.x) / 2 - Math.sin(angle) * below,
    y: (start.y + end.y) / 2 + Math.cos(angle) * below,
    halfWidth: width / 2,
    halfHeight: size * 0.55,
    angle,
  };
}

/**
 * @sigma/edge-curve's label of a curved (parallel) edge: its letters follow the curve around its apex, halfway
 * to the control point, written on the upper side of the curve read left to right, lifted `thickness × 0.7 + 5`
 * off it. Unlike a straight edge's label it is above, not below, the line: two parallel edges' labels sit apart
 * by a label's height more than the straight model would say, and were drawn over each other unseen.
 */
function curvedEdgeLabelBox(id: string, from: { x: number; y: number }, to: { x: number; y: number }, radii: number, text: string, context: CanvasRenderingContext2D, size: number, thickness: number, curvature: number): Omit<DrawnLabel, "priority"> | undefined {
  const [left, right] = from.x < to.x ? [from, to] : [to, from];
  const dx = right.x - left.x;
  const dy = right.y - left.y;
  const d = Math.hypot(dx, dy);
  if (d <= radii) return undefined;
  const apex = { x: (from.x + to.x) / 2 + ((to.y - from.y) * curvature) / 2, y: (from.y + to.y) / 2 - ((to.x - from.x) * curvature) / 2 };
  // The upper side read left to right; the letters' middle is about 0.35 size above their baseline.
  const upper = { x: dy / d, y: -dx / d };
  const lift = thickness * 0.7 + 5 + size * 0.35;
  const width = Math.min(context.measureText(text).width * (1 + curvature * 0.35), d - radii);
  if (width <= 0) return undefined;
  return { id, x: apex.x + upper.x * lift, y: apex.y + upper.y * lift, halfWidth: width / 2, halfHeight: size * 0.55, angle: Math.atan2(dy, dx) };
}
