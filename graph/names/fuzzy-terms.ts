import type { StringColumn } from "./string-column.js";

/** The first position from `from` on whose term does not start with `prefix` (terms sorted, the one at `from` starts with it). */
export function prefixEnd(terms: StringColumn, prefix: string, from: number): number {
  let lo = from;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms.startsWith(mid, prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every term within `maxDistance` edits (Levenshtein) of `query`, with its distance. The sorted terms are walked as
 * the trie they flatten: a term shares its rows of the edit-distance table with the one before it for their common
 * prefix, and every term under a prefix whose row is already past the distance is skipped by one binary search,
 * as MiniSearch's radix tree prunes its branches.
 */
export function fuzzyTerms(terms: StringColumn, query: string, maxDistance: number): Array<{ term: number; distance: number }> {
  const n = query.length;
  const deepest = n + maxDistance;
  const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => j)];
  const path = new Int32Array(deepest);
  let computed = 0;
  const found: Array<{ term: number; distance: number }> = [];
  const text = terms.text;
  let i = 0;
  while (i < terms.length) {
    const start = terms.starts[i]!;
    const length = terms.starts[i + 1]! - start;
    let shared = 0;
    const reusable = Math.min(computed, length);
    while (shared < reusable && path[shared] === text.charCodeAt(start + shared)) shared++;
    computed = shared;
    let pruned = -1;
    const depth = Math.min(length, deepest);
    for (let d = shared + 1; d <= depth; d++) {
      const c = text.charCodeAt(start + d - 1);
      path[d - 1] = c;
      const above = rows[d - 1]!;
      const row = (rows[d] ??= new Int32Array(n + 1));
      row[0] = d;
      let least = d;
      for (let j = 1; j <= n; j++) {
        const cost = above[j - 1]! + (query.charCodeAt(j - 1) === c ? 0 : 1);
        const value = Math.min(above[j]! + 1, row[j - 1]! + 1, cost);
        row[j] = value;
        if (value < least) least = value;
      }
      computed = d;
      if (least > maxDistance) {
        pruned = d;
        break;
      }
    }
    if (pruned >= 0) {
      i = prefixEnd(terms, text.slice(start, start + pruned), i);
      continue;
    }
    if (length > deepest) {
      // Every later term under this prefix is at least as long: all too far.
      i = prefixEnd(terms, text.slice(start, start + deepest), i);
      continue;
    }
    const distance = rows[length]![n]!;
    if (distance <= maxDistance) found.push({ term: i, distance });
    i++;
  }
  return found;
}
