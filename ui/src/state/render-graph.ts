// The graph sigma draws (RenderGraph), built from a result's Subgraph. Pure: no sigma, no DOM, no React.
import { MultiDirectedGraph } from "graphology";
import type { ResultEdge, ResultNode, Subgraph } from "../../../graph/schema/index.js";
import { edgeFigure, edgeLabel, edgeTimeNote } from "./edge-label.js";
import { edgeColor, kindStyle } from "./kinds.js";
import { parallelCurvatures } from "./parallel-edges.js";

export interface RenderNode {
  /** What the canvas writes beside the node: the name, shortened when long. */
  label: string;
  /** The whole name, shown while the node is hovered or selected. */
  fullLabel: string;
  kind: string;
  color: string;
  /** The sigma node program: "circle" or "square". */
  type: string;
  size: number;
  x: number;
  y: number;
  hidden?: boolean;
  /** Pinned nodes are left where they are by ForceAtlas2 (it reads `fixed`). */
  fixed?: boolean;
  highlighted?: boolean;
  /** Neighbours a capped expansion left out. */
  more?: number;
  /** Drawn even where sigma's label grid would drop it; set for every node of a small graph. */
  forceLabel?: boolean;
}

export interface RenderEdge {
  label: string;
  relType: string;
  color: string;
  /** The sigma edge program: "arrow" for a lone edge, "curved" for one of several parallel edges. */
  type: string;
  curvature: number;
  size: number;
  hidden?: boolean;
  /** Its label is drawn only while one of its ends is hovered or selected: it would pile up at a hub. */
  quietLabel?: boolean;
  /** Its label is a figure (a share, a tonnage, a sum), not the relationship's name: kept first where labels crowd. */
  figure?: boolean;
}

export type RenderGraph = MultiDirectedGraph<RenderNode, RenderEdge>;

