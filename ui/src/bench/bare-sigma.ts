// The rendering benchmark's baseline: sigma.js without React, the app's controllers or its fetch path,
// drawing the same synthetic graph in a canvas of the same size. Two modes:
//   same     — the app's render graph and sigma settings (sizes, labels, curved parallel edges), so the
//              ratio to it is the app's own overhead; with layout=1 it also runs the app's ForceAtlas2.
//   defaults — a plain graph with sigma's default settings: what our styling costs on top of sigma.
// firstFrameMs counts from navigation start, as the app's figure does.
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { runForceLayout } from "../canvas/force-layout.js";
import { sigmaSettingsFor } from "../canvas/sigma-settings.js";
import { applySizes } from "../state/measures.js";
import { buildRenderGraph, seedPosition, type RenderEdge, type RenderNode } from "../state/render-graph.js";
import { syntheticResult } from "./synthetic.js";

declare global {
  interface Window {
    __bare?: { ready: boolean; firstFrameMs: number; layoutDone: boolean; renderMs(frames: number): number };
  }
}

const params = new URLSearchParams(location.search);
const n = Number(params.get("n") ?? 1000);
const stage = document.getElementById("stage");
if (!stage) throw new Error("bench.html: no #stage. Open bench.html from the UI build.");
stage.style.width = `${params.get("w") ?? 620}px`;
stage.style.height = `${params.get("h") ?? 360}px`;

const { graph: subgraph } = syntheticResult(n);
// Only refresh() is timed, so either mode's renderer will do, whatever its graph's attributes.
let sigma: { refresh(): unknown };
let graph: MultiDirectedGraph;
if (params.get("mode") === "defaults") {
  graph = new MultiDirectedGraph();
  for (const node of subgraph.nodes) graph.addNode(node.id, { ...seedPosition(node.id), size: 6, label: node.name, color: "#0072B2" });
  for (const edge of subgraph.edges) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { size: 2, color: "#999" });
  sigma = new Sigma(graph, stage);
} else {
  const renderGraph = buildRenderGraph(subgraph);
  applySizes(renderGraph, "degree");
  graph = renderGraph;
  sigma = new Sigma<RenderNode, RenderEdge>(renderGraph, stage, sigmaSettingsFor(renderGraph.size));
}

requestAnimationFrame(() => {
  const bare = {
    ready: true,
    firstFrameMs: performance.now(),
    layoutDone: params.get("layout") !== "1",
    renderMs(frames: number) {
      const start = performance.now();
      for (let i = 0; i < frames; i++) sigma.refresh();
      return (performance.now() - start) / frames;
    },
  };
  window.__bare = bare;
  if (!bare.layoutDone) runForceLayout(graph, () => { bare.layoutDone = true; });
});
