// What the user last asked the camera for, per sigma instance: a node to keep centred, or nothing (fit).
// A layout that settles after the user focused a node during its run centres that node again instead of
// fitting the view; a focus from before the run (say, before an expansion) does not hold the camera.
import type { CameraState } from "sigma/types";
import { legendRoom } from "./legend-room.js";
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

/** Room kept between a focused node's farthest neighbour and the canvas edge: a disc and the start of its name. */
const NEIGHBOUR_MARGIN = 48;
/** How far focus may zoom out to keep a node's neighbours in view. */
const MAX_ZOOM_OUT = 4;

/**
 * The camera that centres `node`, zoomed in to at most `closest` (a camera ratio), or less (even out) where that
 * would leave the node's neighbours off the canvas: focus shows a node among its relationships, not a disc
 * alone. The camera moves in sigma's normalised frame; display data is in that frame only between a render
 * and the next refresh (selecting the node in the same commit resets it to raw layout units, hundreds
 * off-screen), so the node's own position is projected, after a render, instead.
 */
export function focusCamera(sigma: RenderSigma, node: string, closest: number): CameraState {
  // The projection uses the graph's extent at the last render; a layout may have moved nodes since.
  sigma.refresh();
  const graph = sigma.getGraph();
  const ratio = sigma.getCamera().ratio;
  const at = sigma.graphToViewport(graph.getNodeAttributes(node));
  const { width, height } = sigma.getDimensions();
  // At ratio r' a neighbour's offset from the centred node is its offset now times ratio / r'.
  let needed = 0;
  // Below the node the legend takes its share of the half canvas.
  const below = height / 2 - Math.max(NEIGHBOUR_MARGIN, legendRoom(sigma));
  graph.forEachNeighbor(node, (_id, attributes) => {
    if (attributes.hidden) return;
    const p = sigma.graphToViewport(attributes);
    const vertical = p.y > at.y ? below : height / 2 - NEIGHBOUR_MARGIN;
    needed = Math.max(needed, (ratio * Math.abs(p.x - at.x)) / Math.max(1, width / 2 - NEIGHBOUR_MARGIN), (ratio * Math.abs(p.y - at.y)) / Math.max(1, vertical));
  });
  const framed = sigma.viewportToFramedGraph(at);
  // Zoom in to `closest` where the neighbours allow it; out as far as they need (a node at the graph's edge,
  // centred, has its hub half a canvas away), though never more than a few steps from where the user was.
  return { x: framed.x, y: framed.y, ratio: Math.min(ratio * MAX_ZOOM_OUT, Math.max(Math.min(ratio, closest), needed)), angle: 0 };
}
