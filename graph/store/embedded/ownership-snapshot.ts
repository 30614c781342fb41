import { DATA_STAMP_KEY, DATA_STAMP_QUERY, OWNS_COLUMNS, SnapshotBuilder, readSnapshot, snapshotStamp, withReviews, writeSnapshot, type ReviewedEdge } from "../../ownership/snapshot.js";
import { RELATIONSHIP_ENDPOINTS } from "../../schema/index.js";
import { NODE_ANCHORS_PER_READ, SLICE_FILTER, forEachRowBySlice } from "./chunked-reads.js";
import { META_TABLE } from "./ddl.js";

type Row = Record<string, unknown>;
/** Runs a statement on the store's connection (inside its exclusive section). */
export type Run = (cypher: string, params?: Row) => Promise<Row[]>;

export interface SnapshotRefresh {
  /** False when the snapshot already matched the data (nothing was read or written). */
  built: boolean;
  ownsEdges: number;
  ms: number;
}

const q = (name: string) => `\`${name}\``;

/**
 * Reads what the ownership investigations need out of the database (every OWNS edge with its endpoints' names and
 * ties, the countries, LOCATED_IN edges to countries) and writes the snapshot beside it, stamped with the data
 * stamp it was read at. Skipped when the snapshot already carries the current stamp, so a re-load that changed
 * nothing costs two small reads.
 */
export async function refreshOwnershipSnapshot(databasePath: string, run: Run): Promise<SnapshotRefresh> {
  const started = performance.now();
  let stamp = await currentDataStamp(run);
  if (stamp !== undefined && (await snapshotStamp(databasePath)) === stamp) return { built: false, ownsEdges: 0, ms: performance.now() - started };
  if (stamp === undefined) {
    // A database written before stamps existed: stamp it now, so the snapshot can say what it was built from.
    stamp = `initial ${new Date().toISOString()}`;
    await run(`MERGE (m:${META_TABLE} {key: $key}) SET m.value = $value`, { key: DATA_STAMP_KEY, value: stamp });
  }
  const edgeColumns = OWNS_COLUMNS.map((c) => `r.${q(c)} AS ${q(c)}`).join(", ");
  const builder = new SnapshotBuilder();
  // Countries first, then the edges, then the entities they touch: each row becomes columns as it arrives, and the
  // large tables are read a slice of anchors at a time (chunked-reads.ts), so neither the rows as objects nor the
  // native results of a 1M-node graph are all held at once. Endpoints by id only: their names and ties are read
  // once per node below, not once per edge (a third of the cost at 1M). Each read is ordered: LadybugDB's parallel
  // scans return rows in a different order from run to run, and a rebuild must give the file a review patched.
  for (const c of await run(`MATCH (c:Country) RETURN c.id AS id, c.name AS name, c.code AS code ORDER BY c.id`)) builder.country(c);
  let ownsEdges = 0;
  for (const holder of RELATIONSHIP_ENDPOINTS.OWNS.from) {
    ownsEdges += await forEachRowBySlice(run, holder, `MATCH (n:${holder})-[r:OWNS]->(b) WHERE ${SLICE_FILTER} RETURN n.id AS fromId, b.id AS toId, ${edgeColumns} ORDER BY offset(id(n)), r.id`, builder.owns);
  }
  await forEachRowBySlice(run, "Actor", `MATCH (n:Actor) WHERE ${SLICE_FILTER} WITH n RETURN n.id AS id, n.name AS name, 'Actor' AS kind, n.type AS type, n.country AS country, n.stateLinked AS stateLinked ORDER BY offset(id(n))`, builder.entity, {}, NODE_ANCHORS_PER_READ);
  await forEachRowBySlice(run, "Asset", `MATCH (n:Asset) WHERE ${SLICE_FILTER} WITH n RETURN n.id AS id, n.name AS name, 'Asset' AS kind, n.country AS country ORDER BY offset(id(n))`, builder.entity, {}, NODE_ANCHORS_PER_READ);
  for (const from of ["Asset", "Actor"]) {
    await forEachRowBySlice(run, from, `MATCH (n:${from})-[l:LOCATED_IN]->(c:Country) WHERE ${SLICE_FILTER} RETURN n.id AS fromId, c.id AS toId, l.review AS review ORDER BY offset(id(n)), c.id`, builder.located);
  }
  await writeSnapshot(databasePath, builder.finish(stamp));
  return { built: true, ownsEdges, ms: performance.now() - started };
}

/** The data stamp now (undefined for a database that has none yet). */
export async function currentDataStamp(run: Run): Promise<string | undefined> {
  const [stamp] = (await run(DATA_STAMP_QUERY, { key: DATA_STAMP_KEY })).map((r) => String(r.value));
  return stamp;
}

/**
 * After a review of a snapshot that was current: the review's states written into it under the new stamp, so the
 * ownership investigations keep answering from memory (the Cypher they fall back to took 28 s for the largest
 * owner of a 1M-node graph). A failure leaves the snapshot stale, which readers already handle by asking the
 * database; it is never written half (writeSnapshot renames a whole file).
 */
export async function applyReviewsToSnapshot(databasePath: string, stamp: string, reviewed: readonly ReviewedEdge[]): Promise<boolean> {
  const snapshot = await readSnapshot(databasePath).catch(() => undefined);
  const patched = snapshot && withReviews(snapshot, stamp, reviewed);
  if (!patched) return false;
  await writeSnapshot(databasePath, patched);
  return true;
}
