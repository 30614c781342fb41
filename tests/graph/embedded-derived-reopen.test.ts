import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { FIXTURE } from "../queries/fixture.js";

/**
 * refreshDerived reads through the database opened afresh with a small buffer pool, then opens it again as it was:
 * reads that arrive meanwhile (a server answering while a load ends) must be answered, not fail on a closed
 * connection.
 */
const dir = mkdtempSync(join(tmpdir(), "ytterby-derived-reopen-"));
let store: EmbeddedStore;

beforeAll(async () => {
  store = await EmbeddedStore.open(join(dir, "graph.lbug"), { readConnections: 2 });
  await store.upsert(FIXTURE);
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the derived builds' reopen", () => {
  it("answers every read sent while the derived files are rebuilt", async () => {
    const count = async () => Number((await store.read("MATCH (a:Actor) RETURN count(a) AS c")).rows[0]?.c);
    const expected = await count();
    const reads = Array.from({ length: 12 }, () => count());
    const refreshed = store.refreshDerived();
    const later = Array.from({ length: 12 }, () => count());
    expect((await refreshed).built).toBe(true);
    expect(await Promise.all([...reads, ...later])).toEqual(Array(24).fill(expected));
    expect(await count()).toBe(expected);
  });

  it("answers reads that arrive while the database is being opened again, on pooled connections not opened before", async () => {
    // A read arriving between the pool's close and the new pool's opening opened a new pooled connection on the
    // database just closed: "Database is closed", an HTTP 500 from an investigation run while an upload finished.
    const fresh = await EmbeddedStore.open(join(dir, "fresh.lbug"), { readConnections: 4 });
    try {
      await fresh.upsert(FIXTURE);
      const count = async () => Number((await fresh.read("MATCH (a:Actor) RETURN count(a) AS c")).rows[0]?.c);
      const expected = await count();
      let rebuilding = true;
      const refreshed = fresh.refreshDerived().finally(() => (rebuilding = false));
      // One read at a time, so the pool keeps a single connection open and the rest of its room unopened.
      const answers: unknown[] = [];
      while (rebuilding) answers.push(await count().catch((error: Error) => error.message));
      expect((await refreshed).built).toBe(true);
      expect(answers.length).toBeGreaterThan(1);
      expect(answers.filter((a) => a !== expected)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it("reads the data stamp on its own connection beside busy reads and across the reopen; only a write changes it", async () => {
    const before = await store.generation();
    expect(before).toEqual(expect.any(String));
    await store.upsert({ nodes: [{ id: "actor:stamp-check", name: "Stamp Check", type: "company" }] });
    const after = await store.generation();
    expect(after).not.toBe(before);
    const busy = Array.from({ length: 4 }, () => store.read("MATCH (a:Actor) RETURN count(a) AS c"));
    const stamps = Array.from({ length: 6 }, () => store.generation());
    const refreshed = store.refreshDerived();
    const later = Array.from({ length: 6 }, () => store.generation());
    expect((await refreshed).built).toBe(true);
    expect(await Promise.all([...stamps, ...later])).toEqual(Array(12).fill(after));
    await Promise.all(busy);
  });
});
