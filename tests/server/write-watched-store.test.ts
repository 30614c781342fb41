import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { entityIndexFor, invalidateEntityIndex, loadCatalogue, runInvestigation, type Catalogue } from "../../queries/index.js";
import { WriteWatchedStore } from "../../server/write-watched-store.js";
import { FIXTURE } from "../queries/fixture.js";

/**
 * The server reads through a wrapper that watches its writes; a writer past the server (a test, a script holding
 * the store) invalidates the entity index on the store it holds. The two must share one index: the server's first
 * search after such a write once answered from names read before it.
 */
const dir = mkdtempSync(join(tmpdir(), "ytterby-watched-"));
let store: EmbeddedStore;
let watched: WriteWatchedStore;
let catalogue: Catalogue;
let writes = 0;

beforeAll(async () => {
  store = await EmbeddedStore.open(join(dir, "graph.lbug"));
  await store.upsert(FIXTURE);
  watched = new WriteWatchedStore(store, () => writes++, () => undefined);
  catalogue = await loadCatalogue();
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const search = async (q: string) => (await runInvestigation(watched, catalogue.get("entity-search"), { q, kind: "Actor", limit: 12 })).rows.map((r) => r.id);

describe("the server's write-watching store", () => {
  it("shares the entity index of the store it wraps", async () => {
    expect(await search("Rosatom")).toContain("actor:rosatom");
    expect(await entityIndexFor(watched)).toBe(await entityIndexFor(store));
  });

  it("answers the first search after a write past it, once the writer invalidates the index it holds", async () => {
    await store.upsert({ source: "tests/server/write-watched-store.test.ts", nodes: [{ id: "actor:rosatom-overseas-limited", name: "Rosatom Overseas Limited", type: "company" }] });
    invalidateEntityIndex(store);
    expect(await search("Rosatom Overseas L")).toContain("actor:rosatom-overseas-limited");
    expect(writes).toBe(0);
  });

  it("tells its watcher of a write through it", async () => {
    await watched.upsert({ source: "tests/server/write-watched-store.test.ts", nodes: [{ id: "actor:ostvik", name: "Ostvik", type: "company" }] });
    expect(writes).toBe(1);
  });
});
