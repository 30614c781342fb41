// The WebGL canvas. It owns the sigma instance; behaviours (layout, hover, events, camera, filters) are
// controller children that render nothing, each in its own file.
import { useEffect, useRef, useState, type ReactNode } from "react";
import Sigma from "sigma";
import type { RenderEdge, RenderGraph, RenderNode } from "../state/render-graph.js";
import { sigmaSettingsFor } from "./sigma-settings.js";
import { SigmaContext, type RenderSigma, type SigmaHandle } from "./sigma-context.js";

export function GraphCanvas({ graph, children, label }: { graph: RenderGraph; children?: ReactNode; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [handle, setHandle] = useState<SigmaHandle | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const sigma: RenderSigma = new Sigma<RenderNode, RenderEdge>(graph, container.current, sigmaSettingsFor(graph.size));
    setHandle({ sigma, graph });
    return () => {
      setHandle(null);
      sigma.kill();
    };
  }, [graph]);

  return (
    <div className="graph-canvas" data-testid="graph-canvas" ref={container} role="img" aria-label={label}>
      {/* Controllers of the previous graph unmount in the same commit that brings a new one: left mounted,
          their effects (a new layout run, a reducer) would reach a sigma this component has just killed. */}
      {handle?.graph === graph && <SigmaContext.Provider value={handle}>{children}</SigmaContext.Provider>}
    </div>
  );
}
