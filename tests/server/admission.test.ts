import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BusyError } from "../../graph/index.js";
import { IsolatedStore } from "../../graph/store/isolated/isolated-store.js";
import { RequestAdmission } from "../../server/admission.js";
import { buildServer } from "../../server/app.js";

describe("request admission", () => {
  it("runs up to maxActive at once, queues the next in order and passes each place on", async () => {
    const admission = new RequestAdmission({ maxActive: 2, maxQueued: 10, maxWaitMs: 60_000 });
    const first = await admission.enter();
    const second = await admission.enter();
    const order: string[] = [];
    const third = admission.enter().then((release) => (order.push("third"), release));
    const fourth = admission.enter().then((release) => (order.push("fourth"), release));
    expect(order).toEqual([]);
    first();
    first(); // a second release of the same place changes nothing
    (await third)();
    second();
    (await fourth)();
    expect(order).toEqual(["third", "fourth"]);
    expect(admission.estimatedWaitMs()).toBe(0);
  });

  it("refuses at once, with the seconds to wait, when the queue is full or would take longer than allowed", async () => {
    const full = new RequestAdmission({ maxActive: 1, maxQueued: 1, maxWaitMs: 60_000 });
    const running = await full.enter();
    const queued = full.enter();
    await expect(full.enter()).rejects.toBeInstanceOf(BusyError);
    running();
    (await queued)();

    const slow = new RequestAdmission({ maxActive: 1, maxQueued: 10, maxWaitMs: 1_000 });
    const release = await slow.enter();
    await new Promise((resolve) => setTimeout(resolve, 1_200)); // a request that held its place for 1.2 s
    release();
    const again = await slow.enter();
    const refused = await slow.enter().then(() => undefined, (error: unknown) => error);
    expect(refused).toBeInstanceOf(BusyError);
    expect((refused as BusyError).retryAfterSeconds).toBe(2);
    again();
  });
});

// Over HTTP: past the limits a request gets 503 with Retry-After at once, the admitted ones complete and
// /api/health keeps answering.
describe("admission over HTTP", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-admission-"));
  let store: IsolatedStore;
  let app: FastifyInstance;
  const slow = { query: "UNWIND range(1, 300000) AS x RETURN sum(x) AS s", params: {} };

  beforeAll(async () => {
    // The store in its own process, as `ytterby serve` runs it.
    store = await IsolatedStore.open(join(dir, "graph.lbug"), { memoryBudgetBytes: 2 * 1024 * 1024 * 1024 });
    await store.upsert({ nodes: [{ id: "actor:a", name: "A", type: "company" }], relationships: [] });
    app = await buildServer({ store, admission: { maxActive: 1, maxQueued: 2, maxWaitMs: 60_000 } });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers one running and two queued requests and refuses the rest with 503 and Retry-After; health is not held", async () => {
    const requests = Array.from({ length: 6 }, () => app.inject({ method: "POST", url: "/api/cypher", payload: slow }));
    const health = await app.inject({ method: "GET", url: "/api/health" });
    expect(health.statusCode).toBe(200);
    const responses = await Promise.all(requests);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 503, 503, 503]);
    for (const response of responses.filter((r) => r.statusCode === 503)) {
      expect(Number(response.headers["retry-after"])).toBeGreaterThanOrEqual(1);
      const body = response.json() as { error: { type: string; message: string } };
      expect(body.error.type).toBe("BusyError");
      expect(body.error.message).toMatch(/busy.*try again in \d+ s/i);
    }
    // The places were given back: a request now runs.
    expect((await app.inject({ method: "POST", url: "/api/cypher", payload: slow })).statusCode).toBe(200);
  }, 60_000);
});
