// Style by meaning: rules that map what a fact says (share, status, confidence, where it came from) and what a
// node weighs (production, reserves, import share) to width, colour, fade and size. Pure: the canvas applies
// the outcome, the legend explains the same rules, and a scene saves the choice.
import { z } from "zod";
import type { ResultEdge, Subgraph } from "../../../graph/schema/index.js";
import { edgeTimeNote } from "./edge-label.js";
import { edgeColor } from "./kinds.js";

export const EDGE_WIDTH_RULES = ["share", "uniform"] as const;
export const EDGE_COLOR_RULES = ["type", "confidence", "source"] as const;
export const NODE_SIZE_RULES = ["degree", "owned share", "production", "reserves", "import share", "uniform"] as const;

export const graphStyleSchema = z.object({
  edgeWidth: z.enum(EDGE_WIDTH_RULES),
  edgeColor: z.enum(EDGE_COLOR_RULES),
  nodeSize: z.enum(NODE_SIZE_RULES),
});
export type GraphStyle = z.infer<typeof graphStyleSchema>;
export type NodeSizeRule = GraphStyle["nodeSize"];

export const DEFAULT_STYLE: GraphStyle = { edgeWidth: "share", edgeColor: "type", nodeSize: "degree" };

/**
 * The style that makes each kind of answer readable at first sight: an ownership answer is its stakes, a
 * dependency answer its import shares, a concentration answer the output of each producer.
 */
export function defaultStyleFor(category: string | undefined, investigation?: string): GraphStyle {
  if (category === "ownership") return { edgeWidth: "share", edgeColor: "type", nodeSize: "owned share" };
  if (category === "dependency") return { edgeWidth: "share", edgeColor: "type", nodeSize: "import share" };
  if (category === "market" || investigation === "concentration") return { edgeWidth: "share", edgeColor: "type", nodeSize: "production" };
  if (category === "evidence") return { edgeWidth: "uniform", edgeColor: "confidence", nodeSize: "degree" };
  return DEFAULT_STYLE;
}

export type EdgeTime = "current" | "ended" | "planned";

export function edgeTime(properties: Record<string, unknown>): EdgeTime {
  const note = edgeTimeNote(properties);
  if (note === undefined) return "current";
  return note.startsWith("ended") ? "ended" : "planned";
}

// Okabe–Ito hues, as for node kinds: high confidence the deep blue, low the orange that reads as "check this".
export const CONFIDENCE_BANDS = [
  { min: 0.9, color: "#0072B2", label: "confidence ≥ 0.9" },
  { min: 0.7, color: "#56B4E9", label: "0.7 – 0.9" },
  { min: 0, color: "#E69F00", label: "below 0.7" },
] as const;
export const UNKNOWN_COLOR = "#9E9E9E";

export const SOURCE_KINDS = {
  statistics: { color: "#009E73", label: "statistics table (USGS)" },
  registry: { color: "#0072B2", label: "filing or registry (BODS, FtM)" },
  reference: { color: "#CC79A7", label: "curated reference" },
  text: { color: "#D55E00", label: "read from an article" },
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

/** Which kind of source a loader name stands for. */
export function sourceKindOfLoader(loader: string): SourceKind {
  if (loader.startsWith("usgs")) return "statistics";
  if (loader === "bods" || loader === "ftm") return "registry";
  if (loader === "reference") return "reference";
  return "text";
}

/**
 * The source kind of a fact when its evidence has not been read: statistics carry their edition. Anything
 * else needs the evidence (see `sourceKinds` in the app), and stays grey until it has been read.
 */
export function sourceKindOf(edge: ResultEdge, fromEvidence: ReadonlyMap<string, SourceKind>): SourceKind | undefined {
  return fromEvidence.get(edge.id) ?? (typeof edge.properties["edition"] === "string" ? "statistics" : undefined);
}

// Ended and planned facts are drawn pale; planned ones keep a tint of their colour so "not yet" and "no
// longer" differ at a glance (the legend says which is which).
const ENDED_COLOR = "#C3C8CE";
const REJECTED_COLOR = "#E8A6A0";

function fadeTowardsWhite(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix) as [number, number, number];
  return `#${((1 << 24) + (r << 16) + (g << 8) + b).toString(16).slice(1).toUpperCase()}`;
}

