// After a layout has settled and the view is framed: names that would still be drawn over another name or
// another node at that view are left out (../state/label-declutter.ts), and put back before the next run.
import type { CameraState } from "sigma/types";
import { crowdedLabels } from "../state/label-declutter.js";
import { shortLabel } from "../state/render-graph.js";
import { drawsEveryLabel, measureLabelBoxes } from "./label-geometry.js";
import type { RenderSigma } from "./sigma-context.js";

/** Every node's label as built; a layout measures and spreads the whole names. */
export function restoreLabels(sigma: RenderSigma): void {
  const graph = sigma.getGraph();
  graph.forEachNode((id, a) => {
    const label = shortLabel(a.fullLabel);
    if (a.label !== label) graph.setNodeAttribute(id, "label", label);
  });
}

/** Empties the labels that collide at `camera`; hover and selection still show them (HighlightController). */
export function declutterLabels(sigma: RenderSigma, camera: CameraState): void {
  if (!drawsEveryLabel(sigma)) return;
  sigma.refresh();
  const graph = sigma.getGraph();
  const priority = new Map(graph.mapNodes((id, a) => [id, a.size] as const));
  for (const id of crowdedLabels(measureLabelBoxes(sigma, camera), priority)) graph.setNodeAttribute(id, "label", "");
}
