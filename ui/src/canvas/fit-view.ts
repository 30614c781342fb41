// "Fit to view" that leaves room for labels: sigma's reset frames node discs only, and labels drawn to the
// right of the rightmost nodes would be cut at the canvas edge. Zoom out a little and shift left to match.
import type { RenderSigma } from "./sigma-context.js";

const LABEL_ROOM = 0.14;

export const FIT_CAMERA = { x: 0.5 + LABEL_ROOM / 2, y: 0.5, ratio: 1 + LABEL_ROOM, angle: 0 } as const;

export function fitView(sigma: RenderSigma, duration = 300): Promise<void> {
  return sigma.getCamera().animate({ ...FIT_CAMERA }, { duration });
}
