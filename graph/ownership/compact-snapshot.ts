import { closeSync, openSync, readSync } from "node:fs";
import { columnOf, type Column } from "./compact-columns.js";
import { OWNS_COLUMNS, SNAPSHOT_FORMAT, snapshotPath, type OwnershipSnapshot } from "./snapshot.js";

/** The ownership snapshot with every column compact (compact-columns.ts): what the server keeps in memory. */
export interface CompactSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  stamp: string;
  nodes: Record<string, Column>;
  owns: Record<string, Column>;
  located: Record<string, Column>;
}

const GROUPS = ["nodes", "owns", "located"] as const;
type Group = (typeof GROUPS)[number];

const compactGroup = (columns: Record<string, readonly unknown[]>) => Object.fromEntries(Object.entries(columns).map(([name, cells]) => [name, columnOf(cells)]));

export function compactSnapshot(snapshot: OwnershipSnapshot): CompactSnapshot {
  return { format: snapshot.format, stamp: snapshot.stamp, nodes: compactGroup(snapshot.nodes), owns: compactGroup(snapshot.owns), located: compactGroup(snapshot.located) };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Bytes read from the file at a time; the window holds one column's text and at most this much more. */
const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Reads the snapshot file a column at a time: only one column's text and cells are held at once, so reading the
 * 183 MB file of a 1M-node graph no longer builds every column as JS arrays first (JSON.parse of the whole took
 * the heap to ~0.9 GB), nor keeps the whole file in a buffer until a full collection frees it. The bytes are
 * walked just enough to find where each column's array starts and ends. Reads are synchronous: the scan between
 * them is as long a task on the event loop as the JSON.parse it replaces.
 */
class SnapshotScanner {
  /** Position in `bytes`, the window of the file from `offset` on. */
  at = 0;
  private bytes = Buffer.alloc(0);
  private offset = 0;
  private ended = false;

  constructor(
    private readonly fd: number,
    private readonly chunkBytes: number,
  ) {}

  private fail(what: string): never {
    throw new SyntaxError(`ownership snapshot: ${what} at byte ${this.offset + this.at}. Load the graph again to rebuild it.`);
  }

  /** Reads the next chunk onto the window; false at the end of the file. */
  private extend(): boolean {
    if (this.ended) return false;
    const chunk = Buffer.allocUnsafe(this.chunkBytes);
    const read = readSync(this.fd, chunk, 0, this.chunkBytes, this.offset + this.bytes.length);
    if (read === 0) {
      this.ended = true;
      return false;
    }
    this.bytes = Buffer.concat([this.bytes, chunk.subarray(0, read)]);
    return true;
  }

  /** True when byte `i` of the window is there, reading as far as needed. */
  private has(i: number): boolean {
    while (i >= this.bytes.length) if (!this.extend()) return false;
    return true;
  }

  /** Forgets the bytes before `at` (a copy of the rest, so the old window is not kept alive under a view of it). */
  release(): void {
    this.offset += this.at;
    this.bytes = Buffer.from(this.bytes.subarray(this.at));
    this.at = 0;
  }

  skipSpace(): number {
    while (this.has(this.at) && isSpace(this.bytes[this.at] as number)) this.at++;
    return this.has(this.at) ? (this.bytes[this.at] as number) : -1;
  }

  expect(byte: number): void {
    if (this.skipSpace() !== byte) this.fail(`expected "${String.fromCharCode(byte)}"`);
    this.at++;
  }

  /** Past a string starting at `at` (on its quote). */
  private skipString(): void {
    let i = this.at + 1;
    for (;;) {
      const quote = this.bytes.indexOf(QUOTE, i);
      if (quote < 0) {
        i = Math.max(i, this.bytes.length);
        if (!this.extend()) this.fail("unterminated string");
        continue;
      }
      let slashes = 0;
      while (this.bytes[quote - 1 - slashes] === BACKSLASH) slashes++;
      i = quote + 1;
      if (slashes % 2 === 0) break;
    }
    this.at = i;
  }

  /** The extent [start, end) in the window of the JSON value at `at`, which is left after it. */
  value(): [number, number] {
    const first = this.skipSpace();
    const start = this.at;
    if (first === QUOTE) {
      this.skipString();
    } else if (first === 0x5b || first === 0x7b) {
      let depth = 0;
      do {
        if (this.at >= this.bytes.length && !this.extend()) this.fail("unexpected end");
        const b = this.bytes[this.at] as number;
        if (b === QUOTE) {
          this.skipString();
          continue;
        }
        if (b === 0x5b || b === 0x7b) depth++;
        else if (b === 0x5d || b === 0x7d) depth--;
        this.at++;
      } while (depth > 0);
    } else {
      while (this.has(this.at)) {
        const b = this.bytes[this.at] as number;
        if (b === 0x2c || b === 0x5d || b === 0x7d || isSpace(b)) break;
        this.at++;
      }
      if (this.at === start) this.fail("expected a value");
    }
    return [start, this.at];
  }

  parse(): unknown {
    const [start, end] = this.value();
    return JSON.parse(this.bytes.toString("utf8", start, end));
  }

  /** Calls `each` with every key of the object at `at`, left on its value; `each` must consume the value. */
  entries(each: (key: string) => void): void {
    this.expect(0x7b);
    if (this.skipSpace() === 0x7d) {
      this.at++;
      return;
    }
    for (;;) {
      const key = this.parse();
      if (typeof key !== "string") this.fail("expected a key");
      this.expect(0x3a);
      each(key);
      this.release();
      const next = this.skipSpace();
      this.at++;
      if (next === 0x7d) return;
      if (next !== 0x2c) this.fail('expected "," or "}"');
    }
  }
}

/** Every column an array of its group's length, and every OWNS column there: the shape, not every cell. */
function isWhole(s: Partial<CompactSnapshot>): s is CompactSnapshot {
  if (s.format !== SNAPSHOT_FORMAT || typeof s.stamp !== "string" || !s.nodes || !s.owns || !s.located) return false;
  const sameLength = (columns: Record<string, Column>, first: string) => {
    const length = columns[first]?.length;
    return length !== undefined && Object.values(columns).every((c) => c.length === length);
  };
  return sameLength(s.nodes, "id") && sameLength(s.owns, "from") && !!s.owns.to && OWNS_COLUMNS.every((c) => s.owns?.[c]) && sameLength(s.located, "from") && !!s.located.to;
}

/** The snapshot beside the database, compact and checked; undefined when there is none or it is not whole. */
export async function readCompactSnapshot(databasePath: string, chunkBytes = CHUNK_BYTES): Promise<CompactSnapshot | undefined> {
  let fd: number;
  try {
    fd = openSync(snapshotPath(databasePath), "r");
  } catch {
    return undefined;
  }
  try {
    return readOpenSnapshot(new SnapshotScanner(fd, chunkBytes));
  } finally {
    closeSync(fd);
  }
}

function readOpenSnapshot(scan: SnapshotScanner): CompactSnapshot | undefined {
  const found: Partial<CompactSnapshot> = {};
  scan.entries((key) => {
    if ((GROUPS as readonly string[]).includes(key)) {
      const columns: Record<string, Column> = {};
      scan.entries((column) => {
        const cells = scan.parse();
        if (!Array.isArray(cells)) throw new SyntaxError(`ownership snapshot: ${key}.${column} is not an array. Load the graph again to rebuild it.`);
        columns[column] = columnOf(cells);
      });
      found[key as Group] = columns;
    } else if (key === "format" || key === "stamp") {
      (found as Record<string, unknown>)[key] = scan.parse();
    } else {
      scan.value();
    }
  });
  return isWhole(found) ? found : undefined;
}
