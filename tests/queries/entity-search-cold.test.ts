import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, type GraphStore } from "../../graph/index.js";
import { entityIndexFor, investigationResultSchema, loadCatalogue, readyEntityIndex, runInvestigation, type Catalogue } from "../../queries/index.js";
import { FIXTURE } from "./fixture.js";

// Each store object has its own entity index, so a reopened store is cold: its first lookups come before any index exists.
const dir = mkdtempSync(join(tmpdir(), "ytterby-cold-search-"));
const path = join(dir, "graph.lbug");
let store: GraphStore;
let catalogue: Catalogue;

beforeAll(async () => {
  const loading = await EmbeddedStore.open(path);
  await loading.upsert(FIXTURE);
  await loading.close();
  catalogue = await loadCatalogue();
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function coldStore(): Promise<GraphStore> {
  await store?.close();
  store = await EmbeddedStore.open(path);
  return store;
}

const search = (q: string, kind = "any") => runInvestigation(store, catalogue.get("entity-search"), { q, kind, limit: 10 });

describe("entity search before and after the index is built", () => {
  it("answers the first search from the store, marked provisional, then from the index with typo tolerance", async () => {
    await coldStore();
    expect(readyEntityIndex(store)).toBeUndefined(); // starts the build in its worker thread
    const cold = investigationResultSchema.parse(await search("rosat"));
    expect(cold.provisional).toBe(true);
    expect(cold.summary).toContain("while the search index is built");
    expect(cold.rows[0]).toMatchObject({ id: "actor:rosatom", name: "Rosatom" });

    // An alias in another script, and a kind filter, from the store as well.
    const alias = await search("Россия", "Country");
    expect(alias.rows.map((r) => r.id)).toEqual(["country:ru"]);

    // A misspelling only the index's fuzzy matching finds: the store's substring match does not.
    expect((await search("rosatm")).rows.map((r) => r.id)).not.toContain("actor:rosatom");

    const index = await entityIndexFor(store);
    expect(readyEntityIndex(store)).toBe(index);
    const warm = await search("rosatm");
    expect(warm.provisional).toBeUndefined();
    expect(warm.rows[0]).toMatchObject({ id: "actor:rosatom" });
    expect((await search("rosat")).rows[0]).toMatchObject({ id: "actor:rosatom" });
  });

  it("resolves a parameter given by name before the index is ready, and lists an ambiguous name's entities", async () => {
    await coldStore();
    const ambiguous = await runInvestigation(store, catalogue.get("actor-holdings"), { actor: "atlas mining" });
    expect(ambiguous.choices?.candidates.map((c) => c.id)).toEqual(["actor:atlas-au", "actor:atlas-ca"]);

    await coldStore();
    const named = await runInvestigation(store, catalogue.get("actor-holdings"), { actor: "ROSATOM" });
    expect(named.entities.actor?.id).toBe("actor:rosatom");

    // A spelling variant the store's case-insensitive equality misses waits for the index, which normalises punctuation.
    await coldStore();
    const variant = await runInvestigation(store, catalogue.get("actor-holdings"), { actor: "fin proyekt" });
    expect(variant.entities.actor?.id).toBe("actor:fin-proyekt");
  });
});
