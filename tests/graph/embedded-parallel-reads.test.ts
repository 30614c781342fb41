// LadybugDB 0.19 crashed the whole process now and then when several of its threads finalised a DISTINCT
// aggregate (dependency-paths, chokepoints, policy-exposure). The server answers requests side by side, so
// this runs the investigations that use one, side by side, over the repository's data, many times: with
// multi-threaded reads the worker died within a few rounds.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, type GraphStore } from "../../graph/index.js";
import { loadPaths } from "../../loaders/index.js";
import { loadCatalogue, runInvestigation, type Catalogue } from "../../queries/index.js";

const REPO = resolve(import.meta.dirname, "../..");
const ROUNDS = 25;
const dir = mkdtempSync(join(tmpdir(), "ytterby-parallel-"));
let store: GraphStore;
let catalogue: Catalogue;

beforeAll(async () => {
  store = await EmbeddedStore.open(join(dir, "graph.lbug"));
  const seeds = resolve(REPO, "../shared/seeds");
  const paths = ["data/reference", "data/usgs-mcs2026", "data/samples"].map((p) => join(REPO, p));
  await loadPaths(store, existsSync(seeds) ? [...paths, seeds] : paths);
  catalogue = await loadCatalogue();
}, 120_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("embedded store under side-by-side reads", () => {
  it("answers investigations with DISTINCT aggregates run together, round after round", async () => {
    const runs = [
      ["dependency-paths", { country: "Russia", element: "Dysprosium", k: 5 }],
      ["chokepoints", { country: "Russia", element: "Dysprosium" }],
      ["actor-holdings", { actor: "Rosatom", threshold: 0, includeUnknown: true, maxDepth: 8 }],
      ["policy-exposure", { policy: "policy:cn-2023-gallium-germanium-export-control" }],
    ] as const;
    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.all(runs.map(([id, params]) => runInvestigation(store, catalogue.get(id), params)));
      expect(results.map((r) => r.rows.length > 0)).toEqual([true, true, true, true]);
    }
  }, 300_000);
});
