import { createContext, useContext } from "react";
import type Sigma from "sigma";
import type { RenderEdge, RenderGraph, RenderNode } from "../state/render-graph.js";

export type RenderSigma = Sigma<RenderNode, RenderEdge>;

export interface SigmaHandle {
  sigma: RenderSigma;
  graph: RenderGraph;
}

export const SigmaContext = createContext<SigmaHandle | null>(null);

/** For controller components: they live inside <GraphCanvas> and render nothing. */
export function useSigma(): SigmaHandle {
  const handle = useContext(SigmaContext);
  if (!handle) throw new Error("useSigma: no sigma instance. Render this controller inside <GraphCanvas>.");
  return handle;
}
