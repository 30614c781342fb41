import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { join } from "node:path";
import type { Column } from "../../schema/index.js";
import { cell, copyStatement } from "./csv-staging.js";

const LINE_BREAK = /[\r\n]/;
const byName = <Row>(row: Row, column: string) => (row as Record<string, unknown>)[column];

/**
 * One table's rows for a whole load, appended to a CSV file as the load's batches arrive and copied with a single
 * COPY at its end. Written in batches of 100k records (about 32 COPYs a table at 1M nodes), a load's cost grew
 * faster than its input (14.6× a bare COPY at 100k, 29.6× at 1M); staged whole it is 13.5× at both (BENCHMARKS.md).
 * Memory holds one batch's lines, never the table.
 */
export class StagedTable {
  private readonly stream: WriteStream;
  private readonly failed: Promise<never>;
  private lineBreaks = false;
  rows = 0;
  /** The sources (files) whose rows are in it: told when its COPY fails, so none of them is marked loaded. */
  readonly sources = new Set<string>();

  constructor(
    dir: string,
    readonly table: string,
    readonly columns: Column[],
    /** For relationship tables, the node tables of the pair this file fills. */
    readonly endpoints?: [string, string],
  ) {
    this.path = join(dir, `${[table, ...(endpoints ?? [])].join("-")}.csv`);
    this.stream = createWriteStream(this.path, { encoding: "utf8" });
    this.failed = once(this.stream, "error").then(([error]) => Promise.reject(error as Error));
    this.failed.catch(() => undefined);
    this.stream.write(`${columns.map((c) => c.name).join(",")}\n`);
  }

  readonly path: string;

  /** Appends rows; `value` reads a column of a row that is not shaped as the table (a relationship's properties). */
  async append<Row>(rows: readonly Row[], sources: Iterable<string>, value: (row: Row, column: string) => unknown = byName): Promise<void> {
    if (rows.length === 0) return;
    for (const source of sources) this.sources.add(source);
    const { columns } = this;
    let text = "";
    for (const row of rows) {
      let line = "";
      for (let i = 0; i < columns.length; i++) line += (i === 0 ? "" : ",") + cell(value(row, columns[i]!.name), columns[i]!);
      if (!this.lineBreaks && LINE_BREAK.test(line)) this.lineBreaks = true;
      text += `${line}\n`;
      // Strings past V8's limit (~512 MB) cannot be built: write in parts well below it.
      if (text.length > 1 << 24) {
        await this.write(text);
        text = "";
      }
    }
    this.rows += rows.length;
    await this.write(text);
  }

  /** Closes the file and gives the COPY statement that loads it. */
  async finish(): Promise<string> {
    this.stream.end();
    await Promise.race([once(this.stream, "finish"), this.failed]);
    return copyStatement(this.table, this.columns, { path: this.path, lineBreaks: this.lineBreaks }, this.endpoints);
  }

  discard(): void {
    this.stream.destroy();
  }

  private async write(text: string): Promise<void> {
    if (text && !this.stream.write(text)) await Promise.race([once(this.stream, "drain"), this.failed]);
  }
}
