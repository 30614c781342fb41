import { randomUUID } from "node:crypto";
import { open, readFile, rename, stat } from "node:fs/promises";
import { z } from "zod";
import { relationshipColumns } from "../schema/index.js";
import { NumberColumn } from "./number-column.js";
import { META_TABLE } from "../store/embedded/ddl.js";

/**
 * The ownership snapshot: every OWNS edge with its properties, the names and kinds of the entities they join, the
 * holders' registration and state ties, and where the held entities are (LOCATED_IN a country, or registered
 * there), written next to the embedded database once at the end of a load. The ownership investigations walk it
 * in memory (queries/ownership-index/) instead of enumerating chains in LadybugDB, which took 28 s for the largest
 * owner of a 1M-node graph.
 *
 * Why a file and not a table: the all-pairs closure of that graph has 6.5M holder→held pairs; COPY into a node
 * table took ~50 s and into a relationship table ~170 s on this machine, and a node-table scan for one holder's
 * pairs 300–400 ms, while the edges themselves (1.1M at 1M nodes) are read in seconds and walked per question in
 * tens to hundreds of milliseconds.
 *
 * Never stale: each write to the database sets a new data stamp (DATA_STAMP_KEY in the meta table); the snapshot
 * carries the stamp it was built from, and readers use it only when the two agree, else they ask the database.
 */

/** The meta-table key whose value changes with every write that changes data (load, review, reset). */
export const DATA_STAMP_KEY = "dataStamp";
/** Reads the data stamp (LadybugDB dialect; the meta table is the embedded store's). */
export const DATA_STAMP_QUERY = `MATCH (m:${META_TABLE} {key: $key}) RETURN m.value AS value`;
export const newDataStamp = (): string => `${new Date().toISOString()} ${randomUUID()}`;

export const SNAPSHOT_FORMAT = 1;
export const snapshotPath = (databasePath: string): string => `${databasePath}.ownership.json`;

type Cell = string | number | boolean | null;
const columns = z.record(z.string(), z.unknown());
const snapshotHead = z.object({ format: z.literal(SNAPSHOT_FORMAT), stamp: z.string(), nodes: columns, owns: columns, located: columns });

export interface OwnershipSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  stamp: string;
  nodes: {
    id: string[];
    name: string[];
    kind: string[];
    /** Actor type (company, government …), for the state-body tests. */
    type: Array<string | null>;
    /** The country code an actor or asset is registered in. */
    country: Array<string | null>;
    stateLinked: Array<boolean | null>;
    /** A country's own code. */
    code: Array<string | null>;
  };
  /** OWNS edges by column: `from`/`to` are node positions, the rest the stored properties (null when unset). */
  owns: { from: number[]; to: number[] } & Record<string, Cell[]>;
  /** LOCATED_IN edges from held entities to countries (regions are not followed, as the investigations do not). */
  located: { from: number[]; to: number[]; review: Array<string | null> };
}

/** The OWNS columns the snapshot keeps: all of them, so the drawing can show an edge as the database would. */
export const OWNS_COLUMNS = relationshipColumns("OWNS").map((c) => c.name);
/** The OWNS columns of numbers (share, confidence …), kept in typed arrays while the snapshot is built. */
const OWNS_NUMBER_COLUMNS = new Set(relationshipColumns("OWNS").filter((c) => c.type === "DOUBLE").map((c) => c.name));

type Row = Record<string, unknown>;
const text = (v: unknown) => (typeof v === "string" ? v : null);

/**
 * Builds the snapshot from rows read out of the database: OWNS edges (`fromId`, `toId` and the edge columns),
 * actors and assets (`id`, `name`, `kind`, `type`, `country`, `stateLinked`), countries (`id`, `name`, `code`) and
 * LOCATED_IN edges to countries (`fromId`, `toId`, `review`). Only entities an OWNS edge touches are kept, and
 * the countries.
 */
export function buildSnapshot(stamp: string, owns: Row[], entities: Row[], countries: Row[], located: Row[]): OwnershipSnapshot {
  const builder = new SnapshotBuilder();
  countries.forEach(builder.country);
  owns.forEach(builder.owns);
  entities.forEach(builder.entity);
  located.forEach(builder.located);
  return builder.finish(stamp);
}

/**
 * The snapshot built from rows as they arrive, in this order: countries, OWNS edges, actors and assets, LOCATED_IN
 * edges; each row is turned into columns at once and not kept, so a 1M-node graph's rows are never all in memory
 * as objects. An edge's ends are held as numbers until the entities are read: only those an edge touches are kept.
 */
