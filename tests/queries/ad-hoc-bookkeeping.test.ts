// The store's own records are not data: an ad-hoc `MATCH (n) RETURN n` on an empty store returns nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { runAdHocCypher } from "../../queries/index.js";

let dir: string;
let store: EmbeddedStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ytterby-bookkeeping-"));
  store = await EmbeddedStore.open(join(dir, "graph.lbug"));
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("ad-hoc Cypher", () => {
  it("MATCH (n) RETURN n leaves out the store's schema-version record", async () => {
    // The record is there: the store reads it on open.
    expect((await store.read("MATCH (n) RETURN n", {})).graph.nodes.map((n) => n.kind)).toContain("YtterbyMeta");
    const result = await runAdHocCypher(store, "MATCH (n) RETURN n");
    expect(result.rows).toEqual([]);
    expect(result.graph.nodes).toEqual([]);
  });
});
