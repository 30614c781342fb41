// GEXF for Gephi, with each node's colour, size and position and each edge's colour and thickness as the
// canvas draws them. graphology-gexf writes the elements, but declares GEXF 1.2's viz namespace as
// "http:///www.gexf.net/1.1draft/viz" (three slashes, the 1.1 draft): a namespace-aware reader such as
// Gephi's then sees no viz:color or viz:position at all. The declaration is replaced by the one GEXF 1.2
// defines; 1.2 is written (not 1.3) because Gephi 0.9 and later read its r/g/b colours everywhere.
import { MultiDirectedGraph } from "graphology";
import writeGexf from "graphology-gexf/browser/writer.js";
import type { Subgraph } from "../../../graph/schema/index.js";
import { flattenProperties } from "./exporters.js";
import type { RenderGraph } from "./render-graph.js";

export const GEXF_VERSION = "1.2";
export const GEXF_NAMESPACE = "http://www.gexf.net/1.2draft";
export const GEXF_VIZ_NAMESPACE = "http://www.gexf.net/1.2draft/viz";
const WRITTEN_VIZ_DECLARATION = /xmlns:viz="[^"]*"/;

export function toGexf(subgraph: Subgraph, drawn: RenderGraph): string {
  const graph = new MultiDirectedGraph();
  for (const n of subgraph.nodes) {
    const at = drawn.hasNode(n.id) ? drawn.getNodeAttributes(n.id) : undefined;
    graph.addNode(n.id, { label: n.name, kind: n.kind, ...flattenProperties(n.properties), ...(at ? { x: at.x, y: at.y, size: at.size, color: at.color } : {}) });
  }
  for (const e of subgraph.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const at = drawn.hasEdge(e.id) ? drawn.getEdgeAttributes(e.id) : undefined;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { type: e.type, ...flattenProperties(e.properties), ...(at ? { color: at.color, thickness: at.size } : {}) });
  }
  const text = writeGexf(graph, {
    version: GEXF_VERSION,
    formatNode: (_key, { label, x, y, size, color, ...attributes }) => ({
      label: String(label),
      attributes,
      // Gephi's y axis points up, sigma's down: flipped so the picture is not upside down.
      ...(typeof x === "number" && typeof y === "number" ? { viz: { x, y: -y, size: Number(size), color: String(color) } } : {}),
    }),
    formatEdge: (_key, { type, color, thickness, ...attributes }) => ({
      label: String(type),
      attributes: { type, ...attributes },
      ...(typeof color === "string" ? { viz: { color, thickness: Number(thickness) } } : {}),
    }),
  });
  if (!WRITTEN_VIZ_DECLARATION.test(text)) throw new Error("toGexf: graphology-gexf wrote no viz namespace declaration; the fix in ui/src/state/gexf.ts no longer applies.");
  return text.replace(WRITTEN_VIZ_DECLARATION, `xmlns:viz="${GEXF_VIZ_NAMESPACE}"`);
}
