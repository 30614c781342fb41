import type { InputIssue } from "../graph/index.js";

export interface ShareRange {
  share?: number;
  shareMin?: number;
  shareMax?: number;
}

/** Checks a percentage from an ownership record; the caller names the record, this names the problem. */
export function checkPercent(value: number, where: string, field: string, issues: InputIssue[]): boolean {
  if (!Number.isFinite(value)) {
    issues.push({ where, field, message: `share "${value}" is not a number. Use a percentage 0–100.` });
    return false;
  }
  if (value > 100) {
    issues.push({ where, field, message: `share ${value}% is over 100%. Use 0–100.` });
    return false;
  }
  if (value < 0) {
    issues.push({ where, field, message: `share ${value}% is negative. Use 0–100.` });
    return false;
  }
  return true;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Dates as the graph keeps them (YYYY, YYYY-MM or YYYY-MM-DD). Timestamps are cut to their date;
 * anything else is reported, because a guessed date is worse than none.
 */
export function parseSourceDate(value: string, where: string, field: string, issues: InputIssue[]): string | undefined | null {
  const text = value.trim();
  const candidate = /^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text;
  if (ISO_DATE.test(candidate)) {
    const [year, month = "01", day = "01"] = candidate.split("-");
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.getUTCMonth() + 1 === Number(month) && date.getUTCDate() === Number(day)) return candidate;
  }
  issues.push({ where, field, message: `date "${value}" does not parse. Use YYYY, YYYY-MM or YYYY-MM-DD.` });
  return null;
}
