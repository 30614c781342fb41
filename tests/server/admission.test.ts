import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IsolatedStore } from "../../graph/store/isolated/isolated-store.js";
import { buildServer } from "../../server/app.js";

// A read that would wait longer than the queue allows is answered at once with 503 and Retry-After, while the
// reads already admitted complete and /api/health keeps answering.
describe("admission: a bounded wait for reads", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-admission-"));
  let store: IsolatedStore;
  let app: FastifyInstance;
  const slow = { query: "UNWIND range(1, 300000) AS x RETURN sum(x) AS s", params: {} };

  beforeAll(async () => {
    // One read connection and a wait budget of 1 ms: any read that has to queue is turned away.
    store = await IsolatedStore.open(join(dir, "graph.lbug"), { readConnections: 1, maxQueueWaitMs: 1, memoryBudgetBytes: 2 * 1024 * 1024 * 1024 });
    await store.upsert({ nodes: [{ id: "actor:a", name: "A", type: "company" }], relationships: [] });
    app = await buildServer({ store });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // The server reads the graph's names for its search index in the background when it starts.
  const idle = () => vi.waitFor(() => expect(store.estimatedWaitMs()).toBe(0), { timeout: 30_000, interval: 20 });

  it("admits a read when a connection is free", async () => {
    await idle();
    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: slow });
    expect(response.statusCode, response.body).toBe(200);
  });

  it("refuses reads beyond a free connection with 503, a Retry-After in seconds and a message saying when to retry", async () => {
    // A finished read gives the drain rate the estimate needs.
    await app.inject({ method: "POST", url: "/api/cypher", payload: slow });
    await idle();
    const responses = await Promise.all(Array.from({ length: 6 }, () => app.inject({ method: "POST", url: "/api/cypher", payload: slow })));
    const health = await app.inject({ method: "GET", url: "/api/health" });
    expect(health.statusCode).toBe(200);
    const refused = responses.filter((r) => r.statusCode === 503);
    const served = responses.filter((r) => r.statusCode === 200);
    expect(served.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(4);
    for (const response of refused) {
      expect(Number(response.headers["retry-after"])).toBeGreaterThanOrEqual(1);
      const body = response.json() as { error: { type: string; message: string } };
      expect(body.error.type).toBe("BusyError");
      expect(body.error.message).toMatch(/busy.*try again in \d+ s/i);
    }
  }, 60_000);

  it("lets a write wait its turn however long the queue", async () => {
    const reads = Array.from({ length: 3 }, () => store.read(slow.query).catch((error: unknown) => error));
    await store.upsert({ nodes: [{ id: "actor:b", name: "B", type: "company" }], relationships: [] });
    await Promise.all(reads);
    expect((await store.read("MATCH (a:Actor) RETURN count(a) AS n")).rows).toEqual([{ n: 2 }]);
  }, 60_000);
});
