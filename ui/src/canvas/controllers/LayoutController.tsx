// Layouts: ForceAtlas2 in a web worker (../force-layout.ts), or the layered layout for ownership, computed
// at once and animated. Either ends by moving apart nodes whose labels collide and fitting the view, then
// reports that the layout has settled.
import { useEffect, useRef } from "react";
import type { CameraState } from "sigma/types";
import type { RenderGraph } from "../../state/render-graph.js";
import { animateNodes } from "sigma/utils";
import { hierarchyLayout } from "../../state/hierarchy-layout.js";
import { focusCamera, focusIntentSince } from "../camera-intent.js";
import { runForceLayout } from "../force-layout.js";
import { spreadLabelsAndFrame } from "../spread-labels.js";
import { declutterLabels, restoreLabels } from "../declutter-labels.js";
import { useSigma } from "../sigma-context.js";
import { FOCUS_MAX_RATIO } from "./CameraController.js";

export type LayoutMode = "force" | "hierarchy";

/** Positions and camera a scene brings: the first run on `graph` keeps them instead of laying out. */
export interface LayoutPreset {
  graph: RenderGraph;
  camera?: CameraState;
}

export function LayoutController({ mode, runKey, onRunning, preset }: { mode: LayoutMode; runKey: number; onRunning: (running: boolean) => void; preset?: LayoutPreset | null }) {
  const { sigma, graph } = useSigma();
  const restored = useRef<RenderGraph | null>(null);
  // Read, not depended on: the preset arrives with its graph, and dropping it later must not re-run a layout.
  const presetRef = useRef(preset);
  presetRef.current = preset;

  useEffect(() => {
    if (graph.order === 0) return;
    let live = true;
    const started = performance.now();
    const countSettled = () => {
      // A count of settled layouts on the canvas element, so browser tests can wait for the next one.
      const container = sigma.getContainer();
      container.dataset["layoutsSettled"] = String(Number(container.dataset["layoutsSettled"] ?? "0") + 1);
    };
    const preset = presetRef.current;
    if (preset?.graph === graph && restored.current !== graph) {
      restored.current = graph;
      sigma.refresh();
      if (preset.camera) sigma.getCamera().setState(preset.camera);
      countSettled();
      onRunning(false);
      return;
    }
    const settle = () => {
      restoreLabels(sigma);
      const framed = spreadLabelsAndFrame(sigma, mode === "hierarchy" ? "x" : "both");
      // A node the user focused while the layout ran stays the centre of attention.
      const focused = focusIntentSince(sigma, started);
      const camera = focused ? focusCamera(sigma, focused, FOCUS_MAX_RATIO) : framed;
      declutterLabels(sigma, camera);
      return sigma.getCamera().animate(camera, { duration: 300 }).then(() => {
        if (!live) return;
        onRunning(false);
        countSettled();
      });
    };
    onRunning(true);
    if (mode === "hierarchy") {
      const nodes = graph.filterNodes((_n, a) => !a.fixed);
      const edges = graph.mapEdges((_e, a, source, target) => ({ source, target, type: a.relType }));
      const targets: Record<string, { x: number; y: number }> = {};
      for (const [n, p] of hierarchyLayout(nodes, edges)) targets[n] = p;
      const cancel = animateNodes(graph, targets, { duration: 400 }, () => void settle());
      return () => {
        live = false;
        cancel();
        onRunning(false);
      };
    }
    const stop = runForceLayout(graph, () => void settle());
    return () => {
      live = false;
      stop();
      onRunning(false);
    };
  }, [sigma, graph, mode, runKey, onRunning]);

  return null;
}
