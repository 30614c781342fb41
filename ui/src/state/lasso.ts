// Which points a lasso encloses: the even-odd rule over the polygon the pointer drew. Pure geometry.
import type { Point } from "./edit-history.js";

export function insidePolygon(point: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i];
    const b = polygon[j];
    if (!a || !b) continue;
    if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Ids whose points fall inside the lasso; a lasso of fewer than three points encloses nothing. */
export function lassoed(points: ReadonlyMap<string, Point>, polygon: readonly Point[]): string[] {
  if (polygon.length < 3) return [];
  return [...points].filter(([, at]) => insidePolygon(at, polygon)).map(([id]) => id);
}
