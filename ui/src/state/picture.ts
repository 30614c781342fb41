// An exported picture that stands alone: a white page with a title and the result's summary above the graph,
// and the legend and a source line below it. The layout is computed once, as positioned items, and drawn
// either onto a canvas (PNG) or as SVG elements, so both exports look the same. Pure: text widths come from
// the caller's `measure`.
import type { LegendModel, Swatch } from "./legend-model.js";
import type { NodeShape } from "./kinds.js";

export interface Caption {
  title: string;
  subtitle: string;
  legend: LegendModel;
  source: string;
}

export type Measure = (text: string, font: string) => number;

export const FONT_FAMILY = "Inter, system-ui, 'Noto Sans', sans-serif";
export const FONTS = {
  title: `600 18px ${FONT_FAMILY}`,
  subtitle: `400 13px ${FONT_FAMILY}`,
  legend: `400 12px ${FONT_FAMILY}`,
  source: `400 11px ${FONT_FAMILY}`,
} as const;

export type CaptionItem =
  | { kind: "text"; x: number; y: number; text: string; font: keyof typeof FONTS; color: string }
  | { kind: "swatch"; x: number; y: number; color: string; shape: NodeShape | "line" };

export interface PictureLayout {
  width: number;
  height: number;
  /** Where the graph goes. */
  graph: { x: number; y: number; width: number; height: number };
  items: CaptionItem[];
}

const PAD = 16;
const LINE = 18;

/** Splits text into lines no wider than `width`, at spaces; at most `maxLines`, the last one shortened with "…". */
export function wrapText(text: string, width: number, font: string, measure: Measure, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, font) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? "";
  while (last && measure(`${last}…`, font) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

function swatchRow(swatches: readonly Swatch[], line: boolean, width: number, top: number, measure: Measure, items: CaptionItem[]): number {
  let x = PAD;
  let y = top;
  for (const s of swatches) {
    const w = 22 + measure(s.label, FONTS.legend) + 14;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += LINE;
    }
    items.push({ kind: "swatch", x, y: y - 4, color: s.color, shape: line ? "line" : s.shape ?? "circle" });
    items.push({ kind: "text", x: x + 18, y, text: s.label, font: "legend", color: "#333333" });
    x += w;
  }
  return swatches.length > 0 ? y + LINE : top;
}

/** Lays out a picture of `graphWidth` × `graphHeight` pixels with its caption around it. */
export function layoutPicture(caption: Caption, graphWidth: number, graphHeight: number, measure: Measure): PictureLayout {
  const width = Math.max(graphWidth, 480);
  const items: CaptionItem[] = [];
  let y = PAD + 16;
  items.push({ kind: "text", x: PAD, y, text: caption.title, font: "title", color: "#111111" });
  for (const line of wrapText(caption.subtitle, width - 2 * PAD, FONTS.subtitle, measure)) {
    y += LINE;
    items.push({ kind: "text", x: PAD, y, text: line, font: "subtitle", color: "#333333" });
  }
  const graph = { x: Math.round((width - graphWidth) / 2), y: y + 10, width: graphWidth, height: graphHeight };
  y = graph.y + graphHeight + 16;
  y = swatchRow(caption.legend.nodes, false, width, y, measure, items);
  y = swatchRow([...caption.legend.edgeColours, ...caption.legend.time], true, width, y, measure, items);
  const rules = [caption.legend.width, caption.legend.size].filter((r): r is string => r !== undefined).join(" · ");
  for (const line of wrapText(rules, width - 2 * PAD, FONTS.legend, measure)) {
    items.push({ kind: "text", x: PAD, y, text: line, font: "legend", color: "#555555" });
    y += LINE;
  }
  for (const line of wrapText(caption.source, width - 2 * PAD, FONTS.source, measure)) {
    items.push({ kind: "text", x: PAD, y, text: line, font: "source", color: "#666666" });
    y += LINE - 2;
  }
  return { width, height: Math.ceil(y + PAD - LINE / 2), graph, items };
}

const xml = (text: string): string => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

export function captionSvg(items: readonly CaptionItem[]): string[] {
  return items.map((item) => {
    if (item.kind === "text") {
      const [weight, size] = FONTS[item.font].split(" ");
      return `<text x="${item.x}" y="${item.y}" font-family="${xml(FONT_FAMILY)}" font-size="${(size ?? "12px").replace("px", "")}" font-weight="${weight}" fill="${item.color}">${xml(item.text)}</text>`;
    }
    if (item.shape === "line") return `<rect x="${item.x}" y="${item.y - 1.5}" width="14" height="3" fill="${item.color}"/>`;
    if (item.shape === "square") return `<rect x="${item.x + 1}" y="${item.y - 5}" width="10" height="10" fill="${item.color}"/>`;
    return `<circle cx="${item.x + 6}" cy="${item.y}" r="5" fill="${item.color}"/>`;
  });
}

export { xml as escapeXml };
