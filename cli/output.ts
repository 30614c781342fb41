/** Prints aligned columns for people; commands offer --json for programs. */
export function printTable(rows: Array<Record<string, unknown>>, columns?: string[]): void {
  if (rows.length === 0) {
    console.log("(no rows)");
    return;
  }
  const keys = columns ?? Object.keys(rows[0] ?? {});
  const text = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
  const widths = keys.map((k) => Math.min(60, Math.max(k.length, ...rows.map((r) => text(r[k]).length))));
  const line = (cells: string[]) => cells.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i] ?? 0)).join("  ");
  console.log(line(keys));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(keys.map((k) => text(row[k]))));
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
