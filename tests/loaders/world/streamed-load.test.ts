import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateWorld, type GeneratedWorld } from "../../../bench/world/generate-world.js";
import { EmbeddedStore, NODE_KINDS, RELATIONSHIP_TYPES } from "../../../graph/index.js";
import { loadPaths, type LoadSummary } from "../../../loaders/index.js";

/** Every node and relationship with its properties, sorted, so two databases can be compared whole. */
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

const counts = (summary: LoadSummary) => [summary.nodesCreated, summary.nodesUpdated, summary.relationshipsCreated, summary.evidenceCreated];

/**
 * Issue 15: a load writes in bounded batches (records streamed from FtM and bulk CSV in parts, relationships
 * spooled until every file's nodes are in). In batches of 300 records a 1,500-node world (about 20 writes)
 * must give exactly the graph one write gives, re-load to nothing new, and keep earlier data when a record
 * in the middle of a file is bad.
 */
describe("a load in bounded batches", () => {
  let dir: string;
  let world: GeneratedWorld;
  let whole: EmbeddedStore;
  let batched: EmbeddedStore;
  let wholeLoad: LoadSummary;
  let batchedLoad: LoadSummary;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ytterby-streamed-"));
    world = await generateWorld(1_500, { seed: 11, dir: join(dir, "world") });
    whole = await EmbeddedStore.open(join(dir, "whole", "graph.lbug"));
    batched = await EmbeddedStore.open(join(dir, "batched", "graph.lbug"));
    wholeLoad = await loadPaths(whole, [world.load], { batchRecords: Number.POSITIVE_INFINITY });
    batchedLoad = await loadPaths(batched, [world.load], { batchRecords: 300 });
  });

  afterAll(async () => {
    await whole?.close();
    await batched?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the same graph as one write, node for node and edge for edge", async () => {
    expect(batchedLoad.issues).toEqual([]);
    expect(wholeLoad.issues).toEqual([]);
    expect(counts(batchedLoad)).toEqual(counts(wholeLoad));
    expect(batchedLoad.relationshipsCreated).toBeGreaterThan(2_000);
    const [a, b] = [await snapshot(whole), await snapshot(batched)];
    expect(b.nodes.length).toBe(a.nodes.length);
    expect(b.relationships.length).toBe(a.relationships.length);
    expect(b).toEqual(a);
    const stats = await batched.stats();
    expect(stats.nodes).toMatchObject(world.answers.nodes);
    expect(stats.relationships).toMatchObject(world.answers.relationships);
    expect(stats.incompleteLoad).toBeUndefined();
  });

  it("re-loads the same files, read again in batches, without creating or changing anything", async () => {
    const before = await snapshot(batched);
    const again = await loadPaths(batched, [world.load], { batchRecords: 300, force: true });
    expect(again.issues).toEqual([]);
    expect(counts(again)).toEqual([0, 0, 0, 0]);
    expect(again.relationshipsUnchanged).toBe(batchedLoad.relationshipsCreated);
    expect(await snapshot(batched)).toEqual(before);
    const skipped = await loadPaths(batched, [world.load], { batchRecords: 300 });
    expect(skipped.files.every((f) => f.unchanged)).toBe(true);
  });

  it("reports a bad record in the middle of a file by file and line, loads the rest and keeps what was loaded", async () => {
    const before = await batched.stats();
    const extra = join(dir, "extra");
    const nodes = ["kind,id,name,type,country,source_url"];
    const owners = ["type,from,to,share:float,source_url"];
    for (let i = 1; i <= 1_000; i++) {
      nodes.push(`${i === 500 ? "Plant" : "Asset"},asset:extra-${i},Extra Mine ${i},mine,GB,https://example.org/extra/${i}`);
      owners.push(`OWNS,${i === 700 ? "actor:nobody" : world.answers.ultimateOwners[0]!.owners[0]!.ownerId},asset:extra-${i},${i % 100},https://example.org/extra/${i}`);
    }
    await rm(extra, { recursive: true, force: true });
    await mkdir(extra, { recursive: true });
    await writeFile(join(extra, "extra.nodes.csv"), `${nodes.join("\n")}\n`);
    await writeFile(join(extra, "extra-owners.edges.csv"), `${owners.join("\n")}\n`);

    const load = await loadPaths(batched, [extra], { batchRecords: 300 });
    const where = load.issues.map((issue) => [issue.where.replace(`${extra}/`, ""), issue.field]);
    expect(where).toContainEqual(["extra.nodes.csv line 501", "kind"]);
    expect(where).toContainEqual(["extra-owners.edges.csv", "reference"]);
    const missing = load.issues.filter((issue) => issue.field === "reference").map((issue) => /node "([^"]+)"/.exec(issue.message)?.[1]);
    expect(missing.sort()).toEqual(["actor:nobody", "asset:extra-500"]);
    expect(load.nodesCreated).toBe(999);
    // 1,000 stakes: one names an unknown owner, one an asset whose row was bad.
    expect(load.relationshipsCreated).toBe(998);

    const after = await batched.stats();
    expect(after.nodes.Actor).toBe(before.nodes.Actor);
    expect(after.nodes.Asset).toBe(before.nodes.Asset + 999);
    expect(after.relationships.OWNS).toBe((before.relationships.OWNS ?? 0) + 998);
    expect(after.relationships.LOCATED_IN).toBe(before.relationships.LOCATED_IN);
    expect(after.incompleteLoad).toBeUndefined();

    // Files with an issue stay out of the ledger: read again, they add nothing and report the same problems.
    const again = await loadPaths(batched, [extra], { batchRecords: 300 });
    expect(again.files.some((f) => f.unchanged)).toBe(false);
    expect(counts(again)).toEqual([0, 0, 0, 0]);
    expect(again.issues.length).toBe(load.issues.length);
  });
});
