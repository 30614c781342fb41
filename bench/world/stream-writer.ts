import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";

/** Lines gathered into ~1 MB chunks and written with back-pressure, so a million-row file never sits in memory. */
export class StreamWriter {
  private readonly stream: WriteStream;
  private chunk: string[] = [];
  private size = 0;
  lines = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: "utf8" });
  }

  async line(text: string): Promise<void> {
    this.chunk.push(text);
    this.size += text.length + 1;
    this.lines += 1;
    if (this.size >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.chunk.length === 0) return;
    const text = `${this.chunk.join("\n")}\n`;
    this.chunk = [];
    this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, "finish");
  }
}

/** A CSV cell: quoted only when it must be. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (cells: ReadonlyArray<string | number | undefined>) => cells.map(csvCell).join(",");
