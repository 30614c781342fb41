import type { ResultEdge, ResultNode, Subgraph } from "../schema/index.js";

/** Properties too large to ship with every result; the document route serves them on demand. */
const HEAVY_PROPERTIES = new Set(["text"]);

function cleanProperties(raw: Record<string, unknown>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null || value === undefined || key === "id" || key === "name" || HEAVY_PROPERTIES.has(key)) continue;
    properties[key] = value;
  }
  return properties;
}

/**
 * Turns the nodes and relationships a store returns into stable, store-independent ResultNode and
 * ResultEdge values. Relationships refer to their endpoints by the engine's internal ids, so edges
 * are resolved once every node of the result has been seen; edges whose endpoints never appear are
 * left out of the graph (they stay in the rows).
 */
export class ResultCollector {
  private readonly nodes = new Map<string, ResultNode>();
  private readonly edges = new Map<string, ResultEdge>();
  private readonly idByInternal = new Map<string, string>();
  private readonly pending: Array<{ edge: ResultEdge; source: string; target: string }> = [];

  node(internalId: string, kind: string, raw: Record<string, unknown>): ResultNode {
    const id = typeof raw.id === "string" ? raw.id : internalId;
    this.idByInternal.set(internalId, id);
    const existing = this.nodes.get(id);
    if (existing) return existing;
    const node: ResultNode = { id, kind, name: typeof raw.name === "string" ? raw.name : id, properties: cleanProperties(raw) };
    this.nodes.set(id, node);
    return node;
  }

  edge(internalId: string, type: string, sourceInternal: string, targetInternal: string, raw: Record<string, unknown>): ResultEdge {
    const id = typeof raw.id === "string" ? raw.id : `${type.toLowerCase()}:${internalId}`;
    const existing = this.edges.get(id);
    if (existing) return existing;
    const edge: ResultEdge = { id, type, source: "", target: "", properties: cleanProperties(raw) };
    this.edges.set(id, edge);
    this.pending.push({ edge, source: sourceInternal, target: targetInternal });
    return edge;
  }

  finish(): Subgraph {
    const resolved: ResultEdge[] = [];
    for (const { edge, source, target } of this.pending) {
      edge.source = this.idByInternal.get(source) ?? "";
      edge.target = this.idByInternal.get(target) ?? "";
      if (edge.source && edge.target) resolved.push(edge);
    }
    return { nodes: [...this.nodes.values()], edges: resolved };
  }
}
