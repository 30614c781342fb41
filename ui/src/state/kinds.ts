// How each kind looks. Colours are the Okabe–Ito palette, readable with the common colour-vision deficiencies;
// shape doubles the cue so kind never rests on colour alone.
export type NodeShape = "circle" | "square";

export interface KindStyle {
  color: string;
  shape: NodeShape;
  label: string;
}

export const KIND_STYLES: Record<string, KindStyle> = {
  Actor: { color: "#0072B2", shape: "circle", label: "Actor" },
  Asset: { color: "#D55E00", shape: "square", label: "Asset" },
  Element: { color: "#009E73", shape: "circle", label: "Element" },
  Country: { color: "#CC79A7", shape: "circle", label: "Country" },
  // A region is a place like its country: the same hue, lighter, and square so the two never rest on shade alone.
  Region: { color: "#E7B5D3", shape: "square", label: "Region" },
  Policy: { color: "#E69F00", shape: "square", label: "Policy" },
  Document: { color: "#56B4E9", shape: "square", label: "Document" },
};

const UNKNOWN_KIND: KindStyle = { color: "#777777", shape: "circle", label: "Other" };

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? UNKNOWN_KIND;
}

const EDGE_COLORS: Record<string, string> = {
  OWNS: "#37474F",
  OPERATES: "#6D4C41",
  INVESTS_IN: "#455A64",
  PRODUCES: "#2E7D32",
  HAS_RESERVES: "#558B2F",
  SUPPLIES: "#00838F",
  IMPORTS_FROM: "#0277BD",
  RESTRICTS: "#C62828",
  TARGETS: "#AD1457",
  ISSUED: "#8D6E63",
};

export function edgeColor(type: string): string {
  return EDGE_COLORS[type] ?? "#9E9E9E";
}
