import { randomUUID } from "node:crypto";
import { readFile, rename, stat, writeFile } from "node:fs/promises";
import { z } from "zod";
import { relationshipColumns } from "../schema/index.js";
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

type Row = Record<string, unknown>;
const text = (v: unknown) => (typeof v === "string" ? v : null);

/**
 * Builds the snapshot from rows read out of the database: OWNS edges (`fromId`, `toId` and the edge columns),
 * actors and assets (`id`, `name`, `kind`, `type`, `country`, `stateLinked`), countries (`id`, `name`, `code`) and
 * LOCATED_IN edges to countries (`fromId`, `toId`, `review`). Only entities an OWNS edge touches are kept, and
 * the countries.
 */
export function buildSnapshot(stamp: string, owns: Row[], entities: Row[], countries: Row[], located: Row[]): OwnershipSnapshot {
  const nodes: OwnershipSnapshot["nodes"] = { id: [], name: [], kind: [], type: [], country: [], stateLinked: [], code: [] };
  const position = new Map<string, number>();
  const add = (id: string, name: unknown, kind: string, type: unknown, country: unknown, stateLinked: unknown, code: unknown) => {
    position.set(id, nodes.id.length);
    nodes.id.push(id);
    nodes.name.push(text(name) ?? id);
    nodes.kind.push(kind);
    nodes.type.push(text(type));
    nodes.country.push(text(country));
    nodes.stateLinked.push(typeof stateLinked === "boolean" ? stateLinked : null);
    nodes.code.push(text(code));
  };
  for (const c of countries) add(String(c.id), c.name, "Country", null, null, null, c.code);
  const touched = new Set<string>();
  for (const r of owns) {
    touched.add(String(r.fromId));
    touched.add(String(r.toId));
  }
  for (const e of entities) if (touched.has(String(e.id)) && !position.has(String(e.id))) add(String(e.id), e.name, String(e.kind), e.type, e.country, e.stateLinked, null);
  const edges = { from: [], to: [] } as unknown as OwnershipSnapshot["owns"];
  for (const column of OWNS_COLUMNS) edges[column] = [];
  for (const r of owns) {
    const from = position.get(String(r.fromId));
    const to = position.get(String(r.toId));
    if (from === undefined || to === undefined) continue;
    edges.from.push(from);
    edges.to.push(to);
    for (const column of OWNS_COLUMNS) (edges[column] as Cell[]).push((r[column] as Cell | undefined) ?? null);
  }
  const places: OwnershipSnapshot["located"] = { from: [], to: [], review: [] };
  for (const l of located) {
    const from = position.get(String(l.fromId));
    const to = position.get(String(l.toId));
    if (from === undefined || to === undefined) continue;
    places.from.push(from);
    places.to.push(to);
    places.review.push(text(l.review));
  }
  return { format: SNAPSHOT_FORMAT, stamp, nodes, owns: edges, located: places };
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

/** Written beside the database, whole or not at all (a rename), so a reader never sees half a file. */
export async function writeSnapshot(databasePath: string, snapshot: OwnershipSnapshot): Promise<void> {
  const path = snapshotPath(databasePath);
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify(snapshot));
  await rename(partial, path);
}

/** The stamp the snapshot beside the database was built from, or undefined when there is none (cheap: reads the head). */
export async function snapshotStamp(databasePath: string): Promise<string | undefined> {
  const path = snapshotPath(databasePath);
  if (!(await stat(path).catch(() => undefined))) return undefined;
  const { open } = await import("node:fs/promises");
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
