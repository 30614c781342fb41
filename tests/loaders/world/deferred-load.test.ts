import { readFile, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateWorld, type GeneratedWorld } from "../../../bench/world/generate-world.js";
import { EmbeddedStore, NODE_KINDS, RELATIONSHIP_TYPES } from "../../../graph/index.js";
import { loadPaths, type LoadSummary } from "../../../loaders/index.js";

async function snapshot(store: EmbeddedStore): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes: string[] = [];
  for (const kind of NODE_KINDS) {
    const result = await store.read(`MATCH (n:${kind}) RETURN n`, {}, { rowLimit: 1_000_000 });
    for (const row of result.rows) nodes.push(JSON.stringify(row.n));
  }
  const relationships: string[] = [];
  for (const type of [...RELATIONSHIP_TYPES, "SUPPORTS", "CITES"]) {
    const result = await store.read(`MATCH (a)-[r:${type}]->(b) RETURN a.id AS a, b.id AS b, r AS r`, {}, { rowLimit: 1_000_000 });
    for (const row of result.rows) relationships.push(JSON.stringify([row.a, row.b, row.r]));
  }
  return { nodes: nodes.sort(), relationships: relationships.sort() };
}

const counts = (summary: LoadSummary) => [summary.nodesCreated, summary.nodesUpdated, summary.relationshipsCreated, summary.relationshipsUnchanged, summary.evidenceCreated];

/**
 * Issue 15: a load into an empty graph is staged per table and copied once at its end; rows it states again in
 * later batches are merged after the COPY. It must give exactly the graph the batch-by-batch path gives (a load
 * into a graph that already holds something), restatements included.
 */
describe("a load staged per table into an empty graph", () => {
  let dir: string;
  let world: GeneratedWorld;
  let staged: EmbeddedStore;
  let written: EmbeddedStore;
  let stagedLoad: LoadSummary;
  let writtenLoad: LoadSummary;
  const SENTINEL = "country:zz-sentinel";

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ytterby-deferred-"));
    world = await generateWorld(1_500, { seed: 12, dir: join(dir, "world") });
    // Restatements in files read after the originals, so they arrive in later batches: assets with one more
    // commodity (lists are merged) and stakes with another source (same claim, new evidence).
    const assets = (await readFile(join(world.load, "assets.nodes.csv"), "utf8")).split("\n");
    const owners = (await readFile(join(world.load, "asset-owners.edges.csv"), "utf8")).split("\n");
    await writeFile(join(world.load, "zz-restated.nodes.csv"), [assets[0], ...assets.slice(1, 41).map((line) => line.replace(/,([A-Za-z;]+),https/, ",$1;Zr,https"))].join("\n") + "\n");
    await writeFile(join(world.load, "zz-restated-owners.edges.csv"), [owners[0], ...owners.slice(1, 41).map((line) => line.replace("https://example.org/", "https://example.org/again/"))].join("\n") + "\n");
    staged = await EmbeddedStore.open(join(dir, "staged", "graph.lbug"));
    written = await EmbeddedStore.open(join(dir, "written", "graph.lbug"));
    // Not empty: this load is written batch by batch, its existence checks asked of the database.
    await written.upsert({ nodes: [{ id: SENTINEL, name: "Sentinel", code: "ZZ" }] });
    stagedLoad = await loadPaths(staged, [world.load], { batchRecords: 300 });
    writtenLoad = await loadPaths(written, [world.load], { batchRecords: 300 });
  });

  afterAll(async () => {
    await staged?.close();
    await written?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the same graph, counts and all, as the batch-by-batch path, restatements merged", async () => {
    expect(stagedLoad.issues).toEqual([]);
    expect(writtenLoad.issues).toEqual([]);
    expect(counts(stagedLoad)).toEqual(counts(writtenLoad));
    expect(stagedLoad.nodesUpdated).toBeGreaterThanOrEqual(20);
    expect(stagedLoad.relationshipsUnchanged).toBeGreaterThanOrEqual(40);
    const [a, b] = [await snapshot(staged), await snapshot(written)];
    b.nodes = b.nodes.filter((node) => !node.includes(SENTINEL));
    expect(a.nodes.length).toBe(b.nodes.length);
    expect(a).toEqual(b);
    expect(a.nodes.some((node) => node.includes("asset:world-1\"") && node.includes("Zr"))).toBe(true);
    const stats = await staged.stats();
    expect(stats.nodes).toMatchObject(world.answers.nodes);
    expect(stats.incompleteLoad).toBeUndefined();
  });

  it("keeps any text through the staged CSV: empty, quotes, separators, edge spaces, backslashes, NULL", async () => {
    const texts = ["NULL", "null", " lead", "trail ", "a\\b", "\\", '"', 'say "x", then', "a,b", "[1, 2]", "{x}", "line\nbreak", "cr\rhere", "tab\tin", "é ü 漢字"];
    const nodes = texts.map((text, i) => ({ id: `actor:text-${i}`, name: `Text ${i}`, type: "company", description: text, aliases: [text.trim() || "x", `alias ${i}`] }));
    const session = await EmbeddedStore.open(join(dir, "texts-staged", "graph.lbug"));
    const direct = await EmbeddedStore.open(join(dir, "texts-direct", "graph.lbug"));
    try {
      await session.upsertAll([{ source: "texts", nodes }], { loadSession: "texts", onInvalid: "skip" });
      const end = await session.upsertAll([], { loadSession: "texts", onInvalid: "skip", endLoadSession: true });
      expect(end.nodesCreated).toBe(texts.length);
      await direct.upsert({ nodes }, { onInvalid: "skip" });
      const read = async (store: EmbeddedStore) => (await store.getNodes(nodes.map((n) => n.id))).map((n) => [n.id, n.properties.description, n.properties.aliases]).sort();
      const stored = await read(session);
      expect(stored).toEqual(await read(direct));
      expect(stored.map(([, description]) => description).sort()).toEqual([...texts].sort());
    } finally {
      await session.close();
      await direct.close();
    }
  });

  it("skips a file on re-load by its size and time, and hashes it when they differ", async () => {
    const folder = join(dir, "small");
    const file = join(folder, "one.nodes.csv");
    await rm(folder, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(folder, { recursive: true }));
    await writeFile(file, "kind,id,name,type,country,source_url\nAsset,asset:small-1,Small Mine,mine,GB,https://example.org/small/1\n");
    const first = await loadPaths(staged, [folder]);
    expect(first.nodesCreated).toBe(1);
    // Same size and time, other bytes: taken as unchanged without reading (the documented trade-off).
    const when = new Date("2026-01-02T03:04:05Z");
    await utimes(file, when, when);
    const touched = await loadPaths(staged, [folder]);
    expect(touched.files[0]?.unchanged).toBe(true);
    await writeFile(file, "kind,id,name,type,country,source_url\nAsset,asset:small-2,Other Pits,mine,GB,https://example.org/small/2\n");
    await utimes(file, when, when);
    expect((await loadPaths(staged, [folder])).files[0]?.unchanged).toBe(true);
    // Another time: hashed, and loaded since the bytes are new.
    await utimes(file, new Date(), new Date());
    const changed = await loadPaths(staged, [folder]);
    expect(changed.files[0]?.unchanged).toBeFalsy();
    expect(changed, JSON.stringify(changed)).toMatchObject({ nodesCreated: 1 });
    // Bytes loaded before under a new time: hashed, found in the ledger, unchanged.
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    const again = await loadPaths(staged, [folder]);
    expect(again.files[0]?.unchanged).toBe(true);
    expect(again.nodesCreated).toBe(0);
  });
});
