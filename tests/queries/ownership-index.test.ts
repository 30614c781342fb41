import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, readSnapshot, snapshotStamp, type GraphBatchInput } from "../../graph/index.js";
import { snapshotPath } from "../../graph/ownership/snapshot.js";
import { loadCatalogue, runInvestigation, type Catalogue } from "../../queries/index.js";
import { loadPaths } from "../../loaders/index.js";
import { freshOwnershipIndex, ownershipFromIndex } from "../../queries/ownership-index/answers.js";
import type { ReviewFilter } from "../../queries/review-contract.js";
import { byStake, sortByStake } from "../../queries/postprocess/ownership.js";
import type { Holding } from "../../queries/postprocess/ownership-chain.js";
import { scaleGraph, type ScaleGraph } from "../../bench/scale-graph.js";

/**
 * actor-holdings, state-control and foreign-stakes answered from the ownership index (the snapshot a load writes)
 * must be the answers of their Cypher: compared on the 10k-node scale graph, with a planned stake, an ended one,
 * stakes without a stated share, an ownership cycle and rival claims added, for many holders and parameters. And
 * a stale index is never used: after any write the answer comes from the database until a load's end rebuilds it.
 */
const dir = mkdtempSync(join(tmpdir(), "ytterby-ownership-index-"));
let store: EmbeddedStore;
let catalogue: Catalogue;
let probes: ScaleGraph["probes"];
let holders: string[];

function extras(): GraphBatchInput {
  return {
    source: "tests/queries/ownership-index.test.ts",
    relationships: [
      { type: "OWNS", from: "actor:a0", to: "actor:a30", properties: { share: 15, status: "planned" } },
      { type: "OWNS", from: "actor:a1", to: "actor:a40", properties: { share: 25, status: "historical", until: "2019" } },
      { type: "OWNS", from: "actor:a2", to: "actor:a50", properties: { shareMin: 10, shareMax: 30 } },
      { type: "OWNS", from: "actor:a3", to: "actor:a60" },
      // A cycle: a holding of the largest owner holds a stake in it.
      { type: "OWNS", from: "actor:a300", to: "actor:a0", properties: { share: 5, since: "2021" } },
      // Rival claims with confidences.
      { type: "OWNS", from: "actor:a0", to: "actor:a70", properties: { share: 40, confidence: 0.9, since: "2015" } },
      { type: "OWNS", from: "actor:a0", to: "actor:a70", properties: { share: 45, confidence: 0.6, since: "2022" } },
    ],
  };
}

beforeAll(async () => {
  const graph = scaleGraph(10_000);
  probes = graph.probes;
  store = await EmbeddedStore.open(join(dir, "graph.lbug"));
  await store.upsert(graph.batch);
  await store.upsert(extras());
  await store.refreshDerived();
  catalogue = await loadCatalogue();
  const owners = (await store.read("MATCH (a:Actor)-[:OWNS]->() RETURN a.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 400")).rows.map((r) => String(r.id));
  // The largest owners, and a spread of smaller ones.
  holders = [...owners.slice(0, 6), ...owners.filter((_, i) => i % 40 === 7)];
}, 240_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function both(id: string, params: Record<string, unknown>, reviews?: ReviewFilter) {
  const indexed = await runInvestigation(store, catalogue.get(id), params, { reviews, rowLimit: 500_000 });
  const live = await runInvestigation(store, catalogue.get(id), params, { reviews, rowLimit: 500_000, ownershipIndex: false });
  // The index answered (it falls back to the Cypher when it does not match the data or its own chains).
  const fresh = (await freshOwnershipIndex(store)) !== undefined;
  expect((await ownershipFromIndex(store, id, indexed.params, indexed.entities, reviews ?? "hide-rejected")) !== undefined).toBe(fresh);
  return { indexed, live };
}

function expectSame({ indexed, live }: Awaited<ReturnType<typeof both>>) {
  expect(live.truncated).toBe(false);
  expect(indexed.summary).toBe(live.summary);
  expect(indexed.columns).toEqual(live.columns);
  expect(indexed.rows).toEqual(live.rows);
}

describe("ranking holdings", () => {
  it("puts the first holdings of a page in byStake's order, as a full sort would", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const holdings: Holding[] = Array.from({ length: 5000 }, (_, i) => {
      const stake = random() < 0.5 ? 100 : random() < 0.3 ? null : Math.round(random() * 1000) / 10;
      return { ownerId: `actor:o${i % 7}`, ownerName: `Owner ${i % 7}`, targetId: `asset:t${i}`, targetName: `Mine ${Math.floor(random() * 900)}`, stake, min: stake ?? 0, max: stake ?? 100, chains: [], unknownChains: stake === null ? 1 : 0 };
    });
    for (const first of [0, 1, 3, 1000, 4999, 5000, 6000]) {
      const ranked = sortByStake([...holdings], first);
      expect(ranked.slice(0, first)).toEqual([...holdings].sort(byStake).slice(0, first));
      expect(ranked).toHaveLength(holdings.length);
    }
  });
});

