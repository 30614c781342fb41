import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, readSnapshot, type OwnershipSnapshot } from "../../graph/index.js";
import { OWNS_COLUMNS, buildSnapshot, snapshotText } from "../../graph/ownership/snapshot.js";
import { forEachRowBySlice } from "../../graph/store/embedded/chunked-reads.js";
import { scaleGraph } from "../../bench/scale-graph.js";

/**
 * The ownership snapshot is built from the database a slice of each table at a time, row by row into columns,
 * and written a column at a time, so a 1M-node graph's rows are never all in memory. What it holds must be what
 * one read of each table gives: compared on the 10k-node scale graph with a state holder (a Country owns) added.
 */
const dir = mkdtempSync(join(tmpdir(), "ytterby-snapshot-build-"));
let store: EmbeddedStore;
const many = { rowLimit: 10_000_000 };

beforeAll(async () => {
  store = await EmbeddedStore.open(join(dir, "graph.lbug"));
  const world = scaleGraph(10_000).batch;
  await store.upsert(world);
  const country = (world.nodes ?? []).find((n) => n.id.startsWith("country:"))?.id;
  if (!country) throw new Error("the scale graph has no country");
  await store.upsert({ source: "tests/graph/ownership-snapshot-build.test.ts", relationships: [{ type: "OWNS", from: country, to: "actor:a5", properties: { share: 51 } }] });
  await store.refreshDerived();
}, 240_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The snapshot as sorted facts, so two builds that met the rows in another order compare equal. */
function facts(s: OwnershipSnapshot) {
  const node = (i: number) => [s.nodes.id[i], s.nodes.name[i], s.nodes.kind[i], s.nodes.type[i], s.nodes.country[i], s.nodes.stateLinked[i], s.nodes.code[i]];
  return {
    nodes: s.nodes.id.map((_, i) => JSON.stringify(node(i))).sort(),
    owns: s.owns.from.map((from, i) => JSON.stringify([s.nodes.id[from], s.nodes.id[s.owns.to[i]!], ...OWNS_COLUMNS.map((c) => s.owns[c]![i])])).sort(),
    located: s.located.from.map((from, i) => JSON.stringify([s.nodes.id[from], s.nodes.id[s.located.to[i]!], s.located.review[i]])).sort(),
  };
}

describe("the ownership snapshot built a slice at a time", () => {
  it("holds what one read of each table gives, the state holder's edge included", async () => {
    const built = await readSnapshot(store.location);
    if (!built) throw new Error("no snapshot after refreshDerived");
    const read = async (cypher: string) => (await store.read(cypher, {}, many)).rows;
    const edgeColumns = OWNS_COLUMNS.map((c) => `r.\`${c}\` AS \`${c}\``).join(", ");
    const whole = buildSnapshot(
      built.stamp,
      await read(`MATCH (a)-[r:OWNS]->(b) RETURN a.id AS fromId, b.id AS toId, ${edgeColumns}`),
      [
        ...(await read(`MATCH (n:Actor) RETURN n.id AS id, n.name AS name, 'Actor' AS kind, n.type AS type, n.country AS country, n.stateLinked AS stateLinked`)),
        ...(await read(`MATCH (n:Asset) RETURN n.id AS id, n.name AS name, 'Asset' AS kind, n.country AS country`)),
      ],
      await read(`MATCH (c:Country) RETURN c.id AS id, c.name AS name, c.code AS code`),
      await read(`MATCH (a)-[l:LOCATED_IN]->(c:Country) WHERE label(a) IN ['Actor', 'Asset'] RETURN a.id AS fromId, c.id AS toId, l.review AS review`),
    );
    expect(built.owns.from.length).toBeGreaterThan(5_000);
    expect(built.owns.from.some((f) => built.nodes.kind[f] === "Country")).toBe(true);
    expect(facts(built)).toEqual(facts(whole));
  });

  it("reads every row of a table once whatever the slice size, and refuses a statement without the slice filter", async () => {
    const all = (await store.read("MATCH (n:Actor)-[r:OWNS]->(b) RETURN r.id AS id", {}, many)).rows.map((r) => String(r.id)).sort();
    const run = async (cypher: string, params?: Record<string, unknown>) => (await store.read(cypher, params ?? {}, many)).rows;
    for (const size of [997, 4_000, 100_000]) {
      const sliced: string[] = [];
      await forEachRowBySlice(run, "Actor", "MATCH (n:Actor)-[r:OWNS]->(b) WHERE offset(id(n)) >= $from AND offset(id(n)) < $to RETURN r.id AS id", (r) => sliced.push(String(r.id)), {}, size);
      expect(sliced.sort()).toEqual(all);
    }
    await expect(forEachRowBySlice(run, "Actor", "MATCH (n:Actor) RETURN n.id AS id", () => undefined)).rejects.toThrow(/must filter/);
  });

  it("is written as the same text JSON.stringify gives, empty columns included", async () => {
    const built = await readSnapshot(store.location);
    if (!built) throw new Error("no snapshot after refreshDerived");
    expect([...snapshotText(built)].join("")).toBe(JSON.stringify(built));
    const empty = buildSnapshot("stamp \"quoted\"", [], [], [], []);
    expect([...snapshotText(empty)].join("")).toBe(JSON.stringify(empty));
    expect(JSON.parse([...snapshotText(empty)].join(""))).toEqual(empty);
  });
});
