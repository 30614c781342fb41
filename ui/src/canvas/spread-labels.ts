// Moves nodes so no two labels sigma draws at the fitted view overlap (../state/label-boxes.ts does the
// geometry). Only for graphs small enough that every label is drawn.
import { clutter, separateLabelBoxes, type SpreadAxis } from "../state/label-boxes.js";
import type { CameraState } from "sigma/types";
import { fitCamera } from "./fit-view.js";
import { drawsEveryLabel, measureLabelBoxes } from "./label-geometry.js";
import type { RenderSigma } from "./sigma-context.js";

// Moving nodes can widen the graph's bounding box, which sigma then draws a little smaller; a second pass
// catches the overlaps that shrinking brings back.
const PASSES = 3;

function spreadLabelsAt(sigma: RenderSigma, axis: SpreadAxis, camera: CameraState): void {
  const graph = sigma.getGraph();
  for (let pass = 0; pass < PASSES; pass++) {
    sigma.refresh();
    const moved = separateLabelBoxes(measureLabelBoxes(sigma, camera), axis);
    if (moved.size === 0) return;
    for (const [id, at] of moved) {
      const position = sigma.viewportToGraph(at, { cameraState: camera });
      graph.mergeNodeAttributes(id, { x: position.x, y: position.y });
    }
  }
}

/**
 * The camera that frames every label once none overlap. Framing long labels zooms out, which brings nodes
 * closer on screen than the spacing was measured at, so spreading runs again at the framing camera.
 */
export function spreadLabelsAndFrame(sigma: RenderSigma, axis: SpreadAxis): CameraState {
  let camera = fitCamera(sigma);
  const graph = sigma.getGraph();
  if (!drawsEveryLabel(sigma) || graph.order < 2) return camera;
  const laidOut = new Map(graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
  const before = { camera, clutter: clutter(measureLabelBoxes(sigma, camera)) };
  for (let round = 0; round < 2; round++) {
    spreadLabelsAt(sigma, axis, camera);
    camera = fitCamera(sigma);
  }
  // With more labels than the canvas holds, spreading stretches the graph, fitting shrinks it, and labels
  // meet again with nodes now on top of each other: then the layout's own positions are the better picture.
  sigma.refresh();
  if (clutter(measureLabelBoxes(sigma, camera)) >= before.clutter) {
    for (const [id, at] of laidOut) graph.mergeNodeAttributes(id, at);
    sigma.refresh();
    return before.camera;
  }
  return camera;
}
