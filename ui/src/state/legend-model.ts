// What the legend says, as data: the node kinds drawn and the style rules in force, with only the entries
// that occur in the result. The on-screen legend and the PNG/SVG exports draw the same model.
import type { Subgraph } from "../../../graph/schema/index.js";
import { CONFIDENCE_BANDS, edgeBaseColor, edgeTime, NODE_SIZE_TEXT, SOURCE_KINDS, UNKNOWN_COLOR, type GraphStyle, type SourceKind, edgeStyle } from "./graph-style.js";
import { edgeColor, KIND_STYLES, type NodeShape } from "./kinds.js";

export interface Swatch {
  label: string;
  color: string;
  shape?: NodeShape;
}

export interface LegendModel {
  nodes: Swatch[];
  /** What edge colour means, one swatch per value drawn. */
  edgeColours: Swatch[];
  /** How ended and planned facts look, if the result has any. */
  time: Swatch[];
  width?: string;
  size: string;
}

export function legendModel(subgraph: Subgraph, style: GraphStyle, sources: ReadonlyMap<string, SourceKind> = new Map()): LegendModel {
  const kinds = new Set(subgraph.nodes.map((n) => n.kind));
  const nodes = Object.entries(KIND_STYLES).filter(([kind]) => kinds.has(kind)).map(([, s]) => ({ label: s.label, color: s.color, shape: s.shape }));
  // Base colours, before ended and planned facts are faded: a planned 15% at confidence 1 is still "≥ 0.9".
  const drawn = new Set(subgraph.edges.map((e) => edgeBaseColor(e, style, sources)));
  let edgeColours: Swatch[];
  if (style.edgeColor === "confidence") edgeColours = [...CONFIDENCE_BANDS.map((b) => ({ label: b.label, color: b.color })), { label: "no confidence", color: UNKNOWN_COLOR }];
  else if (style.edgeColor === "source") edgeColours = [...Object.values(SOURCE_KINDS).map((s) => ({ label: s.label, color: s.color })), { label: "source not read", color: UNKNOWN_COLOR }];
  else edgeColours = [...new Set(subgraph.edges.map((e) => e.type))].sort().map((t) => ({ label: t.toLowerCase().replaceAll("_", " "), color: edgeColor(t) }));
  edgeColours = edgeColours.filter((s) => style.edgeColor === "type" || drawn.has(s.color));
  const times = new Set(subgraph.edges.map((e) => edgeTime(e.properties)));
  const time: Swatch[] = [];
  const sample = (t: "ended" | "planned") => {
    const edge = subgraph.edges.find((e) => edgeTime(e.properties) === t);
    return edge ? edgeStyle(edge, style, sources).color : UNKNOWN_COLOR;
  };
  if (times.has("planned")) time.push({ label: "planned (pale, thin)", color: sample("planned") });
  if (times.has("ended")) time.push({ label: "ended (grey, thin)", color: sample("ended") });
  const hasShares = subgraph.edges.some((e) => typeof e.properties["share"] === "number");
  return {
    nodes,
    edgeColours,
    time,
    ...(style.edgeWidth === "share" && hasShares ? { width: "edge width: share (thicker = larger stake or import share)" } : {}),
    size: `node size: ${NODE_SIZE_TEXT[style.nodeSize]}`,
  };
}
