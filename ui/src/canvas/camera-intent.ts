// What the user last asked the camera for, per sigma instance: a node to keep centred, or nothing (fit).
// A layout that settles after the user focused a node during its run centres that node again instead of
// fitting the view; a focus from before the run (say, before an expansion) does not hold the camera.
import type { CameraState } from "sigma/types";
import type { RenderSigma } from "./sigma-context.js";

const focused = new WeakMap<RenderSigma, { node: string; at: number }>();

export function setFocusIntent(sigma: RenderSigma, node: string | null): void {
  if (node === null) focused.delete(sigma);
  else focused.set(sigma, { node, at: performance.now() });
}

/** The node the user focused at or after `since` (a layout run's start), if it is still drawn. */
export function focusIntentSince(sigma: RenderSigma, since: number): string | undefined {
  const intent = focused.get(sigma);
  return intent !== undefined && intent.at >= since && sigma.getGraph().hasNode(intent.node) ? intent.node : undefined;
}

/**
 * The camera that centres `node`. The camera moves in sigma's normalised frame; display data is in that
 * frame only between a render and the next refresh (selecting the node in the same commit resets it to raw
 * layout units, hundreds off-screen), so the node's own position is projected, after a render, instead.
 */
export function focusCamera(sigma: RenderSigma, node: string, ratio: number): CameraState {
  // The projection uses the graph's extent at the last render; a layout may have moved nodes since.
  sigma.refresh();
  const { x, y } = sigma.getGraph().getNodeAttributes(node);
  const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
  return { x: framed.x, y: framed.y, ratio, angle: 0 };
}
