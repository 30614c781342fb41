import type { Row } from "./types.js";

/** Rows a table shows at once; the summary says how many more the answer holds. */
export const SHOWN_ROWS = 1_000;

/**
 * The first `limit` rows (already in order, largest first) and a clause for the summary naming what was left
 * out, so a large answer is paged openly rather than cut without a word.
 */
export function pageRows<T = Row>(rows: T[], noun: string, limit = SHOWN_ROWS): { shown: T[]; more: string } {
  if (rows.length <= limit) return { shown: rows, more: "" };
  return { shown: rows.slice(0, limit), more: ` The ${limit.toLocaleString("en")} largest ${noun} are listed; ${(rows.length - limit).toLocaleString("en")} more.` };
}
