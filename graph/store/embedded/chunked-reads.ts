import type { Run } from "./ownership-snapshot.js";

type Row = Record<string, unknown>;

/**
 * How many nodes of the anchoring table one read covers. LadybugDB materialises a whole result natively before
 * the first row reaches JavaScript, so reading the 1.1M OWNS edges of a 1M-node graph in one statement held
 * about 3 GB at once. A slice of 100,000 anchors still held ~0.12 GB more than one of 10,000 (the derived builds
 * alone on the 100k world: 490 against 367 MB peak). Statements that join (OWNS edges with their far ends) keep
 * 10,000: at 25,000 the OWNS read of the 1M world ran the derived builds' 128 MB pool out ("the buffer pool is
 * full").
 */
export const ANCHORS_PER_READ = 10_000;

/**
 * Anchors per read of a node table alone (`WITH n` after the filter): nothing is joined, and each slice rescans
 * the table's offsets, so fewer, larger slices cost less.
 */
export const NODE_ANCHORS_PER_READ = 25_000;

/**
 * The filter a sliced statement carries, on its anchoring node `n`. A read of the node table alone follows it with
 * `WITH n`: without it LadybugDB's scan reads the returned columns of every node of the table before filtering
 * (1,000 Actors of the 100k world: 24 against 15 CPU ms a slice).
 */
export const SLICE_FILTER = "offset(id(n)) >= $from AND offset(id(n)) < $to";

/**
 * Runs `cypher` once per slice of the `label` table's node offsets and hands each row to `onRow`, so no more than
 * one slice's rows are held at a time. The statement must bind the anchoring node as `n` and filter it
 * with SLICE_FILTER; the label comes from the schema, never from input. Slices are
 * read in offset order; within one, rows come in the statement's order (give it an ORDER BY where order matters:
 * LadybugDB's parallel scans do not keep one).
 */
export async function forEachRowBySlice(run: Run, label: string, cypher: string, onRow: (row: Row) => void, params: Row = {}, anchorsPerRead = ANCHORS_PER_READ): Promise<number> {
  if (!cypher.includes(SLICE_FILTER)) throw new Error(`forEachRowBySlice: the statement must filter offset(id(n)) on $from and $to: ${cypher}`);
  const [last] = await run(`MATCH (n:${label}) RETURN max(offset(id(n))) AS last`);
  const end = last?.last === null || last?.last === undefined ? -1 : Number(last.last);
  let rows = 0;
  for (let from = 0; from <= end; from += anchorsPerRead) {
    for (const row of await run(cypher, { ...params, from, to: from + anchorsPerRead })) {
      onRow(row);
      rows += 1;
    }
  }
  return rows;
}
