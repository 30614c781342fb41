// Camera commands from outside the canvas (fit, focus a node), given as a changing request object.
import { useEffect } from "react";
import { focusCamera, setFocusIntent } from "../camera-intent.js";
import { fitView } from "../fit-view.js";
import { useSigma } from "../sigma-context.js";

export type CameraRequest = { kind: "fit"; at: number } | { kind: "focus"; node: string; at: number } | null;

export const FOCUS_MAX_RATIO = 0.6;

export function CameraController({ request }: { request: CameraRequest }) {
  const { sigma, graph } = useSigma();
  useEffect(() => {
    if (!request) return;
    const camera = sigma.getCamera();
    if (request.kind === "fit") {
      setFocusIntent(sigma, null);
      void fitView(sigma);
      return;
    }
    if (!graph.hasNode(request.node)) return;
    setFocusIntent(sigma, request.node);
    camera.animate(focusCamera(sigma, request.node, FOCUS_MAX_RATIO), { duration: 400 });
  }, [sigma, graph, request]);
  return null;
}
