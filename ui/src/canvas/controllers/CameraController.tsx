// Camera commands from outside the canvas (fit, focus a node), given as a changing request object.
import { useEffect } from "react";
import { fitView } from "../fit-view.js";
import { useSigma } from "../sigma-context.js";

export type CameraRequest = { kind: "fit"; at: number } | { kind: "focus"; node: string; at: number } | null;

export function CameraController({ request }: { request: CameraRequest }) {
  const { sigma, graph } = useSigma();
  useEffect(() => {
    if (!request) return;
    const camera = sigma.getCamera();
    if (request.kind === "fit") {
      void fitView(sigma);
      return;
    }
    if (!graph.hasNode(request.node)) return;
    // The camera moves in sigma's normalised frame. Display data is in that frame only between a render and
    // the next refresh: selecting the node (same commit) resets it to raw layout units, hundreds off-screen.
    // The projection of the node's own position is current whatever sigma has reindexed.
    const { x, y } = graph.getNodeAttributes(request.node);
    const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
    camera.animate({ x: framed.x, y: framed.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  }, [sigma, graph, request]);
  return null;
}
