// Which names and edge labels to leave out where they crowd: while a node is in focus (hovered or selected),
// focus draws the node's neighbours' names and its edges' labels even where the full view left them out, and
// around a hub of twenty-odd edges they pile up into an unreadable knot; the full view of a small graph draws
// every edge label. The focused node keeps its name; in focus, figures on edges come next ("74.97%": what the
// reader came for), then names; the full view keeps the names of actors, assets, countries … first, then
// figures, then documents' titles; then the other edge labels ("mentions"). Within each, larger nodes and
// thicker edges first; whatever would be drawn over a kept label waits for a closer zoom. Pure: boxes in screen
// pixels in, ids out.

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
  /** An edge label that is a figure: kept before names in focus, before minor names in the full view. */
  figure?: boolean;
  /** A name that yields to an edge's figure (a document's title: long, and read in the inspector). */
  minor?: boolean;
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
  // Lower tiers are kept first; within a tier, larger priority first.
  const tier = order.figuresBeforeNames ? { figure: 0, name: 1, minorName: 2, word: 3 } : { name: 0, figure: 1, minorName: 2, word: 3 };
  const tiers: { label: DrawnLabel; tier: number; edge: boolean }[] = [
    ...labels.nodes.map((label) => ({ label, tier: label.minor === true ? tier.minorName : tier.name, edge: false })),
    ...labels.edges.map((label) => ({ label, tier: label.figure === true ? tier.figure : tier.word, edge: true })),
  ];
  tiers.sort((a, b) => a.tier - b.tier || byPriority(a.label, b.label));
  const kept: DrawnLabel[] = labels.focused ? [labels.focused] : [];
  const hidden = { nodes: new Set<string>(), edges: new Set<string>() };
  for (const { label, edge } of tiers) {
    if (kept.some((k) => labelsOverlap(k, label))) (edge ? hidden.edges : hidden.nodes).add(label.id);
    else kept.push(label);
  }
  return hidden;
}
