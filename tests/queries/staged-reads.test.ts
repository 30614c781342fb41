import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, type GraphBatchInput } from "../../graph/index.js";
import { loadCatalogue, runInvestigation, type Catalogue, type Investigation, type InvestigationResult, type ReviewFilter } from "../../queries/index.js";
import { scaleGraph } from "../../bench/scale-graph.js";
import { FIXTURE } from "./fixture.js";

// A staged read (queries/staged) replaces an investigation's single LadybugDB statement with several anchored
// ones for speed at 1M nodes; its answers must be the single statement's, which stays in the file as the
// reference. Both run here on the same real store, for many parameters, on the fixture and the 10k world.
const dir = mkdtempSync(join(tmpdir(), "ytterby-staged-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The investigation as it ran before its staged read: the single LadybugDB text. */
function reference(investigation: Investigation): Investigation {
  const ladybug = investigation.cypher.ladybug;
  if (!ladybug?.staged) throw new Error(`${investigation.id} has no staged read`);
  const drawing = investigation.graph?.ladybug ? { ...investigation.graph, ladybug: { difference: investigation.graph.ladybug.difference, text: investigation.graph.ladybug.text } } : investigation.graph;
  return { ...investigation, cypher: { ...investigation.cypher, ladybug: { difference: ladybug.difference, text: ladybug.text } }, graph: drawing };
}

/** Everything a user sees: rows, summary, what is drawn, whether it was cut. */
const answer = (r: InvestigationResult) => ({
  rows: r.rows,
  summary: r.summary,
  truncated: r.truncated,
  nodes: r.graph.nodes.map((n) => n.id).sort(),
  edges: r.graph.edges.map((e) => `${e.id} ${e.source}->${e.target}`).sort(),
});

const STAGED = ["dependency-paths", "chokepoints", "conflicting-claims", "evidence", "policy-exposure", "ultimate-owners", "ownership-chain"];

function describeWorld(name: string, batch: () => GraphBatchInput, cases: (batch: GraphBatchInput) => Array<{ id: string; params: Record<string, unknown>; reviews?: ReviewFilter }>, review?: (store: EmbeddedStore) => Promise<void>) {
  describe(`staged reads give the single statement's answers on ${name}`, () => {
    let store: EmbeddedStore;
    let catalogue: Catalogue;
    let world: GraphBatchInput;

    beforeAll(async () => {
      world = batch();
      store = await EmbeddedStore.open(join(dir, `${name.replace(/\W+/g, "-")}.lbug`));
      await store.upsert(world);
      await review?.(store);
      catalogue = await loadCatalogue();
    }, 180_000);
    afterAll(async () => {
      await store?.close();
    });

    it("names a known staged read for each investigation that has one", () => {
      expect(catalogue.list().filter((i) => i.cypher.ladybug?.staged).map((i) => i.id).sort()).toEqual([...STAGED].sort());
    });

    it("answers alike for every case, and some cases have answers", async () => {
      const all = cases(world);
      expect(all.length).toBeGreaterThan(10);
      let answered = 0;
      for (const c of all) {
        const investigation = catalogue.get(c.id);
        const options = c.reviews ? { reviews: c.reviews } : {};
        const staged = await runInvestigation(store, investigation, c.params, options);
        const single = await runInvestigation(store, reference(investigation), c.params, options);
        const why = `${c.id} ${JSON.stringify(c.params)} ${c.reviews ?? ""}`;
        const [a, b] = [answer(staged), answer(single)];
        // Known differences, where the single statement was wrong: LadybugDB 0.19 collects an OPTIONAL path that
        // did not match as a path of the country, a null node, the element and, at times, a relationship left over
        // from another row's match. So a route ending at an element nothing produces drew that element, and an
        // unrelated LOCATED_IN whose asset is not drawn (Neo4j's collect() skips the null path).
        const extraNodes = b.nodes.filter((id) => !a.nodes.includes(id));
        expect(extraNodes.every((id) => id.startsWith("element:")), why).toBe(true);
        const dangling = (edge: string) => edge.split(" ")[1]?.split("->").some((end) => !b.nodes.includes(end)) === true;
        const extraEdges = b.edges.filter((e) => !a.edges.includes(e));
        expect(extraEdges.every(dangling), why).toBe(true);
        expect(a, why).toEqual({ ...b, nodes: b.nodes.filter((id) => !extraNodes.includes(id)), edges: b.edges.filter((e) => !extraEdges.includes(e)) });
        if (staged.rows.length > 0) answered += 1;
      }
      expect(answered).toBeGreaterThan(all.length / 4);
    }, 600_000);
  });
}

const ids = (batch: GraphBatchInput, prefix: string) => (batch.nodes ?? []).map((n) => n.id).filter((id) => id.startsWith(prefix));

/** Every (holder, held) pair joined by a chain of OWNS edges in the batch, ended stakes included: ownership-chain's cases. */
function ownershipPairs(batch: GraphBatchInput): Array<[string, string]> {
  const held = new Map<string, string[]>();
  for (const r of batch.relationships ?? []) if (r.type === "OWNS") held.set(r.from, [...(held.get(r.from) ?? []), r.to]);
  const pairs: Array<[string, string]> = [];
  for (const from of held.keys()) {
    const seen = new Set<string>();
    const walk = (at: string) => (held.get(at) ?? []).forEach((to) => !seen.has(to) && (seen.add(to), walk(to)));
    walk(from);
    for (const to of seen) if (to !== from) pairs.push([from, to]);
  }
  return pairs;
}

describeWorld(
  "the fixture",
  () => FIXTURE,
  (batch) => {
    const countries = ids(batch, "country:").filter((id) => !["country:world", "country:other-countries"].includes(id));
    const elements = ids(batch, "element:");
    const routes = countries.flatMap((country) => elements.flatMap((element) => ["dependency-paths", "chokepoints"].map((id) => ({ id, params: id === "chokepoints" ? { country, element } : { country, element, k: 50 } }))));
    const entities = (batch.nodes ?? []).map((n) => n.id).filter((id) => /^(actor|asset|element|country|policy):/.test(id));
    const conflicts = [...entities, ""].map((entity) => ({ id: "conflicting-claims", params: { entity } }));
    const evidence = [...entities, "document:interfax-2023"].map((fact) => ({ id: "evidence", params: { fact } }));
    const reviewed = (["all", "confirmed-only"] as const).flatMap((reviews) => [
      { id: "dependency-paths", params: { country: "country:jp", element: "element:dy", k: 50 }, reviews },
      { id: "conflicting-claims", params: { entity: "actor:shenghe" }, reviews },
    ]);
    const policies = ids(batch, "policy:").flatMap((policy) => (["hide-rejected", "all", "confirmed-only"] as const).map((reviews) => ({ id: "policy-exposure", params: { policy }, reviews })));
    // Every asset and actor as the one owned, with ended stakes or without, under each review filter.
    const owned = [...ids(batch, "asset:"), ...ids(batch, "actor:")].flatMap((asset) =>
      [false, true].flatMap((includeHistorical) => (["hide-rejected", "all", "confirmed-only"] as const).map((reviews) => ({ id: "ultimate-owners", params: { asset, includeHistorical }, reviews }))),
    );
    const chains = ownershipPairs(batch).flatMap(([from, to]) => [false, true].map((includeHistorical) => ({ id: "ownership-chain", params: { from, to, includeHistorical } })));
    return [...routes, ...conflicts, ...evidence, ...reviewed, ...policies, ...owned, ...chains];
  },
);

describeWorld(
  "the 10k synthetic world",
  () => scaleGraph(10_000).batch,
  (batch) => {
    const countries = ids(batch, "country:");
    // Every 12th country with a rare-earth member (routes also follow the group), a heavy one, a critical mineral
    // and the group itself.
    const pairs = countries.filter((_, i) => i % 12 === 0).flatMap((country, i) => ["element:e3", "element:e9", `element:e${13 + (i % 20)}`, "element:ree"].map((element) => ({ country, element })));
    const routes = pairs.flatMap((p, i) => [{ id: "dependency-paths", params: { ...p, k: 1 + (i % 50) } }, ...(i % 3 === 0 ? [{ id: "chokepoints", params: p }] : [])]);
    // The actors and countries the generator gave a stake or import stated twice, and some with none.
    const relationships = batch.relationships ?? [];
    const seen = new Map<string, number>();
    for (const r of relationships) if (r.type === "OWNS" || r.type === "IMPORTS_FROM") seen.set(`${r.type}|${r.from}|${r.to}`, (seen.get(`${r.type}|${r.from}|${r.to}`) ?? 0) + 1);
    const doubled = [...seen].filter(([, n]) => n > 1).map(([key]) => key.split("|"));
    const conflicted = [...new Set(doubled.slice(0, 12).flatMap(([, from, to]) => [from as string, to as string]))];
    const others = [...ids(batch, "actor:").slice(0, 6), ...ids(batch, "asset:").slice(0, 4), "element:e3", "element:ree", "policy:p0"];
    const conflicts = [...conflicted, ...others].map((entity) => ({ id: "conflicting-claims", params: { entity } }));
    const evidence = others.map((fact) => ({ id: "evidence", params: { fact } }));
    // Every policy: those restricting the rare-earth group have more producers than a page shows.
    const policies = ids(batch, "policy:").map((policy) => ({ id: "policy-exposure", params: { policy } }));
    // Assets at every depth of the forests, and some of their owners as the one owned, at two depth limits.
    const owned = [...ids(batch, "asset:").filter((_, i) => i % 40 === 0), ...ids(batch, "actor:").filter((_, i) => i % 200 === 0)].flatMap((asset, i) => [{ id: "ultimate-owners", params: { asset, maxDepth: 1 + (i % 8), includeHistorical: i % 2 === 0 } }]);
    // About 60 of the world's holder/held pairs, spread over all of them.
    const held = ownershipPairs(batch);
    const stride = Math.ceil(held.length / 60);
    const chains = held.filter((_, i) => i % stride === 0).map(([from, to], i) => ({ id: "ownership-chain", params: { from, to, includeHistorical: i % 2 === 0 } }));
    return [...routes, ...conflicts, ...evidence, ...policies, ...owned, ...chains];
  },
);

// The fixture's stakes reviewed in turn (confirmed, rejected, corrected, none), so each review filter keeps other chains.
describeWorld(
  "the fixture with reviewed stakes",
  () => FIXTURE,
  (batch) =>
    [...ids(batch, "asset:"), ...ids(batch, "actor:")].flatMap((asset) =>
      [false, true].flatMap((includeHistorical) =>
        (["hide-rejected", "all", "confirmed-only"] as const).flatMap((reviews) => [
          { id: "ultimate-owners", params: { asset, includeHistorical }, reviews },
          ...ownershipPairs(batch).filter(([, to]) => to === asset).map(([from, to]) => ({ id: "ownership-chain", params: { from, to, includeHistorical }, reviews })),
        ]),
      ),
    ),
  async (store) => {
    const stakes = (await store.read("MATCH ()-[r:OWNS]->() RETURN r.id AS id ORDER BY id")).rows.map((row) => String(row.id));
    const states = ["confirmed", "rejected", "corrected"] as const;
    for (const [i, factId] of stakes.entries()) {
      const state = states[i % 4];
      if (state) await store.recordReview({ id: `review:stake-${i}`, factId, evidenceIds: [], action: state === "confirmed" ? "confirm" : state === "rejected" ? "reject" : "correct", reviewer: "Ada", at: "2026-12-07T15:00:00.000Z" }, [{ factId, state }]);
    }
  },
);
