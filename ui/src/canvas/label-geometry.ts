// Where sigma will draw each node and its label, in screen pixels, for a given camera: the geometry both
// label spreading and fit-to-view need. Only small graphs draw every label, so only they are measured.
import type { CameraState } from "sigma/types";
import { LABEL_ALL_UP_TO } from "../state/render-graph.js";
import type { LabelBox } from "../state/label-boxes.js";
import type { RenderSigma } from "./sigma-context.js";

export function drawsEveryLabel(sigma: RenderSigma): boolean {
  const order = sigma.getGraph().order;
  return order > 0 && order <= LABEL_ALL_UP_TO;
}

/** Boxes of the visible nodes at `camera`; call `sigma.refresh()` first if positions just changed. */
export function measureLabelBoxes(sigma: RenderSigma, camera: CameraState): LabelBox[] {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return [];
  const { labelSize, labelFont, labelWeight } = sigma.getSettings();
  context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
  const override = { cameraState: camera };
  const boxes: LabelBox[] = [];
  sigma.getGraph().forEachNode((id, attributes) => {
    const display = sigma.getNodeDisplayData(id);
    if (!display || attributes.hidden) return;
    const at = sigma.graphToViewport(attributes, override);
    const radius = sigma.scaleSize(display.size, camera.ratio);
    const text = context.measureText(attributes.label).width;
    boxes.push({ id, x: at.x, y: at.y, left: radius, right: radius + 3 + text, halfHeight: Math.max(radius, labelSize * 0.7), fixed: attributes.fixed === true });
  });
  return boxes;
}

/**
 * Boxes around the apex of every curved edge, where its label is drawn: parallel edges between two close
 * nodes bulge past both, and a frame of the node labels alone cuts their figures at the canvas edge.
 */
export function measureCurveApexBoxes(sigma: RenderSigma, camera: CameraState): LabelBox[] {
  const graph = sigma.getGraph();
  const { edgeLabelSize } = sigma.getSettings();
  const override = { cameraState: camera };
  const boxes: LabelBox[] = [];
  graph.forEachEdge((id, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    const curvature = attributes.curvature;
    if (!curvature || attributes.hidden || sourceAttributes.hidden || targetAttributes.hidden) return;
    const from = sigma.graphToViewport(sourceAttributes, override);
    const to = sigma.graphToViewport(targetAttributes, override);
    // @sigma/edge-curve's control point is the chord's midpoint moved by curvature × (dy, −dx) in screen
    // pixels; the quadratic curve's apex lies halfway there.
    const apex = { x: (from.x + to.x) / 2 + ((to.y - from.y) * curvature) / 2, y: (from.y + to.y) / 2 - ((to.x - from.x) * curvature) / 2 };
    const room = edgeLabelSize + 6;
    boxes.push({ id, x: apex.x, y: apex.y, left: room, right: room, halfHeight: room, fixed: true });
  });
  return boxes;
}
