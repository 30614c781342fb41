import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { loadCatalogue, runInvestigation, type Investigation, type InvestigationResult } from "../../queries/index.js";
import { scaleGraph } from "../../bench/scale-graph.js";

// dependency-paths' staged read ranks the routes as the dependency-routes step does and reads the located producer's
// path and the controllers only for the k routes shown; the rows past k carry ids, names and hops alone. What the
// user sees must be what the full staged read (chokepoints' read, every route in full) gives for the same k.
describe("dependency-paths reads producers and controllers only for the routes shown", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-shown-routes-"));
  const { batch } = scaleGraph(10_000);
  let store: EmbeddedStore;
  let shown: Investigation;
  let full: Investigation;

  beforeAll(async () => {
    store = await EmbeddedStore.open(join(dir, "graph.lbug"));
    await store.upsert(batch);
    shown = (await loadCatalogue()).get("dependency-paths");
    const ladybug = shown.cypher.ladybug;
    if (!ladybug?.staged) throw new Error("dependency-paths has no staged read");
    full = { ...shown, cypher: { ...shown.cypher, ladybug: { ...ladybug, staged: "dependency-routes" } } };
  }, 180_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const answer = (r: InvestigationResult) => ({
    rows: r.rows,
    summary: r.summary,
    nodes: r.graph.nodes.map((n) => n.id).sort(),
    edges: r.graph.edges.map((e) => `${e.id} ${e.source}->${e.target}`).sort(),
  });

  it("answers as the full read for k = 1, 3 and 50, controllers and producer paths included", async () => {
    expect(shown.cypher.ladybug?.staged).toBe("dependency-routes-shown");
    const countries = (batch.nodes ?? []).map((n) => n.id).filter((id) => id.startsWith("country:")).filter((_, i) => i % 25 === 0);
    let withControllers = 0;
    let cut = 0;
    for (const country of countries) {
      for (const element of ["element:e3", "element:e15", "element:ree"]) {
        for (const k of [1, 3, 50]) {
          const params = { country, element, k };
          const [a, b] = [await runInvestigation(store, shown, params), await runInvestigation(store, full, params)];
          expect(answer(a), JSON.stringify(params)).toEqual(answer(b));
          if (a.rows.some((r) => Array.isArray(r.controllers) && r.controllers.length > 0)) withControllers += 1;
          if (a.graph.edges.some((e) => e.type === "LOCATED_IN")) cut += a.rows.length === k ? 1 : 0;
        }
      }
    }
    // The cases must exercise what is read for the shown routes only.
    expect(withControllers).toBeGreaterThan(3);
    expect(cut).toBeGreaterThan(3);
  }, 600_000);
});
