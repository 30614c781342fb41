// The rendering benchmark's baseline: plain sigma.js with default settings drawing the same synthetic
// graph at the same positions and canvas size as the app, so the ratio isolates the app's overhead.
// firstFrameMs counts from navigation start, as the app's figure does.
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { seedPosition } from "../state/render-graph.js";
import { syntheticResult } from "./synthetic.js";

declare global {
  interface Window {
    __bare?: { ready: boolean; firstFrameMs: number; renderMs(frames: number): number };
  }
}

const params = new URLSearchParams(location.search);
const n = Number(params.get("n") ?? 1000);
const stage = document.getElementById("stage");
if (!stage) throw new Error("bench.html: no #stage.");
stage.style.width = `${params.get("w") ?? 620}px`;
stage.style.height = `${params.get("h") ?? 360}px`;

const { graph: subgraph } = syntheticResult(n);
const graph = new MultiDirectedGraph();
for (const node of subgraph.nodes) graph.addNode(node.id, { ...seedPosition(node.id), size: 6, label: node.name, color: "#0072B2" });
for (const edge of subgraph.edges) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { size: 2, color: "#999" });
const sigma = new Sigma(graph, stage, { renderEdgeLabels: true });
requestAnimationFrame(() => {
  window.__bare = {
    ready: true,
    firstFrameMs: performance.now(),
    renderMs(frames) {
      const start = performance.now();
      for (let i = 0; i < frames; i++) sigma.refresh();
      return (performance.now() - start) / frames;
    },
  };
});