/** A deterministic starting point per id, so the same result always starts (and settles) the same way. */
export function seedPosition(id: string): { x: number; y: number } {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  const angle = ((hash >>> 0) % 3600) / 3600 * Math.PI * 2;
  const radius = 1 + (((hash >>> 12) % 1000) / 1000) * 9;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

function nodeAttributes(node: ResultNode, at?: { x: number; y: number }): RenderNode {
  const style = kindStyle(node.kind);
  const position = at ?? seedPosition(node.id);
  return { label: shortLabel(node.name), fullLabel: node.name, kind: node.kind, color: style.color, type: style.shape, size: 8, x: position.x, y: position.y };
}

// Policies and documents carry sentence-long names ("China's medium and heavy rare earth export controls
// (April 2025)") that run across their neighbours' labels; the canvas shows the start, hover the whole.
export const LABEL_MAX_CHARS = 32;

export function shortLabel(name: string): string {
  if (name.length <= LABEL_MAX_CHARS) return name;
  const cut = name.slice(0, LABEL_MAX_CHARS - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > LABEL_MAX_CHARS / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:(–-]+$/, "")}…`;
}

// Ended and planned facts are drawn pale and thin, and their label says which ("75% · ended 2023").
export const NOT_CURRENT_EDGE = "#C3C8CE";

function edgeAttributes(edge: ResultEdge, curvature: number): RenderEdge {
  const current = edgeTimeNote(edge.properties) === undefined;
  return {
    label: edge.properties["review"] === "rejected" ? `${edgeLabel(edge.type, edge.properties)} · rejected` : edgeLabel(edge.type, edge.properties),
    relType: edge.type,
    color: current ? edgeColor(edge.type) : NOT_CURRENT_EDGE,
    type: curvature === 0 ? "arrow" : "curved",
    curvature,
    size: (edge.type === "OWNS" ? 3.5 : 2.5) * (current ? 1 : 0.6),
    figure: edgeFigure(edge.properties) !== undefined,
  };
}

export function buildRenderGraph(subgraph: Subgraph): RenderGraph {
  const graph: RenderGraph = new MultiDirectedGraph();
  for (const node of subgraph.nodes) if (!graph.hasNode(node.id)) graph.addNode(node.id, nodeAttributes(node));
  addEdges(graph, subgraph.edges);
  labelSmallGraphs(graph);
  quietCrowdedEdgeLabels(graph);
  return graph;
}

// Sigma's label grid keeps one label per cell, which on a handful of nodes hides names a reader needs
// (a leaf next to its owner). Past this size the grid is what keeps the canvas legible.
export const LABEL_ALL_UP_TO = 60;

function labelSmallGraphs(graph: RenderGraph): void {
  const all = graph.order <= LABEL_ALL_UP_TO;
  graph.forEachNode((node, attributes) => { if (attributes.forceLabel !== all) graph.setNodeAttribute(node, "forceLabel", all); });
}

// Attributes of a drawn graph change one item at a time (setNodeAttribute, mergeEdgeAttributes), never
// through updateEach*Attributes: sigma answers a bulk edge update by repainting every edge in place, and an
// edge added since its last frame has no place yet ("Sigma: edge … can't be repaint").

// Past this many figure labels at one node they are drawn over each other around it. Ownership shares stay
// loud: a chain's "74.97%" is what the reader came for, and a holder rarely has this many.
export const EDGE_LABELS_PER_NODE = 4;

function quietCrowdedEdgeLabels(graph: RenderGraph): void {
  const labelled = (node: string) => graph.edges(node).filter((e) => graph.getEdgeAttribute(e, "label") !== "").length;
  graph.forEachEdge((edge, attributes, source, target) => {
    const quietLabel = attributes.relType !== "OWNS" && Math.max(labelled(source), labelled(target)) > EDGE_LABELS_PER_NODE;
    if (attributes.quietLabel !== quietLabel) graph.setEdgeAttribute(edge, "quietLabel", quietLabel);
  });
}

/** The median length of the drawn edges: how far apart a layout has put neighbours, in graph units. */
export function typicalEdgeLength(graph: RenderGraph): number {
  const lengths = graph
    .mapEdges((_e, _a, _s, _t, source, target) => Math.hypot(source.x - target.x, source.y - target.y))
    .filter((l) => l > 0)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 1;
}

/**
 * Adds a neighbourhood to a drawn graph: new nodes start on a ring around `around`, one typical edge length
 * out (a layout's units are arbitrary: ForceAtlas2 spreads a graph over hundreds), existing ones keep their
 * place. The caller runs the layout again so the ring settles among the rest.
 */
export function mergeIntoRenderGraph(graph: RenderGraph, addition: Subgraph, around?: string): string[] {
  const added: string[] = [];
  const centre = around && graph.hasNode(around) ? graph.getNodeAttributes(around) : { x: 0, y: 0 };
  const radius = typicalEdgeLength(graph);
  const fresh = addition.nodes.filter((n) => !graph.hasNode(n.id));
  fresh.forEach((node, index) => {
    const angle = (index / Math.max(1, fresh.length)) * Math.PI * 2;
    graph.addNode(node.id, nodeAttributes(node, { x: centre.x + Math.cos(angle) * radius, y: centre.y + Math.sin(angle) * radius }));
    added.push(node.id);
  });
  addEdges(graph, addition.edges);
  labelSmallGraphs(graph);
  quietCrowdedEdgeLabels(graph);
  return added;
}

function addEdges(graph: RenderGraph, edges: readonly ResultEdge[]): void {
  for (const edge of edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge, 0));
  }
  // Curvature depends on every edge between a pair, so it is recomputed after each addition.
  const ends = graph.mapEdges((id, _attributes, source, target) => ({ id, source, target }));
  for (const [id, curvature] of parallelCurvatures(ends)) {
    graph.mergeEdgeAttributes(id, { curvature, type: curvature === 0 ? "arrow" : "curved" });
  }
}

/** Unions two subgraphs by id; `b` wins where both carry the same node or edge. */
export function mergeSubgraphs(a: Subgraph, b: Subgraph): Subgraph {
  const nodes = new Map(a.nodes.map((n) => [n.id, n]));
  for (const n of b.nodes) nodes.set(n.id, n);
  const edges = new Map(a.edges.map((e) => [e.id, e]));
  for (const e of b.edges) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
