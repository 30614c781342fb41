import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFilesState, EmbeddedStore } from "../../graph/index.js";

/**
 * The data stamp is what the server's result cache and the derived files trust to move on every write that changes
 * an answer (GraphStore.generation). A re-stated claim that fills in a detail creates nothing, so a stamp set only
 * for created rows stayed put while the claim's details changed.
 */
const dir = mkdtempSync(join(tmpdir(), "ytterby-data-stamp-"));
let store: EmbeddedStore;

beforeAll(async () => {
  store = await EmbeddedStore.open(join(dir, "graph.lbug"));
  await store.upsert({
    nodes: [
      { id: "actor:stamp-owner", name: "Stamp Owner", type: "company" },
      { id: "asset:stamp-mine", name: "Stamp Mine", type: "mine" },
    ],
    relationships: [{ type: "OWNS", from: "actor:stamp-owner", to: "asset:stamp-mine" }],
  });
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the embedded store's data stamp", () => {
  it("moves when a re-stated claim fills in a detail, and not when a batch changes nothing", async () => {
    const interest = async () => (await store.read("MATCH (:Actor {id: 'actor:stamp-owner'})-[r:OWNS]->() RETURN r.interest AS interest")).rows[0]?.interest;
    const before = await store.generation();
    expect(await interest()).toBeNull();
    const filled = await store.upsert({ relationships: [{ type: "OWNS", from: "actor:stamp-owner", to: "asset:stamp-mine", properties: { interest: "ordinary shares" } }] });
    expect(filled.relationshipsCreated).toBe(0);
    expect(await interest()).toBe("ordinary shares");
    const after = await store.generation();
    expect(after).not.toBe(before);
    await store.upsert({ relationships: [{ type: "OWNS", from: "actor:stamp-owner", to: "asset:stamp-mine", properties: { interest: "ordinary shares" } }] });
    expect(await store.generation()).toBe(after);
  });

  // The server trusts the files to move on every commit (server/store-generation-check.ts): a LadybugDB that wrote
  // elsewhere would leave its cache answering from before a write.
  it("moves the database files' state on every write, and not on a read", async () => {
    const before = databaseFilesState(store.location);
    expect(before).toBeDefined();
    await store.read("MATCH (a:Actor) RETURN count(a) AS c");
    expect((databaseFilesState(store.location))?.key).toBe(before?.key);
    for (const n of [1, 2, 3]) {
      const was = databaseFilesState(store.location);
      await store.upsert({ nodes: [{ id: `asset:files-${n}`, name: `Files Mine ${n}`, type: "mine" }] });
      expect((databaseFilesState(store.location))?.key).not.toBe(was?.key);
    }
  });
});
