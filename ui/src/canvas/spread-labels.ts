// Measures the labels sigma will draw at the fitted view and moves nodes so no two overlap
// (../state/label-boxes.ts does the geometry). Only for graphs small enough that every label is drawn.
import { LABEL_ALL_UP_TO } from "../state/render-graph.js";
import { separateLabelBoxes, type LabelBox, type SpreadAxis } from "../state/label-boxes.js";
import { FIT_CAMERA } from "./fit-view.js";
import type { RenderSigma } from "./sigma-context.js";

// Moving nodes can widen the graph's bounding box, which sigma then draws a little smaller; a second pass
// catches the overlaps that shrinking brings back.
const PASSES = 3;

export function spreadLabels(sigma: RenderSigma, axis: SpreadAxis): void {
  const graph = sigma.getGraph();
  if (graph.order < 2 || graph.order > LABEL_ALL_UP_TO) return;
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return;
  const { labelSize, labelFont, labelWeight } = sigma.getSettings();
  context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
  const override = { cameraState: { ...FIT_CAMERA } };
  for (let pass = 0; pass < PASSES; pass++) {
    sigma.refresh();
    const boxes: LabelBox[] = [];
    graph.forEachNode((id, attributes) => {
      const display = sigma.getNodeDisplayData(id);
      if (!display || attributes.hidden) return;
      const at = sigma.graphToViewport(attributes, override);
      const radius = sigma.scaleSize(display.size, FIT_CAMERA.ratio);
      const text = context.measureText(attributes.label).width;
      boxes.push({ id, x: at.x, y: at.y, left: radius, right: radius + 3 + text, halfHeight: Math.max(radius, labelSize * 0.7), fixed: attributes.fixed === true });
    });
    const moved = separateLabelBoxes(boxes, axis);
    if (moved.size === 0) return;
    for (const [id, at] of moved) {
      const position = sigma.viewportToGraph(at, override);
      graph.mergeNodeAttributes(id, { x: position.x, y: position.y });
    }
  }
}
