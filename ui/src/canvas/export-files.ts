// File exports of what is on screen: PNG through @sigma/export-image (it redraws every layer, WebGL
// included, onto one canvas), GEXF through graphology-gexf with positions and colours so Gephi opens the view.
import { downloadAsPNG } from "@sigma/export-image";
import { MultiDirectedGraph } from "graphology";
import type Sigma from "sigma";
import { write as writeGexf } from "graphology-gexf/browser/index.js";
import type { Subgraph } from "../../../graph/schema/index.js";
import { flattenProperties } from "../state/exporters.js";
import type { RenderGraph } from "../state/render-graph.js";
import type { RenderSigma } from "./sigma-context.js";

export async function exportPng(sigma: RenderSigma, fileName: string): Promise<void> {
  // export-image is typed for untyped attributes; the renderer is the same object.
  await downloadAsPNG(sigma as unknown as Sigma, { fileName, backgroundColor: "#ffffff" });
}

export function toGexf(subgraph: Subgraph, drawn: RenderGraph): string {
  const graph = new MultiDirectedGraph();
  for (const n of subgraph.nodes) {
    const at = drawn.hasNode(n.id) ? drawn.getNodeAttributes(n.id) : undefined;
    graph.addNode(n.id, { label: n.name, kind: n.kind, ...flattenProperties(n.properties), ...(at ? { x: at.x, y: at.y, size: at.size, color: at.color } : {}) });
  }
  for (const e of subgraph.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { type: e.type, ...flattenProperties(e.properties) });
  }
  return writeGexf(graph, {
    formatNode: (_key, { label, x, y, size, color, ...attributes }) => ({
      label: String(label),
      attributes,
      ...(typeof x === "number" && typeof y === "number" ? { viz: { x, y, size: Number(size), color: String(color) } } : {}),
    }),
    formatEdge: (_key, { type, ...attributes }) => ({ label: String(type), attributes: { type, ...attributes } }),
  });
}