export class SnapshotBuilder {
  private readonly nodes: OwnershipSnapshot["nodes"] = { id: [], name: [], kind: [], type: [], country: [], stateLinked: [], code: [] };
  /** Node position by id, for countries and the entities kept. */
  private readonly position = new Map<string, number>();
  /** Every id an OWNS edge names, numbered in the order first met. */
  private readonly touched = new Map<string, number>();
  private readonly edgeFrom = new NumberColumn((n) => new Int32Array(n));
  private readonly edgeTo = new NumberColumn((n) => new Int32Array(n));
  private readonly edgeColumns = new Map<string, Cell[]>(OWNS_COLUMNS.filter((c) => !OWNS_NUMBER_COLUMNS.has(c)).map((c) => [c, []]));
  /** Number columns with NaN for a null cell (the schema's numbers are never NaN: zod refuses it). */
  private readonly edgeNumbers = new Map<string, NumberColumn>([...OWNS_NUMBER_COLUMNS].map((c) => [c, new NumberColumn((n) => new Float64Array(n))]));
  private readonly places: OwnershipSnapshot["located"] = { from: [], to: [], review: [] };

  private add(id: string, name: unknown, kind: string, type: unknown, country: unknown, stateLinked: unknown, code: unknown): void {
    const { nodes } = this;
    this.position.set(id, nodes.id.length);
    nodes.id.push(id);
    nodes.name.push(text(name) ?? id);
    nodes.kind.push(this.shared(kind) as string);
    nodes.type.push(this.shared(text(type)) as string | null);
    nodes.country.push(this.shared(text(country)) as string | null);
    nodes.stateLinked.push(typeof stateLinked === "boolean" ? stateLinked : null);
    nodes.code.push(text(code));
  }

  private numbered(id: string): number {
    let n = this.touched.get(id);
    if (n === undefined) {
      n = this.touched.size;
      this.touched.set(id, n);
    }
    return n;
  }

  readonly country = (c: Row): void => this.add(String(c.id), c.name, "Country", null, null, null, c.code);

  /** One string per distinct text cell: each row read brings its own copy of "reported" (1.1M of them at 1M nodes). */
  private readonly texts = new Map<string, string>();

  private shared(cell: Cell): Cell {
    if (typeof cell !== "string" || cell.length > 24) return cell;
    let one = this.texts.get(cell);
    if (one === undefined) {
      // Notes and other cells of their own would only fill the map.
      if (this.texts.size >= 4096) return cell;
      this.texts.set(cell, (one = cell));
    }
    return one;
  }

  readonly owns = (r: Row): void => {
    this.edgeFrom.push(this.numbered(String(r.fromId)));
    this.edgeTo.push(this.numbered(String(r.toId)));
    for (const [column, cells] of this.edgeColumns) {
      const cell = (r[column] as Cell | undefined) ?? null;
      cells.push(column === "id" ? cell : this.shared(cell));
    }
    for (const [column, numbers] of this.edgeNumbers) {
      const cell = r[column];
      numbers.push(typeof cell === "number" ? cell : Number.NaN);
    }
  };

  readonly entity = (e: Row): void => {
    const id = String(e.id);
    if (this.touched.has(id) && !this.position.has(id)) this.add(id, e.name, String(e.kind), e.type, e.country, e.stateLinked, null);
  };

  readonly located = (l: Row): void => {
    const from = this.position.get(String(l.fromId));
    const to = this.position.get(String(l.toId));
    if (from === undefined || to === undefined) return;
    this.places.from.push(from);
    this.places.to.push(to);
    this.places.review.push(text(l.review));
  };

  /** The snapshot; edges whose ends were never read as entities or countries are left out. */
  /**
   * The snapshot; edges whose ends were never read as entities or countries are left out. The builder's maps by
   * id are emptied on the way: at 1M nodes they held ~2M ids beside the finished columns while the file was written.
   */
  finish(stamp: string): OwnershipSnapshot {
    const at = new Int32Array(this.touched.size).fill(-1);
    for (const [id, n] of this.touched) at[n] = this.position.get(id) ?? -1;
    this.touched.clear();
    this.position.clear();
    this.texts.clear();
    const { edgeFrom, edgeTo } = this;
    const kept: number[] = [];
    for (let i = 0; i < edgeFrom.length; i++) if (at[edgeFrom.get(i)]! >= 0 && at[edgeTo.get(i)]! >= 0) kept.push(i);
    // Usually every edge is kept: then the columns are the ones filled, not copies (1.1M cells each at 1M nodes).
    const keep = <T>(cells: T[]): T[] => (kept.length === cells.length ? cells : kept.map((i) => cells[i]!));
    const edges = { from: kept.map((i) => at[edgeFrom.get(i)]!), to: kept.map((i) => at[edgeTo.get(i)]!) } as unknown as OwnershipSnapshot["owns"];
    edgeFrom.clear();
    edgeTo.clear();
    // In the file's column order (OWNS_COLUMNS): the text must not depend on where a column was kept.
    for (const column of OWNS_COLUMNS) {
      const numbers = this.edgeNumbers.get(column);
      if (numbers) {
        edges[column] = kept.map((i) => {
          const value = numbers.get(i);
          return Number.isNaN(value) ? null : value;
        });
        numbers.clear();
      } else edges[column] = keep(this.edgeColumns.get(column)!);
    }
    return { format: SNAPSHOT_FORMAT, stamp, nodes: this.nodes, owns: edges, located: this.places };
  }
}

