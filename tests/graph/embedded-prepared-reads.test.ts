import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, ReadOnlyViolationError } from "../../graph/index.js";

// Read connections keep the statements they prepared; the answers must be those of the data at the time of the read.
describe("embedded store: statements prepared once, run again", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-prepared-"));
  let store: EmbeddedStore;
  const count = `MATCH (a:Actor) WHERE a.name STARTS WITH $prefix RETURN count(a) AS n`;

  beforeAll(async () => {
    store = await EmbeddedStore.open(join(dir, "graph.lbug"), { readConnections: 1 });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers a repeated text with new parameters and with the rows a load added in between", async () => {
    const actors = (names: string[]) => ({ nodes: names.map((name) => ({ id: `actor:${name.toLowerCase().replace(" ", "-")}`, name, type: "company" })) });
    await store.upsert(actors(["Alpha Mining", "Alpha Metals", "Beta Mining"]));
    expect((await store.read(count, { prefix: "Alpha" })).rows).toEqual([{ n: 2 }]);
    expect((await store.read(count, { prefix: "Beta" })).rows).toEqual([{ n: 1 }]);
    await store.upsert(actors(["Alpha Refining"]));
    expect((await store.read(count, { prefix: "Alpha" })).rows).toEqual([{ n: 3 }]);
  });

  it("refuses a writing text every time, not only when it is first prepared", async () => {
    const write = `CREATE (:Actor {id: 'actor:x', name: 'X'})`;
    await expect(store.read(write)).rejects.toBeInstanceOf(ReadOnlyViolationError);
    await expect(store.read(write)).rejects.toBeInstanceOf(ReadOnlyViolationError);
    expect((await store.read(count, { prefix: "X" })).rows).toEqual([{ n: 0 }]);
  });
});
