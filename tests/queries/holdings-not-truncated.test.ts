import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, type GraphBatchInput } from "../../graph/index.js";
import { loadCatalogue, runInvestigation, type Catalogue } from "../../queries/index.js";

/**
 * A state corporation holding 60 companies that hold 100 mines each: 6,060 holdings by 6,060 chains, more
 * than the 5,000 rows an investigation read before, so a count cut at the read limit would show here.
 */
const COMPANIES = 60;
const MINES_EACH = 100;

function holdingTree(): GraphBatchInput {
  const nodes: NonNullable<GraphBatchInput["nodes"]> = [
    { id: "country:ru", name: "Russia", code: "RU" },
    { id: "country:kz", name: "Kazakhstan", code: "KZ" },
    { id: "actor:state-holding", name: "State Holding", type: "state_corporation", country: "RU", stateLinked: true },
  ];
  const relationships: NonNullable<GraphBatchInput["relationships"]> = [];
  for (let c = 0; c < COMPANIES; c++) {
    nodes.push({ id: `actor:sub-${c}`, name: `Subsidiary ${c}`, type: "company", country: "RU" });
    relationships.push({ type: "OWNS", from: "actor:state-holding", to: `actor:sub-${c}`, properties: { share: 100 } });
    for (let m = 0; m < MINES_EACH; m++) {
      const id = `asset:mine-${c}-${m}`;
      nodes.push({ id, name: `Mine ${c}-${m}`, type: "mine", country: "KZ" });
      relationships.push({ type: "OWNS", from: `actor:sub-${c}`, to: id, properties: { share: 60 } });
      relationships.push({ type: "LOCATED_IN", from: id, to: "country:kz" });
    }
  }
  return { source: "tests/queries/holdings-not-truncated.test.ts", nodes, relationships };
}

const dir = mkdtempSync(join(tmpdir(), "ytterby-holdings-"));
let store: EmbeddedStore;
let catalogue: Catalogue;

beforeAll(async () => {
  store = await EmbeddedStore.open(join(dir, "graph.lbug"));
  await store.upsert(holdingTree());
  catalogue = await loadCatalogue();
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("large answers are counted in full and paged openly", () => {
  it("actor-holdings counts every holding and says how many are not listed", async () => {
    const result = await runInvestigation(store, catalogue.get("actor-holdings"), { actor: "actor:state-holding" });
    expect(result.truncated).toBe(false);
    expect(result.summary).toContain(`holds stakes in ${COMPANIES} companies and ${(COMPANIES * MINES_EACH).toLocaleString("en")} assets`);
    expect(result.rows).toHaveLength(1_000);
    expect(result.summary).toContain(`The 1,000 largest holdings are listed; ${(COMPANIES + COMPANIES * MINES_EACH - 1_000).toLocaleString("en")} more.`);
    expect(result.rows[0]).toMatchObject({ effectiveStake: 100 });
  });

  it("state-control and foreign-stakes count every controlled asset", async () => {
    const state = await runInvestigation(store, catalogue.get("state-control"), { country: "country:ru" });
    expect(state.summary).toContain(`${(COMPANIES * MINES_EACH).toLocaleString("en")} assets are held by a government or state corporation at 50% or more`);
    const foreign = await runInvestigation(store, catalogue.get("foreign-stakes"), { ownerCountry: "country:ru", assetCountry: "country:kz" });
    // Each mine is held by its subsidiary directly and by the state holding through it: two stakes a mine.
    expect(foreign.summary).toContain(`hold ${(2 * COMPANIES * MINES_EACH).toLocaleString("en")} stakes in Kazakhstan`);
    expect(foreign.summary).toContain("more.");
  });

  it("a search names the entity by an index built once; a name loaded after it was built is found at once", async () => {
    const first = await runInvestigation(store, catalogue.get("entity-search"), { q: "Mine 59-99" });
    expect(first.rows[0]).toMatchObject({ id: "asset:mine-59-99" });
    await store.upsert({ source: "test", nodes: [{ id: "asset:late-mine", name: "Latecomer Mine", type: "mine" }] });
    // A name the index lacks makes it compare the store's counts at once and rebuild, rather than answer "not found".
    const byName = await runInvestigation(store, catalogue.get("ultimate-owners"), { asset: "Latecomer Mine" });
    expect(byName.entities.asset?.id).toBe("asset:late-mine");
    const later = await runInvestigation(store, catalogue.get("entity-search"), { q: "Latecomer" });
    expect(later.rows[0]).toMatchObject({ id: "asset:late-mine" });
  });
});
