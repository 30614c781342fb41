// Where the names and edge labels a focused node brings back are drawn, in screen pixels at the current camera:
// the geometry ../state/focus-declutter.ts decides on. Node names follow sigma's disc label (right of the disc);
// edge labels follow its straight edge label (along the edge, between the discs, just below the line).
import type { DrawnLabel, FocusLabels } from "../state/focus-declutter.js";
import type { RenderSigma } from "./sigma-context.js";

const measurer = (): CanvasRenderingContext2D | null => document.createElement("canvas").getContext("2d");

/**
 * The labels focus on `focus` draws: `nodeLabel` and `edgeLabel` give the text each gets (empty: not drawn),
 * as the highlight reducers decide it.
 */
export function focusLabels(sigma: RenderSigma, focus: string, nodeLabel: (id: string) => string, edgeLabel: (id: string) => string): FocusLabels {
  const graph = sigma.getGraph();
  const context = measurer();
  if (!context || !graph.hasNode(focus)) return { nodes: [], edges: [] };
  const settings = sigma.getSettings();
  const camera = sigma.getCamera().getState();
  const at = (id: string) => sigma.graphToViewport(graph.getNodeAttributes(id));
  const radius = (id: string) => sigma.scaleSize(sigma.getNodeDisplayData(id)?.size ?? graph.getNodeAttribute(id, "size"), camera.ratio);

  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const nameBox = (id: string): DrawnLabel | undefined => {
    const text = nodeLabel(id);
    if (!text) return undefined;
    const { x, y } = at(id);
    const r = radius(id);
    // The disc is part of the box: a kept name is never written over a neighbour's disc.
    const left = x - r;
    const right = x + r + 3 + context.measureText(text).width;
    return { id, x: (left + right) / 2, y, halfWidth: (right - left) / 2, halfHeight: Math.max(r, settings.labelSize * 0.7), angle: 0, priority: graph.getNodeAttribute(id, "size") };
  };

  const nodes: DrawnLabel[] = [];
  graph.forEachNeighbor(focus, (id, attributes) => {
    const box = attributes.hidden ? undefined : nameBox(id);
    if (box) nodes.push(box);
  });

  context.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
  const edges: DrawnLabel[] = [];
  graph.forEachEdge(focus, (id, attributes, source, target) => {
    const text = edgeLabel(id);
    if (!text || attributes.hidden || graph.getNodeAttribute(source, "hidden") || graph.getNodeAttribute(target, "hidden")) return;
    const box = edgeLabelBox(id, at(source), at(target), radius(source), radius(target), text, context, settings.edgeLabelSize, sigma.getEdgeDisplayData(id)?.size ?? 1, attributes.curvature);
    if (box) edges.push({ ...box, priority: attributes.size });
  });
  const focused = nameBox(focus);
  return { ...(focused ? { focused } : {}), nodes, edges };
}

/** sigma's straight edge label: centred between the discs, turned to stay upright, cut to the room it has. */
function edgeLabelBox(id: string, from: { x: number; y: number }, to: { x: number; y: number }, fromRadius: number, toRadius: number, text: string, context: CanvasRenderingContext2D, size: number, thickness: number, curvature: number): Omit<DrawnLabel, "priority"> | undefined {
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
  // A curved edge (parallel edges, @sigma/edge-curve) writes its label at the curve's apex, halfway to its control point.
  const bulge = { x: ((to.y - from.y) * curvature) / 2, y: (-(to.x - from.x) * curvature) / 2 };
  return {
    id,
    x: (start.x + end.x) / 2 + bulge.x - Math.sin(angle) * below,
    y: (start.y + end.y) / 2 + bulge.y + Math.cos(angle) * below,
    halfWidth: width / 2,
    halfHeight: size * 0.55,
    angle,
  };
}
