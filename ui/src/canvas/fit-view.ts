// "Fit to view" that leaves room for labels: sigma's reset frames node discs only, and labels drawn to the
// right of the rightmost nodes would be cut at the canvas edge. Where every label is drawn, the camera frames
// the measured labels themselves; on larger graphs it zooms out a fixed step and shifts left to match.
import type { CameraState } from "sigma/types";
import { drawsEveryLabel, measureCurveApexBoxes, measureLabelBoxes } from "./label-geometry.js";
import { legendRoom } from "./legend-room.js";
import type { RenderSigma } from "./sigma-context.js";

const LABEL_ROOM = 0.14;
// The bottom margin is the legend's (./legend-room.ts).
const MARGIN = { top: 16, right: 16, left: 16 };

const FIT_CAMERA = { x: 0.5 + LABEL_ROOM / 2, y: 0.5, ratio: 1 + LABEL_ROOM, angle: 0 } as const;

export function fitCamera(sigma: RenderSigma): CameraState {
  if (!drawsEveryLabel(sigma)) return { ...FIT_CAMERA };
  const base = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  sigma.refresh();
  const labels = measureLabelBoxes(sigma, base);
  if (labels.length === 0) return { ...FIT_CAMERA };
  const boxes = [...labels, ...measureCurveApexBoxes(sigma, base)];
  const left = Math.min(...boxes.map((b) => b.x - b.left));
  const right = Math.max(...boxes.map((b) => b.x + b.right));
  const top = Math.min(...boxes.map((b) => b.y - b.halfHeight));
  const bottom = Math.max(...boxes.map((b) => b.y + b.halfHeight));
  const { width, height } = sigma.getDimensions();
  const underLegend = legendRoom(sigma);
  const room = { width: Math.max(1, width - MARGIN.left - MARGIN.right), height: Math.max(1, height - MARGIN.top - underLegend) };
  // Never closer than sigma's own framing: a two-node result should not fill the screen with two discs.
  const ratio = Math.max(1, (right - left) / room.width, (bottom - top) / room.height);
  // The labels' centre goes to the centre of the room left by the margins, not of the canvas; at zoom
  // `ratio` a screen offset covers `ratio` times as many pixels of the unzoomed view.
  const offset = { x: MARGIN.left + room.width / 2 - width / 2, y: MARGIN.top + room.height / 2 - height / 2 };
  const target = { x: (left + right) / 2 - offset.x * ratio, y: (top + bottom) / 2 - offset.y * ratio };
  const centre = sigma.viewportToFramedGraph(target, { cameraState: base });
  return { x: centre.x, y: centre.y, ratio, angle: 0 };
}

export function fitView(sigma: RenderSigma, duration = 300): Promise<void> {
  return sigma.getCamera().animate(fitCamera(sigma), { duration });
}
