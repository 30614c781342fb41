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
    // Display data is in sigma's normalised frame, which is what the camera moves in.
    const display = sigma.getNodeDisplayData(request.node);
    if (display) camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  }, [sigma, graph, request]);
  return null;
}
