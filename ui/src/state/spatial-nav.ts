// Arrow keys on the canvas move the selection to the nearest node in that direction, as a sighted user's
// eye would; without a selection they start at the node nearest the centre. Pure geometry.
import type { Point } from "./edit-history.js";

export type Direction = "left" | "right" | "up" | "down";

const VECTORS: Record<Direction, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/** The next node from `current` in `direction` (screen coordinates, y down), or undefined at the edge. */
export function nextInDirection(points: ReadonlyMap<string, Point>, current: string | undefined, direction: Direction, centre: Point): string | undefined {
  const from = current ? points.get(current) : undefined;
  if (!from) {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const [id, p] of points) {
      const d = Math.hypot(p.x - centre.x, p.y - centre.y);
      if (d < bestDistance) { best = id; bestDistance = d; }
    }
    return best;
  }
  const v = VECTORS[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [id, p] of points) {
    if (id === current) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * v.x + dy * v.y;
    if (along <= 0) continue;
    const across = Math.abs(dx * v.y - dy * v.x);
    // Straight ahead beats off to the side: sideways distance counts double.
    const score = along + 2 * across;
    if (score < bestScore) { best = id; bestScore = score; }
  }
  return best;
}
