import { nameIndexStamp, writeNameIndex } from "../../names/name-index-file.js";
import { NameIndexBuilder } from "../../names/name-index.js";
import { currentDataStamp, type Run } from "./ownership-snapshot.js";
import { ENTITY_KINDS } from "../../schema/index.js";
import { NODE_ANCHORS_PER_READ, SLICE_FILTER, forEachRowBySlice } from "./chunked-reads.js";

export interface NameIndexRefresh {
  /** False when the file already matched the data (or the data has no stamp yet): nothing was read or written. */
  built: boolean;
  entities: number;
  bytes: number;
  ms: number;
}

/**
 * Reads every entity's id, name and aliases and writes the name index beside the database (graph/names/), stamped
 * with the data stamp it was read at. Skipped when the file already carries the current stamp, so a re-load that
 * changed nothing costs two small reads. Runs after the ownership snapshot, which stamps a database that has none.
 */
export async function refreshNameIndex(databasePath: string, run: Run): Promise<NameIndexRefresh> {
  const started = performance.now();
  const stamp = await currentDataStamp(run);
  if (stamp === undefined || (await nameIndexStamp(databasePath)) === stamp) return { built: false, entities: 0, bytes: 0, ms: performance.now() - started };
  const builder = new NameIndexBuilder();
  let entities = 0;
  // The label comes from the schema's list, never from input.
  for (const kind of ENTITY_KINDS) {
    // A slice of the table at a time: a 1M-node graph's names in one result are held natively all at once.
    entities += await forEachRowBySlice(run, kind, `MATCH (n:${kind}) WHERE ${SLICE_FILTER} WITH n RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY offset(id(n))`, (row) => {
      builder.add({ id: String(row.id), kind, name: String(row.name ?? row.id), aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [] });
    }, {}, NODE_ANCHORS_PER_READ);
  }
  const bytes = await writeNameIndex(databasePath, stamp, builder.finish());
  return { built: true, entities, bytes, ms: performance.now() - started };
}
