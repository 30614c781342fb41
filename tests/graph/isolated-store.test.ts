import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BusyError, NotFoundError, QueryResourceError, QueryTimeoutError } from "../../graph/index.js";
import { IsolatedStore } from "../../graph/store/isolated/isolated-store.js";

// The server's store runs in a child process so that a runaway query is stopped by killing that process,
// not by the kernel's OOM killer taking the whole server (UNWIND range(1,100000000) reached 20 GB in-process).
describe("the isolated store process", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-isolated-"));
  let store: IsolatedStore;

  beforeAll(async () => {
    store = await IsolatedStore.open(join(dir, "graph.lbug"), { memoryBudgetBytes: 700 * 1024 * 1024, maxPending: 4 });
    await store.upsert({ nodes: [{ id: "actor:a", kind: "Actor", name: "A", type: "company" }], relationships: [] });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers reads and keeps typed errors", async () => {
    const result = await store.read("MATCH (a:Actor) RETURN a.name AS name");
    expect(result.rows).toEqual([{ name: "A" }]);
    await expect(store.read("MATCH (a:Actor) RETURN a.nope")).rejects.toThrow(/nope/);
  });

  it("reads the store's generation through the store process, changed by a write", async () => {
    const before = await store.generation();
    expect(before).toEqual(expect.any(String));
    expect(await store.generation()).toBe(before);
    await store.upsert({ nodes: [{ id: "asset:g", name: "G", type: "mine" }] });
    expect(await store.generation()).not.toBe(before);
  });

  it("records reviews through the store process and keeps NotFoundError typed", async () => {
    await store.upsert({ nodes: [{ id: "asset:b", name: "B", type: "mine" }], relationships: [{ type: "OWNS", from: "actor:a", to: "asset:b", properties: { share: 10 } }] });
    const [fact] = (await store.read("MATCH ()-[r:OWNS]->() RETURN r.id AS id")).rows;
    const factId = String(fact?.id);
    await store.recordReview({ id: "review:iso", factId, evidenceIds: [], action: "confirm", reviewer: "Ada", at: "2026-12-06T06:00:00.000Z" }, [{ factId, state: "confirmed" }]);
    expect((await store.reviews({ factId })).map((r) => [r.id, r.action])).toEqual([["review:iso", "confirm"]]);
    // The ownership snapshot is built in the store process, once, and skipped when nothing changed since.
    expect((await store.refreshDerived()).built).toBe(true);
    expect((await store.refreshDerived()).built).toBe(false);
    await expect(store.recordReview({ id: "review:iso2", factId: "owns:ffffffffffffffff", evidenceIds: [], action: "confirm", reviewer: "Ada", at: "2026-12-06T06:00:00.000Z" }, [{ factId: "owns:ffffffffffffffff", state: "confirmed" }])).rejects.toBeInstanceOf(NotFoundError);
  });

  it("stops a query that outgrows the memory budget, and the next query runs on a fresh process", async () => {
    await expect(store.read("UNWIND range(1, 100000000) AS x RETURN x", {}, { rowLimit: 10, timeoutMs: 60_000 })).rejects.toBeInstanceOf(QueryResourceError);
    const after = await store.read("MATCH (a:Actor) RETURN count(*) AS n");
    expect(after.rows).toEqual([{ n: 1 }]);
  });

  it("stops a query that runs past its timeout even where the engine does not check it", async () => {
    const small = await IsolatedStore.open(join(dir, "graph.lbug.2"), { memoryBudgetBytes: 16 * 1024 * 1024 * 1024, graceMs: 200 });
    try {
      await expect(small.read("UNWIND range(1, 30000000) AS x RETURN sum(x)", {}, { timeoutMs: 100 })).rejects.toBeInstanceOf(QueryTimeoutError);
    } finally {
      await small.close();
    }
  });

  it("refuses calls beyond the queue cap at once", async () => {
    const calls = Array.from({ length: 8 }, () => store.read("MATCH (a:Actor) RETURN a.id"));
    const settled = await Promise.allSettled(calls);
    const busy = settled.filter((s) => s.status === "rejected" && s.reason instanceof BusyError);
    expect(busy.length).toBeGreaterThanOrEqual(4);
    expect(settled.filter((s) => s.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
  });
});
