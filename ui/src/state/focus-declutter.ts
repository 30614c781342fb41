// Which names and edge labels to leave out where they crowd: while a node is in focus (hovered or selected),
// focus draws the node's neighbours' names and its edges' labels even where the full view left them out, and
// around a hub of twenty-odd edges they pile up into an unreadable knot; the full view of a small graph draws
// every edge label. The focused node keeps its name; in focus, figures on edges come next ("74.97%": what the
// reader came for, before a neighbouring document's title), while the full view keeps the names its layout
// chose first; then names, larger nodes first; then the other edge labels, thicker edges first; whatever would
// be drawn over a kept label waits for a closer zoom. Pure: boxes in screen pixels in, ids out.

/** A label as drawn: a rectangle around (x, y), turned by `angle` radians (edge labels follow their edge). */
export interface DrawnLabel {
  id: string;
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
  angle: number;
  /** Larger first when two contest the same pixels. */
  priority: number;
  /** An edge label that is a figure, kept before names. */
  figure?: boolean;
}

export interface LabelsInView {
  /** The focused node's own name: always drawn. */
  focused?: DrawnLabel;
  nodes: readonly DrawnLabel[];
  edges: readonly DrawnLabel[];
}

/** Corners' projections of a turned rectangle on an axis, as [min, max]. */
function project(box: DrawnLabel, axis: { x: number; y: number }): [number, number] {
  const cos = Math.cos(box.angle);
  const sin = Math.sin(box.angle);
  const centre = box.x * axis.x + box.y * axis.y;
  // Half-extent along the axis: the rectangle's own axes projected, scaled by its half sides.
  const reach = box.halfWidth * Math.abs(cos * axis.x + sin * axis.y) + box.halfHeight * Math.abs(-sin * axis.x + cos * axis.y);
  return [centre - reach, centre + reach];
}

/** Whether two turned rectangles share pixels (separating-axis test on the four side normals). */
export function labelsOverlap(a: DrawnLabel, b: DrawnLabel): boolean {
  for (const box of [a, b]) {
    const cos = Math.cos(box.angle);
    const sin = Math.sin(box.angle);
    for (const axis of [{ x: cos, y: sin }, { x: -sin, y: cos }]) {
      const [aMin, aMax] = project(a, axis);
      const [bMin, bMax] = project(b, axis);
      if (aMax <= bMin || bMax <= aMin) return false;
    }
  }
  return true;
}

const byPriority = (a: DrawnLabel, b: DrawnLabel) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Ids of the node names and edge labels to leave out, so that no two drawn labels overlap. */
export function crowdedLabelsOf(labels: LabelsInView, order: { figuresBeforeNames: boolean } = { figuresBeforeNames: true }): { nodes: Set<string>; edges: Set<string> } {
  const kept: DrawnLabel[] = labels.focused ? [labels.focused] : [];
  const keep = (candidates: readonly DrawnLabel[]): Set<string> => {
    const hidden = new Set<string>();
    for (const label of [...candidates].sort(byPriority)) {
      if (kept.some((k) => labelsOverlap(k, label))) hidden.add(label.id);
      else kept.push(label);
    }
    return hidden;
  };
  const keepFigures = () => keep(labels.edges.filter((e) => e.figure === true));
  const early = order.figuresBeforeNames ? keepFigures() : undefined;
  const nodes = keep(labels.nodes);
  const figures = early ?? keepFigures();
  const words = keep(labels.edges.filter((e) => e.figure !== true));
  return { nodes, edges: new Set([...figures, ...words]) };
}
