// Applies a GraphStyle to the drawn graph, one attribute at a time (see render-graph.ts on why never in bulk).
import type { Subgraph } from "../../../graph/schema/index.js";
import { edgeStyle, nodeWeights, type GraphStyle, type SourceKind } from "./graph-style.js";
import { scaleSizes } from "./measures.js";
import type { RenderGraph } from "./render-graph.js";

export function applyStyle(graph: RenderGraph, subgraph: Subgraph, style: GraphStyle, sources: ReadonlyMap<string, SourceKind> = new Map()): void {
  for (const edge of subgraph.edges) {
    if (!graph.hasEdge(edge.id)) continue;
    const { color, size } = edgeStyle(edge, style, sources);
    const now = graph.getEdgeAttributes(edge.id);
    if (now.color !== color || now.size !== size) graph.mergeEdgeAttributes(edge.id, { color, size });
  }
  const weights = nodeWeights(subgraph, style.nodeSize);
  const drawn = new Map([...weights].filter(([id]) => graph.hasNode(id)));
  for (const [node, size] of scaleSizes(drawn)) if (graph.getNodeAttribute(node, "size") !== size) graph.setNodeAttribute(node, "size", size);
}