export function edgeBaseColor(edge: ResultEdge, style: GraphStyle, sources: ReadonlyMap<string, SourceKind>): string {
  if (style.edgeColor === "confidence") {
    const c = edge.properties["confidence"];
    if (typeof c !== "number") return UNKNOWN_COLOR;
    return CONFIDENCE_BANDS.find((band) => c >= band.min)?.color ?? UNKNOWN_COLOR;
  }
  if (style.edgeColor === "source") {
    const kind = sourceKindOf(edge, sources);
    return kind ? SOURCE_KINDS[kind].color : UNKNOWN_COLOR;
  }
  return edgeColor(edge.type);
}

export function edgeStyle(edge: ResultEdge, style: GraphStyle, sources: ReadonlyMap<string, SourceKind> = new Map()): { color: string; size: number } {
  const time = edgeTime(edge.properties);
  const base = edgeBaseColor(edge, style, sources);
  // A rejected fact is drawn only when the analyst asks for rejected facts: pale red and thin, never like a live one.
  if (edge.properties["review"] === "rejected") return { color: REJECTED_COLOR, size: 1 };
  const color = time === "ended" ? ENDED_COLOR : time === "planned" ? fadeTowardsWhite(base, 0.55) : base;
  const share = edge.properties["share"];
  const width =
    style.edgeWidth === "share" && typeof share === "number"
      ? 1 + (Math.min(100, Math.max(0, share)) / 100) * 9
      : style.edgeWidth === "share" ? 1.5 : edge.type === "OWNS" ? 3.5 : 2.5;
  return { color, size: width * (time === "current" ? 1 : 0.6) };
}

/** What each node weighs under a size rule; nodes the rule says nothing about weigh 0. */
export function nodeWeights(subgraph: Subgraph, rule: NodeSizeRule): Map<string, number> {
  const weights = new Map(subgraph.nodes.map((n) => [n.id, 0]));
  const add = (id: string, value: number) => weights.set(id, (weights.get(id) ?? 0) + value);
  const current = (e: ResultEdge) => edgeTime(e.properties) === "current";
  for (const edge of subgraph.edges) {
    const amount = edge.properties["amount"];
    const share = edge.properties["share"];
    switch (rule) {
      case "degree":
        add(edge.source, 1);
        add(edge.target, 1);
        break;
      case "owned share":
        if (edge.type === "OWNS" && typeof share === "number" && current(edge)) add(edge.source, share);
        break;
      // Amounts of different years or stages would double count, so a node weighs its largest figure.
      case "production":
        if (edge.type === "PRODUCES" && typeof amount === "number") weights.set(edge.source, Math.max(weights.get(edge.source) ?? 0, amount));
        break;
      case "reserves":
        if (edge.type === "HAS_RESERVES" && typeof amount === "number") weights.set(edge.source, Math.max(weights.get(edge.source) ?? 0, amount));
        break;
      // The exporting side of an import: how much of the importer's supply comes from it.
      case "import share":
        if (edge.type === "IMPORTS_FROM" && typeof share === "number") weights.set(edge.target, Math.max(weights.get(edge.target) ?? 0, share));
        break;
      case "uniform":
        break;
    }
  }
  if (rule === "uniform") for (const id of weights.keys()) weights.set(id, 1);
  return weights;
}

export const NODE_SIZE_TEXT: Record<NodeSizeRule, string> = {
  degree: "number of relationships drawn",
  "owned share": "sum of current stakes the node holds",
  production: "largest production figure (PRODUCES)",
  reserves: "largest reserves figure (HAS_RESERVES)",
  "import share": "largest share of imports it supplies",
  uniform: "all the same",
};