describe("a load", () => {
  it("builds the ownership snapshot at its end, and the ownership investigations use it", async () => {
    const loaded = await EmbeddedStore.open(join(dir, "loaded.lbug"));
    try {
      await loadPaths(loaded, [join("tests", "loaders", "bods", "fixtures", "indirect-ownership.json")]);
      expect(await freshOwnershipIndex(loaded)).toBeDefined();
      const [holder] = (await loaded.read("MATCH (a)-[:OWNS]->() RETURN a.id AS id LIMIT 1")).rows;
      const answer = await runInvestigation(loaded, catalogue.get("actor-holdings"), { actor: String(holder?.id) });
      expect(await ownershipFromIndex(loaded, "actor-holdings", answer.params, answer.entities, "hide-rejected")).toBeDefined();
      expect(answer.rows.length).toBeGreaterThan(0);
    } finally {
      await loaded.close();
    }
  });
});

describe("ownership index", () => {
  it("is built at the end of a load and matches the data", async () => {
    expect(await freshOwnershipIndex(store)).toBeDefined();
  });

  it("answers actor-holdings as the Cypher does, for many holders and parameters", async () => {
    expect(holders.length).toBeGreaterThan(10);
    for (const actor of holders) expectSame(await both("actor-holdings", { actor }));
    expectSame(await both("actor-holdings", { actor: probes.largestOwner, threshold: 50 }));
    expectSame(await both("actor-holdings", { actor: probes.largestOwner, maxDepth: 3, includeUnknown: false }));
    expectSame(await both("actor-holdings", { actor: "actor:a2", threshold: 5 }));
    expectSame(await both("actor-holdings", { actor: probes.largestOwner }, "all"));
    expectSame(await both("actor-holdings", { actor: probes.stateCountry }));
  }, 600_000);

  it("answers state-control and foreign-stakes as the Cypher does", async () => {
    expectSame(await both("state-control", { country: probes.stateCountry }));
    expectSame(await both("state-control", { country: probes.stateCountry, threshold: 0, includeUnknown: false }));
    expectSame(await both("state-control", {}));
    expectSame(await both("foreign-stakes", { ownerCountry: probes.stateCountry, assetCountry: probes.country }));
    expectSame(await both("foreign-stakes", { ownerCountry: probes.stateCountry }));
    expectSame(await both("foreign-stakes", { ownerCountry: probes.country, stateLinkedOnly: true, threshold: 20 }));
  }, 600_000);

  it("is never used stale: a review patches it under the new stamp, a write sends questions to the database until the next load's end", async () => {
    const before = await both("actor-holdings", { actor: probes.largestOwner });
    // Its largest direct stake in a company held through no other chain.
    const [edge] = (await store.read("MATCH (:Actor {id: $id})-[r:OWNS]->(t:Actor) WHERE NOT EXISTS { MATCH (o)-[:OWNS]->(t) WHERE o.id <> $id } RETURN r.id AS id, t.id AS target ORDER BY r.share DESC, id LIMIT 1", { id: probes.largestOwner })).rows;
    const factId = String(edge?.id);
    const edgeTarget = String(edge?.target);
    const stampBefore = await snapshotStamp(store.location);
    await store.recordReview({ id: "review:index", factId, evidenceIds: [], action: "reject", reviewer: "Ada", at: "2026-12-06T06:00:00.000Z", reason: "test" }, [{ factId, state: "rejected" }]);
    // The review's state is in the snapshot under the review's stamp: the index still answers, and as the Cypher does.
    expect(await snapshotStamp(store.location)).not.toBe(stampBefore);
    expect(await freshOwnershipIndex(store)).toBeDefined();
    const afterReview = await both("actor-holdings", { actor: probes.largestOwner });
    expectSame(afterReview);
    expect(afterReview.indexed.summary).not.toBe(before.indexed.summary);
    // The patched snapshot is the one a rebuild makes.
    const patched = await readSnapshot(store.location);
    rmSync(snapshotPath(store.location));
    expect((await store.refreshDerived()).built).toBe(true);
    expect(await readSnapshot(store.location)).toEqual(patched);
    // Where a held asset is, and a fact the snapshot does not hold: patched as a rebuild would make it.
    const [located] = (await store.read("MATCH (:Actor {id: $id})-[:OWNS]->(a:Asset)-[l:LOCATED_IN]->(:Country) RETURN l.id AS id LIMIT 1", { id: probes.largestOwner })).rows;
    const [produces] = (await store.read("MATCH ()-[p:PRODUCES]->() RETURN p.id AS id LIMIT 1")).rows;
    const reviewed = [String(located?.id), String(produces?.id)];
    await store.recordReview({ id: "review:index-places", factId: reviewed[0]!, evidenceIds: [], action: "reject", reviewer: "Ada", at: "2026-12-06T06:01:00.000Z", reason: "test" }, reviewed.map((id) => ({ factId: id, state: "rejected" as const })));
    expect(await freshOwnershipIndex(store)).toBeDefined();
    const placed = await readSnapshot(store.location);
    expect(placed?.located.review).toContain("rejected");
    rmSync(snapshotPath(store.location));
    await store.refreshDerived();
    expect(await readSnapshot(store.location)).toEqual(placed);
    expectSame(await both("foreign-stakes", { ownerCountry: probes.stateCountry }));
    // LadybugDB 0.19 evaluates list_contains(list, 'rejected') as true for any list of two or more nulls, so the
    // Cypher filtered the paths' reviews that way lost most holdings once one edge was rejected (1,873 of 2,137
    // chains here, where 438 pass the rejected edge); it now tests list_to_string(…) CONTAINS. Hidden or shown,
    // the index and the Cypher agree.
    expectSame(await both("actor-holdings", { actor: probes.largestOwner }));
    expectSame(await both("actor-holdings", { actor: probes.largestOwner }, "all"));
    expectSame(await both("state-control", { country: probes.stateCountry }));
    // The filter inside the recursion is evaluated right: it counts what the index must hold now.
    const held = await store.read(
      "MATCH (h:Actor {id: $id}) MATCH p = (h)-[:OWNS*1..8 (r, n | WHERE coalesce(r.review, '') <> 'rejected' AND NOT coalesce(r.status, '') IN ['planned', 'target', 'historical'])]->(x) RETURN count(DISTINCT x.id) AS n",
      { id: probes.largestOwner },
    );
    const hidden = await runInvestigation(store, catalogue.get("actor-holdings"), { actor: probes.largestOwner });
    const counted = /stakes in ([\d,]+) companies and ([\d,]+) assets/.exec(hidden.summary);
    expect(Number(counted?.[1]?.replace(",", "")) + Number(counted?.[2]?.replace(",", ""))).toBe(Number(held.rows[0]?.n));
    expect(hidden.rows.some((r) => r.holdingId === edgeTarget)).toBe(false);

    await store.upsert({ source: "late", relationships: [{ type: "OWNS", from: probes.largestOwner, to: "asset:m7", properties: { share: 3 } }] });
    expect(await freshOwnershipIndex(store)).toBeUndefined();
    expectSame(await both("actor-holdings", { actor: probes.largestOwner }, "all"));
    await store.refreshDerived();
    expect(await freshOwnershipIndex(store)).toBeDefined();
    expectSame(await both("actor-holdings", { actor: probes.largestOwner }, "all"));
    // Nothing changed since: the rebuild is skipped.
    expect((await store.refreshDerived()).built).toBe(false);
  }, 600_000);
});
