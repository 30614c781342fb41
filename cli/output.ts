/** Prints aligned columns for people; commands offer --json for programs. */
export function printTable(rows: Array<Record<string, unknown>>, columns?: string[]): void {
  if (rows.length === 0) {
    console.log("(no rows)");
    return;
  }
  const keys = columns ?? Object.keys(rows[0] ?? {});
  const text = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
  const widths = keys.map((k) => Math.min(60, rows.reduce((widest, r) => Math.max(widest, text(r[k]).length), k.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i] ?? 0)).join("  ");
  console.log(line(keys));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(keys.map((k) => text(row[k]))));
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * `ytterby query … | head` closes the pipe after a few lines. Node then raises EPIPE on the next write, which
 * crashed the command with a stack trace. Like other Unix tools we stop writing and let the command finish
 * normally, so an open store is still closed cleanly.
 */
export function stopWritingWhenStdoutCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.stdout.write = (() => true) as typeof process.stdout.write;
  });
}
