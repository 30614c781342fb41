// Which labels to leave out so that none is drawn over another at the fitted view. When a result has more names than its canvas holds, spreading nodes cannot make room (framing zooms
// out, labels keep their pixel size); then the larger nodes keep their names and the rest show theirs on
// hover or selection, as sigma's own label grid does for large graphs. Pure: boxes in, ids out.
import type { LabelBox } from "./label-boxes.js";

const apart = (a: Extent, b: Extent): boolean => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// A label's extent includes its own disc, so a kept name never runs over a node that keeps its name; a
// node whose name was left out may sit under a kept one (hubs keep their names before leaves).
const labelExtent = (b: LabelBox): Extent => ({ left: b.x - b.left, right: b.x + b.right, top: b.y - b.halfHeight, bottom: b.y + b.halfHeight });

/** Ids whose labels to leave out; `priority` (larger first) decides who keeps a contested strip. */
export function crowdedLabels(boxes: readonly LabelBox[], priority: ReadonlyMap<string, number>): Set<string> {
  const order = [...boxes].sort((a, b) => (priority.get(b.id) ?? 0) - (priority.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  const kept: Array<{ id: string; extent: Extent }> = [];
  const hidden = new Set<string>();
  for (const box of order) {
    const extent = labelExtent(box);
    const clash = kept.some((k) => !apart(k.extent, extent));
    if (clash) hidden.add(box.id);
    else kept.push({ id: box.id, extent });
  }
  return hidden;
}
