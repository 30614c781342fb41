import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateWorld, type GeneratedWorld } from "../../../bench/world/generate-world.js";
import { EmbeddedStore } from "../../../graph/index.js";
import { loadPaths, type LoadSummary } from "../../../loaders/index.js";
import { loadCatalogue, runInvestigation } from "../../../queries/index.js";

/**
 * Issue 15: a generated world (2k nodes, every format the generator writes) loaded through the real load path
 * must hold exactly what the generator says it wrote, and ultimate-owners must find the effective stakes the
 * generator computed from its own ownership forests.
 */
describe("a generated world", () => {
  let dir: string;
  let world: GeneratedWorld;
  let store: EmbeddedStore;
  let first: LoadSummary;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ytterby-world-"));
    world = await generateWorld(2_000, { seed: 7, dir: join(dir, "world") });
    store = await EmbeddedStore.open(join(dir, "graph.lbug"));
    first = await loadPaths(store, [world.load]);
  });

  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("loads every file without an issue, to the counts the generator wrote", async () => {
    expect(first.issues).toEqual([]);
    expect(first.files.map((f) => [f.path.split("/").pop(), f.loader, f.ok])).toEqual([
      ["actors.ftm.jsonl", "ftm", true],
      ["asset-locations.edges.csv", "bulk", true],
      ["asset-owners.edges.csv", "bulk", true],
      ["asset-production.edges.csv", "bulk", true],
      ["assets.nodes.csv", "bulk", true],
      ["countries.yaml", "reference", true],
      ["elements.yaml", "reference", true],
      ["usgs-mcs.csv", "usgs-mcs", true],
    ]);
    const stats = await store.stats();
    expect(stats.nodes).toMatchObject(world.answers.nodes);
    expect(stats.relationships).toMatchObject(world.answers.relationships);
    expect(first.nodesCreated).toBe(Object.values(world.answers.nodes).reduce((a, b) => a + b, 0));
  });

  it("answers ultimate-owners with the effective stakes the generator computed", async () => {
    const investigation = (await loadCatalogue()).get("ultimate-owners");
    expect(world.answers.ultimateOwners.length).toBeGreaterThan(1);
    expect(world.answers.ultimateOwners[0]?.longestChain).toBeGreaterThanOrEqual(5);
    for (const expected of world.answers.ultimateOwners) {
      const result = await runInvestigation(store, investigation, { asset: expected.assetId });
      const found = new Map(result.rows.filter((row) => row.ownerId).map((row) => [row.ownerId, row]));
      expect([...found.keys()].sort(), expected.assetId).toEqual(expected.owners.map((o) => o.ownerId).sort());
      for (const owner of expected.owners) {
        const row = found.get(owner.ownerId);
        expect(Number(row?.effectiveStake), `${owner.ownerName} in ${expected.assetName}`).toBeCloseTo(owner.effectiveStake, 3);
        expect(row?.ultimate, `${owner.ownerName} ultimate`).toBe(owner.ultimate);
      }
    }
  });

  it("reports every file unchanged on a second load and writes nothing", async () => {
    const second = await loadPaths(store, [world.load]);
    expect(second.files.every((f) => f.ok && f.unchanged)).toBe(true);
    expect([second.nodesCreated, second.relationshipsCreated, second.evidenceCreated, second.issues.length]).toEqual([0, 0, 0, 0]);
    const forced = await loadPaths(store, [world.load], { force: true });
    expect(forced.files.some((f) => f.unchanged)).toBe(false);
    expect([forced.nodesCreated, forced.relationshipsCreated, forced.evidenceCreated]).toEqual([0, 0, 0]);
    expect((await store.stats()).relationships).toMatchObject(world.answers.relationships);
  });
});
