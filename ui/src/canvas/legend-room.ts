// How much of the canvas's bottom the legend covers: framing and focus keep nodes out from under it. The legend
// runs from two lines to five with many relationship types, or one when folded, so it is measured as drawn.
import type { RenderSigma } from "./sigma-context.js";

const GAP = 16;

/** Pixels from the canvas's bottom edge that a node should stay above: the legend's height and a gap. */
export function legendRoom(sigma: RenderSigma): number {
  const legend = sigma.getContainer().closest(".canvas-area")?.querySelector<HTMLElement>(".legend");
  return GAP + (legend?.offsetHeight ?? 48);
}