/** A review's new state for one fact: OWNS edges by id, LOCATED_IN edges by their two ends' ids. */
export interface ReviewedEdge {
  type: string;
  id: string;
  fromId: string;
  toId: string;
  state: string;
}

/**
 * The snapshot as a rebuild after a review would make it: a review changes only the `review` of the facts it
 * names, which the snapshot holds for OWNS edges (by id) and LOCATED_IN edges to countries (by their ends). Other
 * facts do not reach the snapshot, so only its stamp changes for them. Undefined when the patch cannot be sure
 * (two LOCATED_IN edges between the same pair): the snapshot is then left stale and rebuilt by the next load.
 * Changes the snapshot it is given (a copy of 1M edges costs seconds; callers pass one just read from disk).
 */
export function withReviews(snapshot: OwnershipSnapshot, stamp: string, reviewed: readonly ReviewedEdge[]): OwnershipSnapshot | undefined {
  const ownsState = new Map(reviewed.filter((r) => r.type === "OWNS").map((r) => [r.id, r.state]));
  const ids = snapshot.owns.id as Cell[];
  const review = snapshot.owns.review as Cell[];
  for (let i = 0; i < ids.length && ownsState.size > 0; i++) {
    const state = ownsState.get(String(ids[i]));
    if (state !== undefined) review[i] = state;
  }
  const places = reviewed.filter((r) => r.type === "LOCATED_IN");
  if (places.length > 0) {
    const { located } = snapshot;
    const position = new Map(snapshot.nodes.id.map((id, i) => [id, i]));
    for (const edge of places) {
      const from = position.get(edge.fromId);
      const to = position.get(edge.toId);
      if (from === undefined || to === undefined) continue;
      const at = located.from.flatMap((f, i) => (f === from && located.to[i] === to ? [i] : []));
      if (at.length > 1) return undefined;
      if (at.length === 1) located.review[at[0]!] = edge.state;
    }
  }
  snapshot.stamp = stamp;
  return snapshot;
}

/**
 * Written beside the database, whole or not at all (a rename), so a reader never sees half a file. Written a
 * column at a time: the text is the same as JSON.stringify(snapshot), which at 1M nodes is a 180 MB string held
 * beside the columns it was made from.
 */
export async function writeSnapshot(databasePath: string, snapshot: OwnershipSnapshot): Promise<void> {
  const path = snapshotPath(databasePath);
  const partial = `${path}.${process.pid}.partial`;
  const file = await open(partial, "w");
  try {
    for (const part of snapshotText(snapshot)) await file.write(part);
  } finally {
    await file.close();
  }
  await rename(partial, path);
}

/** The snapshot's JSON text in parts, a column per part, in JSON.stringify's key order. */
export function* snapshotText(snapshot: OwnershipSnapshot): Generator<string> {
  const { format, stamp, nodes, owns, located } = snapshot;
  yield `{"format":${JSON.stringify(format)},"stamp":${JSON.stringify(stamp)}`;
  for (const [name, columns] of [["nodes", nodes], ["owns", owns], ["located", located]] as const) {
    let first = true;
    for (const [column, cells] of Object.entries(columns)) {
      yield `${first ? `,${JSON.stringify(name)}:{` : ","}${JSON.stringify(column)}:${JSON.stringify(cells)}`;
      first = false;
    }
    yield first ? `,${JSON.stringify(name)}:{}` : "}";
  }
  yield "}";
}

/** The stamp the snapshot beside the database was built from, or undefined when there is none (cheap: reads the head). */
export async function snapshotStamp(databasePath: string): Promise<string | undefined> {
  const path = snapshotPath(databasePath);
  if (!(await stat(path).catch(() => undefined))) return undefined;
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(512), position: 0 });
    return /"stamp":"((?:[^"\\]|\\.)*)"/.exec(buffer.subarray(0, bytesRead).toString("utf8"))?.[1];
  } finally {
    await handle.close();
  }
}

/**
 * The shape checked column by column (every column an array of the node or edge count) rather than value by
 * value: zod over millions of cells would cost seconds on every load of the file.
 */
function isSnapshot(value: unknown): value is OwnershipSnapshot {
  const head = snapshotHead.safeParse(value);
  if (!head.success) return false;
  const { nodes, owns, located } = value as OwnershipSnapshot;
  const sameLength = (columns: Record<string, unknown>, length: number) => Object.values(columns).every((c) => Array.isArray(c) && c.length === length);
  return sameLength(nodes, nodes.id.length) && sameLength(owns, owns.from.length) && OWNS_COLUMNS.every((c) => Array.isArray(owns[c])) && sameLength(located, located.from.length);
}

/** The snapshot beside the database, checked; undefined when there is none. */
export async function readSnapshot(databasePath: string): Promise<OwnershipSnapshot | undefined> {
  const raw = await readFile(snapshotPath(databasePath), "utf8").catch(() => undefined);
  if (raw === undefined) return undefined;
  const value: unknown = JSON.parse(raw);
  return isSnapshot(value) ? value : undefined;
}
