// File exports of what is on screen. PNG through @sigma/export-image (it redraws every layer, WebGL
// included, onto one canvas), framed with a title, legend and source line; SVG drawn from sigma's own
// projection with the same frame; GEXF in ../state/gexf.ts.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import { captionSvg, escapeXml, FONT_FAMILY, FONTS, layoutPicture, type Caption, type CaptionItem } from "../state/picture.js";

import type { RenderSigma } from "./sigma-context.js";

export { toGexf } from "../state/gexf.js";

function measurer(): (text: string, font: string) => number {
  const context = document.createElement("canvas").getContext("2d");
  return (text, font) => {
    if (!context) return text.length * 7;
    context.font = font;
    return context.measureText(text).width;
  };
}

export function drawCaption(context: CanvasRenderingContext2D, items: readonly CaptionItem[]): void {
  for (const item of items) {
    context.fillStyle = item.color;
    if (item.kind === "text") {
      context.font = FONTS[item.font];
      context.fillText(item.text, item.x, item.y);
    } else if (item.shape === "line") context.fillRect(item.x, item.y - 1.5, 14, 3);
    else if (item.shape === "square") context.fillRect(item.x + 1, item.y - 5, 10, 10);
    else {
      context.beginPath();
      context.arc(item.x + 6, item.y, 5, 0, Math.PI * 2);
      context.fill();
    }
  }
}

export async function pngBlob(sigma: RenderSigma, caption: Caption): Promise<Blob> {
  // export-image is typed for untyped attributes; the renderer is the same object.
  const graphCanvas = await drawOnCanvas(sigma as unknown as Sigma, { backgroundColor: "#ffffff" });
  const { width: graphWidth, height: graphHeight } = sigma.getDimensions();
  const layout = layoutPicture(caption, graphWidth, graphHeight, measurer());
  // The graph canvas is drawn at the device's pixel ratio; the frame is scaled to match it.
  const scale = graphCanvas.width / graphWidth;
  const page = document.createElement("canvas");
  page.width = Math.round(layout.width * scale);
  page.height = Math.round(layout.height * scale);
  const context = page.getContext("2d");
  if (!context) throw new Error("PNG export: the browser gave no 2D canvas.");
  context.scale(scale, scale);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, layout.width, layout.height);
  context.drawImage(graphCanvas, layout.graph.x, layout.graph.y, graphWidth, graphHeight);
  context.strokeStyle = "#e3e6ea";
  context.strokeRect(layout.graph.x + 0.5, layout.graph.y + 0.5, graphWidth - 1, graphHeight - 1);
  drawCaption(context, layout.items);
  return new Promise((resolve, reject) => page.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export: the canvas gave no image."))), "image/png"));
}

/** The drawn graph as SVG elements, in the canvas's pixel frame, as sigma shows it now (reducers included). */
function graphSvg(sigma: RenderSigma): string[] {
  const graph = sigma.getGraph();
  const settings = sigma.getSettings();
  const { ratio } = sigma.getCamera().getState();
  const out: string[] = [];
  const at = (node: string) => sigma.graphToViewport(graph.getNodeAttributes(node));
  const labels: string[] = [];
  graph.forEachEdge((edge, _a, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    const s = sigma.getNodeDisplayData(source);
    const t = sigma.getNodeDisplayData(target);
    if (!data || !s || !t || data.hidden || s.hidden || t.hidden) return;
    const a = at(source);
    const b = at(target);
    const width = Math.max(settings.minEdgeThickness, data.size);
    const curvature = graph.getEdgeAttribute(edge, "curvature") || 0;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // The curve bends to the left of its direction by `curvature` of its length, as @sigma/edge-curve draws it.
    const mid = { x: (a.x + b.x) / 2 + ((a.y - b.y) / length) * curvature * length, y: (a.y + b.y) / 2 + ((b.x - a.x) / length) * curvature * length };
    const path = curvature ? `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mid.x.toFixed(1)},${mid.y.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}` : `M${a.x.toFixed(1)},${a.y.toFixed(1)} L${b.x.toFixed(1)},${b.y.toFixed(1)}`;
    out.push(`<path d="${path}" fill="none" stroke="${data.color}" stroke-width="${width.toFixed(2)}" marker-end="url(#arrow)"/>`);
    if (data.label && !graph.getEdgeAttribute(edge, "quietLabel")) {
      const lx = curvature ? (a.x + b.x) / 4 + mid.x / 2 : (a.x + b.x) / 2;
      const ly = curvature ? (a.y + b.y) / 4 + mid.y / 2 : (a.y + b.y) / 2;
      labels.push(`<text x="${lx.toFixed(1)}" y="${(ly - 3).toFixed(1)}" text-anchor="middle" font-family="${escapeXml(FONT_FAMILY)}" font-size="${settings.edgeLabelSize}" fill="#333" paint-order="stroke" stroke="#fff" stroke-width="3">${escapeXml(data.label)}</text>`);
    }
  });
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const p = at(node);
    const r = sigma.scaleSize(data.size, ratio);
    const shape = graph.getNodeAttribute(node, "type");
    out.push(shape === "square"
      ? `<rect x="${(p.x - r).toFixed(1)}" y="${(p.y - r).toFixed(1)}" width="${(2 * r).toFixed(1)}" height="${(2 * r).toFixed(1)}" fill="${data.color}"/>`
      : `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${data.color}"/>`);
    if (data.label) labels.push(`<text x="${(p.x + r + 3).toFixed(1)}" y="${(p.y + settings.labelSize / 3).toFixed(1)}" font-family="${escapeXml(FONT_FAMILY)}" font-size="${settings.labelSize}" font-weight="${settings.labelWeight}" fill="#000" paint-order="stroke" stroke="#fff" stroke-width="3">${escapeXml(data.label)}</text>`);
  });
  return [...out, ...labels];
}

export function exportSvg(sigma: RenderSigma, caption: Caption): string {
  const { width: graphWidth, height: graphHeight } = sigma.getDimensions();
  const layout = layoutPicture(caption, graphWidth, graphHeight, measurer());
  const items: CaptionItem[] = layout.items;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<title>${escapeXml(caption.title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g transform="translate(${layout.graph.x},${layout.graph.y})">`,
    `<rect width="${graphWidth}" height="${graphHeight}" fill="none" stroke="#e3e6ea"/>`,
    ...graphSvg(sigma),
    `</g>`,
    ...captionSvg(items),
    `</svg>`,
    "",
  ].join("\n");
}
