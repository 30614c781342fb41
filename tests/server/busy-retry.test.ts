import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IsolatedStore } from "../../graph/store/isolated/isolated-store.js";
import { buildServer } from "../../server/app.js";
import { api } from "../../ui/src/api/client.js";

// The explorer's client, against the real server: a request turned away with 503 and Retry-After is asked again
// after that many seconds instead of showing the user an error.
describe("the explorer's API client when the server is busy", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-busy-"));
  let store: IsolatedStore;
  let app: FastifyInstance;
  const realFetch = globalThis.fetch;

  beforeAll(async () => {
    store = await IsolatedStore.open(join(dir, "graph.lbug"), { memoryBudgetBytes: 2 * 1024 * 1024 * 1024 });
    await store.upsert({ nodes: [{ id: "actor:a", name: "A", type: "company" }], relationships: [] });
    // One request at a time and none waiting: the second of two at once is refused.
    app = await buildServer({ store, admission: { maxActive: 1, maxQueued: 0, maxWaitMs: 60_000 } });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    // The client asks for paths of its own origin, as in the browser; here they are resolved against the test server.
    globalThis.fetch = (input, init) => realFetch(typeof input === "string" && input.startsWith("/") ? base + input : input, init);
  }, 60_000);
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers both of two requests sent at once, the refused one after its Retry-After", async () => {
    const refused: number[] = [];
    const watch = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      const response = await watch(input, init);
      if (response.status === 503) refused.push(Number(response.headers.get("retry-after")));
      return response;
    };
    try {
      const [first, second] = await Promise.all([api.cypher("UNWIND range(1, 30000) AS x RETURN sum(x) AS s"), api.cypher("MATCH (a:Actor) RETURN a.name AS name")]);
      expect(first.rows).toEqual([{ s: 450015000 }]);
      expect(second.rows).toEqual([{ name: "A" }]);
      expect(refused.length).toBeGreaterThanOrEqual(1);
      expect(refused.every((seconds) => seconds >= 1)).toBe(true);
    } finally {
      globalThis.fetch = watch;
    }
  }, 60_000);
});
