import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, type GraphStore } from "../../graph/index.js";
import { buildServer } from "../../server/app.js";
import { canonicalJson, ResultCache } from "../../server/result-cache.js";

describe("ResultCache", () => {
  it("keeps an answer for its generation only", () => {
    const cache = new ResultCache({ maxBytes: 1_000, settleMs: 0 });
    const generation = cache.currentGeneration();
    cache.set("a", generation, "[1]");
    expect(cache.get("a")).toBe("[1]");
    cache.invalidate("start");
    expect(cache.get("a")).toBeUndefined();
    // Computed before the write started: not kept, whenever it arrives.
    cache.set("a", generation, "[1]");
    cache.invalidate("end");
    cache.set("a", generation, "[1]");
    expect(cache.get("a")).toBeUndefined();
  });

  it("keeps nothing while a write runs or within the settle time after it", () => {
    const cache = new ResultCache({ maxBytes: 1_000, settleMs: 60_000 });
    cache.invalidate("start");
    cache.set("a", cache.currentGeneration(), "[1]");
    expect(cache.get("a")).toBeUndefined();
    cache.invalidate("end");
    cache.set("a", cache.currentGeneration(), "[1]");
    expect(cache.get("a")).toBeUndefined();
  });

  it("stays within its bound, dropping the least recently used first", () => {
    const cache = new ResultCache({ maxBytes: 80, settleMs: 0 });
    const g = cache.currentGeneration();
    cache.set("k1", g, "x".repeat(8));
    cache.set("k2", g, "y".repeat(8));
    cache.get("k1");
    for (let i = 3; i < 10; i++) cache.set(`k${i}`, g, "z".repeat(8));
    expect(cache.stats().bytes).toBeLessThanOrEqual(80);
    expect(cache.get("k2")).toBeUndefined();
    // An answer over an eighth of the bound is never kept.
    cache.set("big", g, "w".repeat(20));
    expect(cache.get("big")).toBeUndefined();
  });

  it("is off at 0 bytes", () => {
    const cache = new ResultCache({ maxBytes: 0, settleMs: 0 });
    cache.set("a", cache.currentGeneration(), "[1]");
    expect(cache.enabled).toBe(false);
    expect(cache.get("a")).toBeUndefined();
  });

  it("names a request the same whatever the order of its keys", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: "1" }));
  });
});

describe("the server's result cache", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-result-cache-"));
  let store: GraphStore;
  let app: FastifyInstance;
  const run = (payload: unknown) => app.inject({ method: "POST", url: "/api/investigations/actor-holdings/run", headers: { "content-type": "application/json" }, payload: JSON.stringify(payload) });

  beforeAll(async () => {
    store = await EmbeddedStore.open(join(dir, "graph.lbug"));
    await store.upsert({
      nodes: [
        { id: "actor:rosatom", name: "Rosatom", type: "state_corporation" },
        { id: "asset:smz", name: "Solikamsk Magnesium Plant", type: "metal_plant" },
        { id: "asset:lovozero", name: "Lovozero GOK", type: "mine" },
      ],
      relationships: [
        { type: "OWNS", from: "actor:rosatom", to: "asset:smz", properties: { share: 89.5 } },
        { type: "OWNS", from: "actor:rosatom", to: "asset:lovozero", properties: { share: 100 } },
      ],
    });
    app = await buildServer({ store, resultCache: { maxBytes: 1024 * 1024, settleMs: 0 } });
  });

  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers the same request again from the cache, with the same body", async () => {
    const first = await run({ params: { actor: "actor:rosatom" } });
    expect(first.statusCode).toBe(200);
    expect(first.headers["x-ytterby-cache"]).toBeUndefined();
    const again = await run({ params: { actor: "actor:rosatom" } });
    expect(again.headers["x-ytterby-cache"]).toBe("hit");
    expect(again.body).toBe(first.body);
    expect(again.headers["content-type"]).toBe(first.headers["content-type"]);
    // Other parameters are another request.
    const other = await run({ params: { actor: "actor:rosatom" }, reviews: "all" });
    expect(other.headers["x-ytterby-cache"]).toBeUndefined();
  });

  it("does not keep errors", async () => {
    const missing = await run({ params: { actor: "actor:nobody" } });
    expect(missing.statusCode).toBe(404);
    const again = await run({ params: { actor: "actor:nobody" } });
    expect(again.headers["x-ytterby-cache"]).toBeUndefined();
  });

  it("forgets every answer when a write goes through the server", async () => {
    const before = (await run({ params: { actor: "actor:rosatom" } })).json();
    expect(before.rows).toHaveLength(2);
    const owns = await store.read("MATCH (:Actor)-[r:OWNS]->(a:Asset {id: 'asset:lovozero'}) RETURN r.id AS id");
    const review = await app.inject({
      method: "POST",
      url: `/api/facts/${owns.rows[0]?.id}/review`,
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ action: "reject", reviewer: "Ada", reason: "sold in 2024" }),
    });
    expect(review.statusCode).toBe(200);
    const after = await run({ params: { actor: "actor:rosatom" } });
    expect(after.headers["x-ytterby-cache"]).toBeUndefined();
    expect(after.json().rows).toHaveLength(1);
  });

  it("answers search from the cache too", async () => {
    const first = await app.inject({ method: "GET", url: "/api/search?q=Rosatom" });
    const again = await app.inject({ method: "GET", url: "/api/search?q=Rosatom" });
    expect(again.headers["x-ytterby-cache"]).toBe("hit");
    expect(again.body).toBe(first.body);
  });
});
