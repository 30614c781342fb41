// The WebGL canvas. It owns the sigma instance; behaviours (layout, hover, events, camera, filters) are
// controller children that render nothing, each in its own file.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { NodeSquareProgram } from "@sigma/node-square";
import { useEffect, useRef, useState, type ReactNode } from "react";
import Sigma from "sigma";
import { EdgeArrowProgram, NodeCircleProgram } from "sigma/rendering";
import type { RenderEdge, RenderGraph, RenderNode } from "../state/render-graph.js";
import { SigmaContext, type RenderSigma, type SigmaHandle } from "./sigma-context.js";

export const SIGMA_SETTINGS = {
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  allowInvalidContainer: true,
  defaultNodeType: "circle",
  defaultEdgeType: "arrow",
  nodeProgramClasses: { circle: NodeCircleProgram, square: NodeSquareProgram },
  edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
  labelFont: "Inter, system-ui, 'Noto Sans', 'Noto Sans CJK SC', sans-serif",
  labelSize: 13,
  labelWeight: "500",
  edgeLabelSize: 11,
  edgeLabelColor: { color: "#333" },
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 5,
  zIndex: true,
  minEdgeThickness: 1,
} as const;

export function GraphCanvas({ graph, children, label }: { graph: RenderGraph; children?: ReactNode; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [handle, setHandle] = useState<SigmaHandle | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const sigma: RenderSigma = new Sigma<RenderNode, RenderEdge>(graph, container.current, SIGMA_SETTINGS);
    setHandle({ sigma, graph });
    return () => {
      setHandle(null);
      sigma.kill();
    };
  }, [graph]);

  return (
    <div className="graph-canvas" data-testid="graph-canvas" ref={container} role="img" aria-label={label}>
      {handle && <SigmaContext.Provider value={handle}>{children}</SigmaContext.Provider>}
    </div>
  );
}
