// Pushes apart nodes whose labels would be drawn over each other. Pure: boxes in screen pixels in, centres
// out. A force layout spaces node discs, not the names written beside them, and on a small graph every name
// is drawn, so two neighbours' labels often share the same strip of pixels.
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  /** Extent around the centre: the disc to the left, the disc plus its label to the right. */
  left: number;
  right: number;
  halfHeight: number;
  /** Pinned nodes keep their place; the other box of a pair moves the whole way. */
  fixed?: boolean;
}

export type SpreadAxis = "both" | "x";

const GAP = 4;
const MAX_ROUNDS = 200;

/** Moves boxes until none overlap (or a round budget runs out); returns the centres that moved. */
export function separateLabelBoxes(input: readonly LabelBox[], axis: SpreadAxis): Map<string, { x: number; y: number }> {
  const boxes = input.map((b) => ({ ...b }));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.fixed && b.fixed) continue;
        const overlapX = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left) + GAP;
        const overlapY = Math.min(a.y + a.halfHeight, b.y + b.halfHeight) - Math.max(a.y - a.halfHeight, b.y - b.halfHeight) + GAP;
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        const shareA = a.fixed ? 0 : b.fixed ? 1 : 0.5;
        const shareB = 1 - shareA;
        if (axis === "x") {
          // Ties (same centre) break by list order, so the result does not depend on floating-point noise.
          const direction = Math.sign(b.x - a.x) || 1;
          a.x -= direction * overlapX * shareA;
          b.x += direction * overlapX * shareB;
          continue;
        }
        // Apart along the line between the two nodes, as far as clears the overlap on either axis. Always
        // taking the cheaper axis (up or down past a wide label) stacked the labels of a dense result into a
        // column taller than the canvas, which fitting then shrank until nodes overlapped again.
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        if (dx === 0 && dy === 0) dy = 1;
        const length = Math.hypot(dx, dy);
        dx /= length;
        dy /= length;
        const step = Math.min(Math.abs(dx) > 1e-9 ? overlapX / Math.abs(dx) : Number.POSITIVE_INFINITY, Math.abs(dy) > 1e-9 ? overlapY / Math.abs(dy) : Number.POSITIVE_INFINITY);
        a.x -= dx * step * shareA;
        a.y -= dy * step * shareA;
        b.x += dx * step * shareB;
        b.y += dy * step * shareB;
      }
    }
    if (!moved) break;
  }
  const out = new Map<string, { x: number; y: number }>();
  boxes.forEach((box, index) => {
    const before = input[index]!;
    if (box.x !== before.x || box.y !== before.y) out.set(box.id, { x: box.x, y: box.y });
  });
  return out;
}

/**
 * How cluttered a set of boxes is: pairs whose labels overlap, and, counted thrice, pairs whose node discs
 * (radius `left`) overlap — a hidden label can be hovered, a node under another cannot be clicked.
 */
export function clutter(boxes: readonly LabelBox[]): number {
  let score = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const labels = Math.min(a.x + a.right, b.x + b.right) > Math.max(a.x - a.left, b.x - b.left) && Math.min(a.y + a.halfHeight, b.y + b.halfHeight) > Math.max(a.y - a.halfHeight, b.y - b.halfHeight);
      const discs = Math.hypot(a.x - b.x, a.y - b.y) < a.left + b.left;
      score += (labels ? 1 : 0) + (discs ? 3 : 0);
    }
  }
  return score;
}
