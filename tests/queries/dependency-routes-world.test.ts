import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { loadCatalogue, runInvestigation, type Catalogue } from "../../queries/index.js";
import { scaleGraph } from "../../bench/scale-graph.js";

// On the 10k synthetic world the earlier LadybugDB text lost every zero-length route (a country's own production
// and the producing assets located in it) and agreed with Neo4j on 10 of 35 country/element pairs; the routes
// the generator wrote must all be there.
describe("dependency routes on the 10k synthetic world", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-routes-"));
  const { batch } = scaleGraph(10_000);
  let store: EmbeddedStore;
  let catalogue: Catalogue;
  const relationships = batch.relationships ?? [];
  // A country that produces a non-rare-earth element itself, and the producing assets the generator placed in it.
  const isCritical = (id: string) => Number(id.replace("element:e", "")) > 12;
  const own = relationships.find((r) => r.type === "PRODUCES" && r.from.startsWith("country:") && isCritical(r.to));
  const country = own?.from ?? "";
  const element = own?.to ?? "";
  const located = new Set(relationships.filter((r) => r.type === "LOCATED_IN" && r.to === country).map((r) => r.from));
  const assets = relationships.filter((r) => r.type === "PRODUCES" && r.to === element && located.has(r.from)).map((r) => r.from);

  beforeAll(async () => {
    store = await EmbeddedStore.open(join(dir, "graph.lbug"));
    await store.upsert(batch);
    catalogue = await loadCatalogue();
  }, 120_000);
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists the country's own production and each producing asset in it as routes", async () => {
    expect(own).toBeDefined();
    const result = await runInvestigation(store, catalogue.get("dependency-paths"), { country, element, k: 50 });
    const routes = result.rows.flatMap((r) => r.viaIds as string[]);
    const names = new Map(batch.nodes?.map((n) => [n.id, n.name]));
    expect(result.rows.some((r) => r.hops === 1 && r.via === "" && (r.viaIds as string[]).length === 0 && r.route === `${names.get(country)} → ${names.get(element)}`)).toBe(true);
    for (const asset of assets) expect(routes).toContain(asset);
  });

  it("counts the same routes in chokepoints as dependency-paths lists", async () => {
    const paths = await runInvestigation(store, catalogue.get("dependency-paths"), { country, element, k: 50 });
    const cuts = await runInvestigation(store, catalogue.get("chokepoints"), { country, element });
    expect(paths.rows.length).toBeLessThan(50);
    expect(cuts.rows.every((r) => r.routes === paths.rows.length)).toBe(true);
  });
});
