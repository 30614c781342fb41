import { mkdtempSync, rmSync, truncateSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_STAMP_KEY, DATA_STAMP_QUERY, EmbeddedStore, nameIndexPath, nameIndexStamp, readNameIndex } from "../../graph/index.js";
import { EntityIndex, entityCandidates, entityIndexFor, invalidateEntityIndex, loadCatalogue, runInvestigation, type Catalogue } from "../../queries/index.js";
import { FIXTURE } from "./fixture.js";

/**
 * The name index a load writes beside the embedded database (graph/names/): read back, it ranks and resolves
 * exactly as the index built from the store's names; it is used only while its data stamp is the database's,
 * so a write since (a new entity, a staged load into an empty graph) is never answered from it.
 */
const dir = mkdtempSync(join(tmpdir(), "ytterby-name-index-"));
const path = join(dir, "graph.lbug");
let store: EmbeddedStore;
let catalogue: Catalogue;

const stampOf = async (s: EmbeddedStore) => String((await s.read(DATA_STAMP_QUERY, { key: DATA_STAMP_KEY })).rows[0]?.value);

beforeAll(async () => {
  store = await EmbeddedStore.open(path);
  await store.upsert(FIXTURE);
  catalogue = await loadCatalogue();
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUERIES = ["Rosatom", "rosatm", "Росатом", "镝", "atlas mining", "Atlas", "Lovozro", "Ловозерский", "gok", "rare earths", "chin", "dy", "xyzzy", "mining china"];

describe("the name index file", () => {
  it("is written at a load's end with the data stamp and ranks as the index built from the store", async () => {
    const refreshed = await store.refreshDerived();
    expect(refreshed.names).toMatchObject({ built: true, entities: expect.any(Number) });
    expect(await nameIndexStamp(path)).toBe(await stampOf(store));
    const fromFile = await readNameIndex(path, await stampOf(store));
    expect(fromFile).toBeDefined();
    const filed = EntityIndex.fromFile(fromFile!);
    const built = EntityIndex.of(await entityCandidates(store, ["Actor", "Asset", "Element", "Country", "Region", "Policy", "Document"]));
    expect(filed.size).toBe(built.size);
    for (const query of QUERIES) {
      expect(filed.rank(query, 10), query).toEqual(built.rank(query, 10));
      expect(filed.exact(query), query).toEqual(built.exact(query));
      expect(filed.rank(query, 10, ["Asset"]), query).toEqual(built.rank(query, 10, ["Asset"]));
    }
    expect(filed.exact("actor:atlas-ca").map((m) => m.id)).toEqual(["actor:atlas-ca"]);
    expect(filed.rank("rosatm", 3)[0]?.id).toBe("actor:rosatom");
    expect((await store.refreshDerived()).names?.built).toBe(false);
  });

  it("answers searches and names while current; an ambiguous name is listed, not an error", async () => {
    invalidateEntityIndex(store);
    expect((await entityIndexFor(store)).builtFrom).toBe("index file");
    const result = await runInvestigation(store, catalogue.get("actor-holdings"), { actor: "atlas mining" });
    expect(result.choices?.candidates.map((c) => c.id)).toEqual(["actor:atlas-au", "actor:atlas-ca"]);
    const search = await runInvestigation(store, catalogue.get("entity-search"), { q: "Ловозерский", kind: "Asset" });
    expect(search.rows[0]?.id).toBe("asset:lovozero-gok");
  });

  it("is not used once the data changed, until the next load's end rebuilds it", async () => {
    await store.upsert({ source: "tests/queries/name-index.test.ts", nodes: [{ id: "actor:rosatom-overseas", name: "Rosatom Overseas", type: "company", country: "RU" }] });
    expect(await readNameIndex(path, await stampOf(store))).toBeUndefined();
    const found = await runInvestigation(store, catalogue.get("actor-holdings"), { actor: "Rosatom Overseas" });
    expect(found.entities.actor?.id).toBe("actor:rosatom-overseas");
    expect((await entityIndexFor(store)).builtFrom).toBe("names");
    await store.refreshDerived();
    invalidateEntityIndex(store);
    const index = await entityIndexFor(store);
    expect(index.builtFrom).toBe("index file");
    expect(index.exact("Rosatom Overseas").map((m) => m.id)).toEqual(["actor:rosatom-overseas"]);
  });

  it("stays current through a review of facts, which changes no name", async () => {
    const [fact] = (await store.read("MATCH ()-[r:OWNS]->() RETURN r.id AS id ORDER BY id LIMIT 1")).rows;
    const factId = String(fact?.id);
    const before = await stampOf(store);
    await store.recordReview({ id: "review:name-index", factId, evidenceIds: [], action: "reject", reviewer: "Ada", at: "2026-12-06T23:00:00.000Z", reason: "test" }, [{ factId, state: "rejected" }]);
    expect(await stampOf(store)).not.toBe(before);
    expect(await nameIndexStamp(path)).toBe(await stampOf(store));
    invalidateEntityIndex(store);
    const index = await entityIndexFor(store);
    expect(index.builtFrom).toBe("index file");
    expect(index.exact("Rosatom Overseas").map((m) => m.id)).toEqual(["actor:rosatom-overseas"]);
  });

  it("a file cut short is ignored, and the names are read from the store instead", async () => {
    const file = nameIndexPath(path);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    expect(await readNameIndex(path, await stampOf(store))).toBeUndefined();
    invalidateEntityIndex(store);
    const index = await entityIndexFor(store);
    expect(index.builtFrom).toBe("names");
    expect(index.exact("Lovozero GOK").map((m) => m.id)).toEqual(["asset:lovozero-gok"]);
  });

  it("a staged load into an empty graph makes what was derived from the empty graph stale", async () => {
    const other = await EmbeddedStore.open(join(dir, "staged.lbug"));
    try {
      await other.refreshDerived();
      const before = await stampOf(other);
      await other.upsertAll([FIXTURE], { loadSession: "staged", onInvalid: "skip" });
      await other.upsertAll([], { loadSession: "staged", onInvalid: "skip", endLoadSession: true });
      expect(await stampOf(other)).not.toBe(before);
      const index = await entityIndexFor(other);
      expect(index.builtFrom).toBe("names");
      expect(index.exact("Lovozero GOK").map((m) => m.id)).toEqual(["asset:lovozero-gok"]);
    } finally {
      await other.close();
    }
  });
});
