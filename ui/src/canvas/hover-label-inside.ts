// Sigma draws a node's label (and a hovered or focused node's label box) to the node's right, whatever its
// length: a node focused at the canvas centre with a 45-character document title ran past the canvas edge, cut
// mid-word. Labels are shortened with an ellipsis to the room left (the inspector names the node in full); a
// label only ever shrinks, so the declutter's label boxes, measured at full length, still hold.
import type { Attributes } from "graphology-types";
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";

// Room for the hover box's 8 px shadow as well, so nothing of it is cut at the edge either.
const MARGIN = 10;

/** The longest start of `label` (with "…") no wider than `room` pixels in the context's current font. */
export function shortenToWidth(context: CanvasRenderingContext2D, label: string, room: number): string {
  if (context.measureText(label).width <= room) return label;
  const chars = Array.from(label);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (context.measureText(`${chars.slice(0, mid).join("").trimEnd()}…`).width <= room) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join("").trimEnd()}…`;
}

type Draw<N extends Attributes, E extends Attributes, G extends Attributes> = NodeLabelDrawingFunction<N, E, G> & NodeHoverDrawingFunction<N, E, G>;

/**
 * Wraps sigma's label or hover drawing. Both shorten to the hover box's room (the box starts at the radius, at
 * least half the label size, plus 2 px, and is 5 px wider than the text), so the plain label under a hovered
 * node is the same text as the box's and never peeks out past it.
 */
function inside<N extends Attributes, E extends Attributes, G extends Attributes>(draw: Draw<N, E, G>): Draw<N, E, G> {
  return (context, data, settings) => {
    const label = data.label;
    const width = context.canvas.clientWidth || context.canvas.width;
    if (typeof label !== "string" || !label || width <= 0) return draw(context, data, settings);
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const room = width - MARGIN - (data.x + Math.max(data.size, settings.labelSize / 2) + 2 + 5);
    draw(context, room > 0 ? { ...data, label: shortenToWidth(context, label, room) } : data, settings);
  };
}

export const hoverLabelInside = inside;
export const labelInside = inside;
