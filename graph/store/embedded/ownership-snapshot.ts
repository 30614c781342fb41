import { DATA_STAMP_KEY, DATA_STAMP_QUERY, OWNS_COLUMNS, buildSnapshot, snapshotStamp, writeSnapshot } from "../../ownership/snapshot.js";
import { META_TABLE } from "./ddl.js";

type Row = Record<string, unknown>;
type Run = (cypher: string, params?: Row) => Promise<Row[]>;

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
  let [stamp] = (await run(DATA_STAMP_QUERY, { key: DATA_STAMP_KEY })).map((r) => String(r.value));
  if (stamp !== undefined && (await snapshotStamp(databasePath)) === stamp) return { built: false, ownsEdges: 0, ms: performance.now() - started };
  if (stamp === undefined) {
    // A database written before stamps existed: stamp it now, so the snapshot can say what it was built from.
    stamp = `initial ${new Date().toISOString()}`;
    await run(`MERGE (m:${META_TABLE} {key: $key}) SET m.value = $value`, { key: DATA_STAMP_KEY, value: stamp });
  }
  const edgeColumns = OWNS_COLUMNS.map((c) => `r.${q(c)} AS ${q(c)}`).join(", ");
  const owns = await run(
    `MATCH (a)-[r:OWNS]->(b) RETURN a.id AS fromId, a.name AS fromName, label(a) AS fromKind, CASE WHEN label(a) = 'Actor' THEN a.type ELSE NULL END AS fromType, CASE WHEN label(a) = 'Country' THEN NULL ELSE a.country END AS fromCountry, CASE WHEN label(a) = 'Actor' THEN a.stateLinked ELSE NULL END AS fromStateLinked, b.id AS toId, b.name AS toName, label(b) AS toKind, CASE WHEN label(b) = 'Actor' THEN b.type ELSE NULL END AS toType, b.country AS toCountry, CASE WHEN label(b) = 'Actor' THEN b.stateLinked ELSE NULL END AS toStateLinked, ${edgeColumns}`,
  );
  const countries = await run(`MATCH (c:Country) RETURN c.id AS id, c.name AS name, c.code AS code`);
  const located = await run(`MATCH (a)-[l:LOCATED_IN]->(c:Country) RETURN a.id AS fromId, c.id AS toId, l.review AS review`);
  await writeSnapshot(databasePath, buildSnapshot(stamp, owns, countries, located));
  return { built: true, ownsEdges: owns.length, ms: performance.now() - started };
}
