import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, type GraphStore } from "../../graph/index.js";
import { buildServer } from "../../server/app.js";
import { canonicalJson, DEFAULT_RESULT_CACHE_MB, ResultCache, resultCacheLimitsFromEnv } from "../../server/result-cache.js";
import { generationWhenFilesMove, StoreGenerationCheck } from "../../server/store-generation-check.js";

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

  it("is on by default on the embedded store and off on Neo4j, whose generation misses property-only writes", () => {
    expect(resultCacheLimitsFromEnv({}, "ladybug").maxBytes).toBe(DEFAULT_RESULT_CACHE_MB * 1024 * 1024);
    expect(resultCacheLimitsFromEnv({}, "neo4j").maxBytes).toBe(0);
    expect(resultCacheLimitsFromEnv({ YTTERBY_RESULT_CACHE_MB: "0" }, "ladybug").maxBytes).toBe(0);
    expect(resultCacheLimitsFromEnv({ YTTERBY_RESULT_CACHE_MB: "8" }, "neo4j").maxBytes).toBe(8 * 1024 * 1024);
  });

  it("names a request the same whatever the order of its keys", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: "1" }));
  });
});

describe("StoreGenerationCheck", () => {
  it("answers a caller from a read that started after it asked, sharing reads among callers that wait together", async () => {
    let generation = 1;
    const reads: Array<() => void> = [];
    const changes: number[] = [];
    const check = new StoreGenerationCheck(
      () => {
        const seen = generation;
        return new Promise<string>((resolve) => reads.push(() => resolve(String(seen))));
      },
      () => changes.push(generation),
    );
    const first = check.current();
    expect(reads).toHaveLength(1);
    // A write lands while the first read runs; callers after it must not get that read's answer.
    generation = 2;
    const second = check.current();
    const third = check.current();
    reads.shift()?.();
    expect(await first).toBe("1");
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads).toHaveLength(1);
    reads.shift()?.();
    expect(await second).toBe("2");
    expect(await third).toBe("2");
    expect(changes).toEqual([2]);
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

  // The store handed to the server, written without it (a script, a test, the CLI in the same process): the data
  // stamp changes, and the first request after the write reads it.
  it("never answers from before a write past the server", async () => {
    await run({ params: { actor: "actor:rosatom" } });
    const cached = await run({ params: { actor: "actor:rosatom" } });
    expect(cached.headers["x-ytterby-cache"]).toBe("hit");
    const held = cached.json().rows.length;
    await store.upsert({
      nodes: [{ id: "asset:vishnevogorsk", name: "Vishnevogorsk Mine", type: "mine" }],
      relationships: [{ type: "OWNS", from: "actor:rosatom", to: "asset:vishnevogorsk", properties: { share: 100 } }],
    });
    const after = await run({ params: { actor: "actor:rosatom" } });
    expect(after.headers["x-ytterby-cache"]).toBeUndefined();
    expect(after.json().rows).toHaveLength(held + 1);
    expect((await run({ params: { actor: "actor:rosatom" } })).headers["x-ytterby-cache"]).toBe("hit");
  });

  // The store process is asked only when the database files moved; with no settle time the files alone must show a write.
  it("reads the stamp again when a write past the server moved the database files, and not otherwise", async () => {
    let reads = 0;
    const generation = generationWhenFilesMove(store.location, async () => {
      reads++;
      return String(await store.generation?.());
    }, 0);
    const first = await generation();
    expect(await generation()).toBe(first);
    expect(reads).toBe(1);
    await store.upsert({ nodes: [{ id: "asset:stamp-files", name: "Stamp Files Mine", type: "mine" }] });
    const after = await generation();
    expect(after).not.toBe(first);
    expect(reads).toBe(2);
  });

  it("never answers a search from before a write past the server", async () => {
    const search = () => app.inject({ method: "GET", url: "/api/search?q=Karsk%20Ridge" });
    expect((await search()).json()).toEqual([]);
    expect((await search()).headers["x-ytterby-cache"]).toBe("hit");
    await store.upsert({ nodes: [{ id: "asset:karsk-ridge", name: "Karsk Ridge Mine", type: "mine" }] });
    const after = await search();
    expect(after.headers["x-ytterby-cache"]).toBeUndefined();
    expect(after.json().map((m: { id: string }) => m.id)).toContain("asset:karsk-ridge");
  });
});
