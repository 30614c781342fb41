import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, Neo4jStore, type GraphBatchInput, type GraphStore } from "../../graph/index.js";
import { loadCatalogue, runInvestigation, type Catalogue, type InvestigationResult } from "../../queries/index.js";
import { FIXTURE, HHI_MCS_2025, ROSATOM_IN_LOVOZERO } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-investigations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// USGS Mineral Commodity Summaries 2026, germanium, import sources 2021-24 (data/usgs-mcs2026/germanium.json), as
// the USGS loader writes them; Gallium's Canadian share is from the gallium chapter. None of these countries has a
// PRODUCES record for the element in the fixture.
const GERMANIUM_IMPORTS: GraphBatchInput = {
  source: "tests/queries/investigations.test.ts",
  nodes: [
    { id: "element:ge", name: "Germanium", symbol: "Ge", group: "critical_mineral" },
    { id: "country:be", name: "Belgium", code: "BE" },
    { id: "country:de", name: "Germany", code: "DE" },
  ],
  relationships: [
    ...([
      ["Germanium metal", [["country:cn", 41], ["country:be", 27], ["country:de", 25], ["country:ru", 3]]],
      ["Germanium dioxide (Ge content)", [["country:be", 57], ["country:ca", 37], ["country:jp", 3]]],
      ["Combined total", [["country:be", 41], ["country:cn", 23], ["country:ca", 17], ["country:de", 14]]],
    ] as const).flatMap(([product, sources]) =>
      sources.map(([to, share]) => ({ type: "IMPORTS_FROM" as const, from: "country:us", to, properties: { element: "element:ge", share, period: "2021-24", edition: "MCS 2026", product } })),
    ),
    { type: "IMPORTS_FROM", from: "country:us", to: "country:ca", properties: { element: "element:ga", share: 28, period: "2021-24", edition: "MCS 2026", product: "Gallium metal" } },
  ],
};

const row = (result: InvestigationResult, key: string, value: unknown) => result.rows.find((r) => r[key] === value);

/** The same expected answers for every store: the embedded one always, Neo4j when NEO4J_URI is set. */
function describeCatalogue(name: string, open: () => Promise<GraphStore>): void {
  describe(`the catalogue on ${name}`, () => {
    let store: GraphStore;
    let catalogue: Catalogue;
    const run = (id: string, params: Record<string, unknown>): Promise<InvestigationResult> => runInvestigation(store, catalogue.get(id), params);

    beforeAll(async () => {
      store = await open();
      await store.reset();
      await store.upsert(FIXTURE);
      catalogue = await loadCatalogue();
    });

    afterAll(async () => {
      await store?.close();
    });

    it("has at least 14 investigations across the six categories", () => {
      const list = catalogue.list();
      expect(list.length).toBeGreaterThanOrEqual(14);
      expect(new Set(list.map((i) => i.category))).toEqual(new Set(["ownership", "dependency", "policy", "market", "evidence", "explore"]));
    });

    it("ultimate-owners: Rosatom's effective stake in Lovozero sums both chains, with the untraced remainder", async () => {
      const result = await run("ultimate-owners", { asset: "Ловозерский ГОК" });
      const rosatom = row(result, "ownerId", "actor:rosatom");
      expect(rosatom?.effectiveStake).toBeCloseTo(ROSATOM_IN_LOVOZERO, 6);
      expect(rosatom).toMatchObject({ ultimate: true, over25: true, over50: true });
      expect(String(rosatom?.via)).toContain("Fin-Proyekt");
      expect(rosatom?.chains).toHaveLength(2);
      expect(row(result, "ownerId", "actor:fin-proyekt")).toMatchObject({ effectiveStake: 100, ultimate: false });
      expect(row(result, "owner", "(not traced)")?.effectiveStake).toBeCloseTo(100 - ROSATOM_IN_LOVOZERO, 6);
      expect(row(result, "ownerId", "actor:kondrashev")).toBeUndefined();
      expect(result.summary).toContain(`Rosatom ultimately holds ${Math.round(ROSATOM_IN_LOVOZERO * 100) / 100}% of Lovozero GOK via Fin-Proyekt`);
      expect(result.graph.edges.filter((e) => e.type === "OWNS").length).toBeGreaterThanOrEqual(4);
      expect(result.entities.asset).toEqual({ id: "asset:lovozero-gok", kind: "Asset", name: "Lovozero GOK" });
    });

    it("ultimate-owners: ended stakes only when asked", async () => {
      const result = await run("ultimate-owners", { asset: "asset:lovozero-gok", includeHistorical: "true" });
      expect(row(result, "ownerId", "actor:kondrashev")).toMatchObject({ effectiveStake: 75, status: "ended 2023" });
      // An ended stake is listed, not added to today's owners: the current answer and remainder stand.
      expect(row(result, "ownerId", "actor:rosatom")).toMatchObject({ status: "current" });
      expect(row(result, "owner", "(not traced)")?.effectiveStake).toBeCloseTo(100 - ROSATOM_IN_LOVOZERO, 6);
      expect(result.summary).toContain(`Rosatom ultimately holds ${Math.round(ROSATOM_IN_LOVOZERO * 100) / 100}% of Lovozero GOK via Fin-Proyekt`);
      expect(result.summary).toContain("Earlier owners (stakes since ended): Petr Kondrashev 75% until 2023.");
    });

    it("actor-holdings: indirect holdings above the threshold", async () => {
      const result = await run("actor-holdings", { actor: "Rosatom", threshold: 50 });
      expect(result.rows.map((r) => r.holdingId).sort()).toEqual(["actor:fin-proyekt", "asset:lovozero-gok"]);
      expect(row(result, "holdingId", "asset:lovozero-gok")?.effectiveStake).toBeCloseTo(ROSATOM_IN_LOVOZERO, 6);
      expect(result.summary).toBe("Rosatom holds stakes of at least 50% in 1 company and 1 asset.");
      expect((await run("actor-holdings", { actor: "Rosatom", threshold: 99 })).summary).toBe("Rosatom holds no stake of at least 99%.");
      expect((await run("actor-holdings", { actor: "Rosatom" })).summary).toMatch(/^Rosatom holds stakes in \d+ compan(y|ies) and 1 asset, \d+ of them at 50% or more\.$/);
    });

    it("ownership-chain: both chains from Rosatom to Lovozero", async () => {
      const result = await run("ownership-chain", { from: "Rosatom", to: "Lovozero GOK" });
      expect(result.rows[0]?.effectiveStake).toBeCloseTo(ROSATOM_IN_LOVOZERO, 6);
      expect(result.rows[0]?.chains).toEqual(expect.arrayContaining(["Rosatom → Fin-Proyekt → Lovozero GOK (74.97% × 100%)"]));
    });

    it("dependency-paths: own production first, imports from China with China's control on them", async () => {
      const result = await run("dependency-paths", { country: "Россия", element: "Dy", k: 5 });
      expect(result.rows[0]).toMatchObject({ route: "Russia → Rare earth elements", hops: 1, imported: false });
      const viaChina = result.rows.find((r) => r.route === "Russia → China → Rare earth elements");
      expect(viaChina?.policies).toEqual(["China's dysprosium export control"]);
      // A policy on a route is drawn attached to its issuer and what it restricts, not floating alone.
      const edges = result.graph.edges.map((e) => `${e.source} ${e.type} ${e.target}`);
      expect(edges).toEqual(expect.arrayContaining(["actor:mofcom ISSUED policy:cn-dy-control", "policy:cn-dy-control RESTRICTS element:dy"]));
      expect(result.rows.some((r) => r.route === "Russia → China → Bayan Obo → Rare earth elements")).toBe(true);
      expect((await run("dependency-paths", { country: "country:ru", element: "element:dy", k: 1 })).rows).toHaveLength(1);
    });

    it("dependency-paths: US → germanium goes through importers that mine none (Belgium refines it)", async () => {
      await store.upsert(GERMANIUM_IMPORTS);
      const result = await run("dependency-paths", { country: "United States", element: "Germanium", k: 5 });
      expect(result.rows.map((r) => [r.route, r.importShare])).toEqual([
        ["United States → Belgium → Germanium", 41],
        ["United States → China → Germanium", 23],
        ["United States → Canada → Germanium", 17],
        ["United States → Germany → Germanium", 14],
        ["United States → Japan → Germanium", 3],
      ]);
      expect(result.rows.every((r) => r.imported === true && r.hops === 2)).toBe(true);
      expect(result.summary).toContain("Import shares: Belgium 41%, China 23%, Canada 17%, Germany 14%");
      // Only the k routes kept are drawn: Russia's 3% of germanium metal ties Japan's 3% and sorts sixth.
      expect(result.graph.nodes.map((n) => n.id)).not.toContain("country:ru");
      expect(result.graph.edges.filter((e) => e.type === "IMPORTS_FROM" && e.target === "country:be").map((e) => e.properties["share"]).sort()).toEqual([27, 41, 57]);
      // Gallium: imports from a country with no production record count too.
      expect((await run("dependency-paths", { country: "United States", element: "Gallium", k: 5 })).rows.map((r) => r.route)).toContain("United States → Canada → Gallium");
      const cuts = await run("chokepoints", { country: "United States", element: "Germanium" });
      expect(cuts.rows.filter((r) => r.chokepoint)).toEqual([]);
      expect(cuts.rows.find((r) => r.nodeId === "country:be")).toMatchObject({ routesThrough: 1, routes: 6 });
    });

    it("chokepoints: every Japanese route runs through China", async () => {
      const result = await run("chokepoints", { country: "Japan", element: "Dysprosium" });
      expect(result.rows.filter((r) => r.chokepoint).map((r) => r.nodeId)).toEqual(["country:cn"]);
      expect((await run("chokepoints", { country: "Russia", element: "Dysprosium" })).rows.filter((r) => r.chokepoint)).toEqual([]);
    });

    it("policy-exposure: restricted element, producers, importers from the issuer and assets hit", async () => {
      const result = await run("policy-exposure", { policy: "China's dysprosium export control" });
      expect(result.rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ role: "restricted", partyId: "element:dy" }),
          // The element column must hold the element: a LadybugDB UNION ALL bug once put the producer's name there.
          expect.objectContaining({ role: "producer", partyId: "country:au", element: "Rare earth elements", party: "Australia" }),
          expect.objectContaining({ role: "importer from China", partyId: "country:jp" }),
          expect.objectContaining({ role: "asset in China", partyId: "asset:bayan-obo", note: "China Rare Earth Group" }),
        ]),
      );
      expect(result.rows.some((r) => r.partyId === "country:world")).toBe(false);
      // The rows are a table; the drawing query adds the policy's own edges and the imports it bears on.
      const edges = result.graph.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort();
      expect(edges).toEqual(["actor:mofcom ISSUED policy:cn-dy-control", "country:jp IMPORTS_FROM country:cn", "country:ru IMPORTS_FROM country:cn", "policy:cn-dy-control RESTRICTS element:dy"]);
    });

    it("policy-exposure draws a policy that restricts nothing on its own", async () => {
      const result = await run("policy-exposure", { policy: "policy:cn-us-ban" });
      expect(result.graph.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort()).toEqual(expect.arrayContaining(["country:cn ISSUED policy:cn-us-ban", "policy:cn-us-ban TARGETS country:us"]));
    });

    it("concentration: shares of the printed world total, HHI and top-3 as computed by hand", async () => {
      const result = await run("concentration", { element: "rare earths", year: 2024, edition: "MCS 2025" });
      expect(row(result, "country", "HHI")?.amount).toBeCloseTo(HHI_MCS_2025, 1);
      expect(row(result, "country", "Top-3 share")?.share).toBeCloseTo(((270000 + 45000 + 13000) / 390000) * 100, 2);
      expect(result.rows[0]).toMatchObject({ rank: 1, countryId: "country:cn", share: 69.23 });
      expect(result.rows.some((r) => r.countryId === "country:world" || r.countryId === "country:other-countries")).toBe(false);
      const newest = await run("concentration", { element: "element:ree", year: "2024" });
      expect(newest.rows[0]).toMatchObject({ countryId: "country:cn", share: 70, edition: "MCS 2026" });
      // The drawing shows what the table counts: one edition, no world total or residual.
      expect(new Set(newest.graph.edges.map((e) => e.properties.edition))).toEqual(new Set(["MCS 2026"]));
      expect(newest.graph.nodes.some((n) => n.id === "country:world" || n.id === "country:other-countries")).toBe(false);
      expect(newest.graph.edges.map((e) => e.source).sort()).toEqual(newest.rows.filter((r) => r.countryId).map((r) => r.countryId).sort());
    });

    it("foreign-stakes: Chinese owners outside China, preferring the better-sourced of two claims", async () => {
      const result = await run("foreign-stakes", { ownerCountry: "China" });
      const mp = row(result, "heldId", "actor:mp-materials");
      expect(mp).toMatchObject({ ownerId: "actor:shenghe", effectiveStake: 8, location: "United States" });
      expect(mp?.conflictingClaims).toEqual(["Shenghe Resources → MP Materials (7.7%)"]);
      expect(result.rows.some((r) => r.heldId === "asset:bayan-obo")).toBe(false);
      expect((await run("foreign-stakes", { ownerCountry: "China", assetCountry: "Japan" })).rows).toEqual([]);
    });

    it("state-control: assets a state body holds at or above the threshold", async () => {
      const majority = await run("state-control", { includeUnknown: false });
      expect(majority.rows.map((r) => r.assetId)).toEqual(["asset:lovozero-gok"]);
      expect(majority.rows[0]?.effectiveStake).toBeCloseTo(ROSATOM_IN_LOVOZERO, 6);
      const lower = await run("state-control", { threshold: 30, country: "China" });
      expect(lower.rows.map((r) => [r.assetId, r.controllerId])).toEqual([["asset:bayan-obo", "actor:sasac"]]);
    });

    it("neighbourhood: capped, with the total for '+N more'", async () => {
      const result = await run("neighbourhood", { entity: "Rosatom", limit: 2 });
      expect(result.rows).toHaveLength(2);
      expect(result.rows[0]?.total).toBe(2);
      const all = await run("neighbourhood", { entity: "Fin-Proyekt" });
      expect(all.rows.map((r) => r.neighbourId).sort()).toEqual(["actor:holdco", "actor:kondrashev", "actor:rosatom", "asset:lovozero-gok"]);
      // Which way each relationship points: Rosatom owns Fin-Proyekt, Fin-Proyekt owns Lovozero.
      expect(all.rows.find((r) => r.neighbourId === "actor:rosatom")?.direction).toBe("incoming");
      expect(all.rows.find((r) => r.neighbourId === "asset:lovozero-gok")?.direction).toBe("outgoing");
    });

    it("evidence: the quote and document behind a stake, by relationship id and by entity", async () => {
      const owns = await store.read("MATCH (:Actor {id: 'actor:rosatom'})-[r:OWNS]->(:Actor {id: 'actor:fin-proyekt'}) RETURN r.id AS id");
      const factId = String(owns.rows[0]?.id);
      const byFact = await run("evidence", { fact: factId });
      expect(byFact.rows).toHaveLength(1);
      expect(byFact.rows[0]).toMatchObject({ fact: factId, quote: "74.97% of Fin-Proyekt LLC", source: "Rosatom buys Lovozero's owner", sourceDate: "2023-06-01", confidence: 1, start: 10, end: 35 });
      const byEntity = await run("evidence", { fact: "Rosatom" });
      expect(byEntity.rows.map((r) => r.fact)).toContain(factId);
      // Each statement names its fact in words, and the drawing is the facts, every node on an edge.
      expect(byFact.rows[0]?.about).toBe("Rosatom OWNS Fin-Proyekt");
      expect(byEntity.rows.find((r) => r.fact === factId)?.about).toBe("Rosatom OWNS Fin-Proyekt");
      expect(byEntity.graph.nodes.some((n) => n.kind === "Evidence")).toBe(false);
      const ends = new Set(byEntity.graph.edges.flatMap((e) => [e.source, e.target]));
      expect(byEntity.graph.nodes.filter((n) => !ends.has(n.id))).toEqual([]);
      expect(byEntity.graph.edges.map((e) => e.id)).toContain(factId);
      expect(byFact.graph.edges.map((e) => e.id)).toEqual([factId]);
    });

    it("conflicting-claims: Shenghe's two stated stakes side by side; another edition's or period's figure is no conflict", async () => {
      const result = await run("conflicting-claims", {});
      // MCS 2026 revising MCS 2025's 2024 output (China 270,000 → 280,000 t, World 390,000 → 400,000 t) is
      // one source's time series, not two sources disagreeing.
      expect(result.rows.map((r) => `${r.subject} ${r.relationship} ${r.object}`).sort()).toEqual(["Shenghe Resources OWNS MP Materials"]);
      expect(row(result, "subject", "Shenghe Resources")?.values).toMatch(/^(8% vs 7\.7%|7\.7% vs 8%)$/);
      // Two import shares of one edition and period do conflict; the same route in other periods does not.
      await store.upsert({
        source: "tests/queries/investigations.test.ts",
        nodes: [],
        relationships: [
          { type: "IMPORTS_FROM", from: "country:us", to: "country:cn", properties: { element: "element:ree", share: 70, period: "2020-23", edition: "MCS 2025" } },
          { type: "IMPORTS_FROM", from: "country:us", to: "country:cn", properties: { element: "element:ree", share: 71, period: "2021-24", edition: "MCS 2026" } },
        ],
      });
      expect((await run("conflicting-claims", { entity: "United States" })).rows).toEqual([]);
      expect((await run("conflicting-claims", { entity: "Rosatom" })).rows).toEqual([]);
    });

    it("timeline: dated events in order", async () => {
      const result = await run("timeline", { entity: "Rosatom" });
      expect(result.rows.map((r) => [r.date, r.event, r.otherId])).toEqual([
        ["2020", "took a stake in", "actor:holdco"],
        ["2023-04-23", "took a stake in", "actor:fin-proyekt"],
      ]);
      expect(result.graph.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort()).toEqual(["actor:rosatom OWNS actor:fin-proyekt", "actor:rosatom OWNS actor:holdco"]);
      const china = await run("timeline", { entity: "China", fromYear: 2025 });
      expect(china.rows.map((r) => [r.date, r.event])).toEqual([["2025-11", "policy lifted"]]);
      expect(china.graph.edges.map((e) => e.type)).toEqual(["ISSUED"]);
      expect(china.graph.nodes.map((n) => n.kind).sort()).toEqual(["Country", "Policy"]);
    });

    it("timeline: an investment's sum reads with its currency, an instrument as written", async () => {
      await store.upsert({
        source: "tests/queries/investigations.test.ts",
        nodes: [
          { id: "actor:ostvik-capital", name: "Ostvik Capital", type: "company", country: "NO" },
          { id: "asset:karsk-plant", name: "Karsk Separation Plant", type: "refinery", country: "NO" },
          { id: "asset:karsk-mine", name: "Karsk Open Pit", type: "mine", country: "NO" },
        ],
        relationships: [
          { type: "INVESTS_IN", from: "actor:ostvik-capital", to: "asset:karsk-plant", properties: { amount: 3_600_000_000, currency: "RUB", year: 2024 } },
          { type: "INVESTS_IN", from: "actor:ostvik-capital", to: "asset:karsk-mine", properties: { amount: 12_500_000, currency: "USD", year: 2025, instrument: "convertible loan" } },
        ],
      });
      const result = await run("timeline", { entity: "Ostvik Capital" });
      expect(result.rows.map((r) => [r.date, r.event, r.otherId, r.detail])).toEqual([
        ["2024", "invests in", "asset:karsk-plant", "RUB 3.6B"],
        ["2025", "invests in", "asset:karsk-mine", "convertible loan"],
      ]);
    });

    it("entity-search: any script, fuzzy, kind filter", async () => {
      expect((await run("entity-search", { q: "Росатом" })).rows[0]?.id).toBe("actor:rosatom");
      expect((await run("entity-search", { q: "rosatm" })).rows[0]?.id).toBe("actor:rosatom");
      expect((await run("entity-search", { q: "镝" })).rows[0]).toMatchObject({ id: "element:dy", matched: "镝" });
      const countries = await run("entity-search", { q: "Chin", kind: "Country" });
      expect(countries.rows.map((r) => r.kind)).toEqual(["Country"]);
    });

    it("ultimate-owners and actor-holdings: a planned stake is listed as planned, never summed into today's owners", async () => {
      // The DoD's July 2025 agreement with MP Materials (data/reference/ownership.yaml): 15% as converted, planned.
      await store.upsert({
        source: "tests/queries/investigations.test.ts",
        nodes: [{ id: "actor:us-dod", name: "US Department of Defense", type: "state_body", country: "US" }],
        relationships: [{ type: "OWNS", from: "actor:us-dod", to: "actor:mp-materials", properties: { share: 15, since: "2025-07", status: "planned" } }],
      });
      const owners = await run("ultimate-owners", { asset: "Mountain Pass" });
      expect(row(owners, "ownerId", "actor:us-dod")).toMatchObject({ status: "planned" });
      expect(owners.rows.filter((r) => r.status === "current").map((r) => r.ownerId)).not.toContain("actor:us-dod");
      expect(owners.summary).toContain("Planned, not counted above: US Department of Defense 15% of MP Materials (planned).");
      expect(owners.graph.edges.some((e) => e.source === "actor:us-dod" && e.properties["status"] === "planned")).toBe(true);
      const holdings = await run("actor-holdings", { actor: "US Department of Defense" });
      expect(holdings.rows.map((r) => [r.holdingId, r.status, r.effectiveStake])).toEqual([["actor:mp-materials", "planned", 15], ["asset:mountain-pass", "planned", null]]);
      expect(holdings.summary).toBe("No holdings of US Department of Defense are recorded. Planned, not yet held: MP Materials 15%, Mountain Pass (unstated share).");
      const between = await run("ownership-chain", { from: "US Department of Defense", to: "Mountain Pass" });
      expect(between.rows.map((r) => r.status)).toEqual(["planned"]);
      expect(between.summary).toBe("No current ownership chain links US Department of Defense and Mountain Pass. Planned, not yet held: US Department of Defense 15% of MP Materials (planned).");
      // Rosatom's answer has no planned stake and does not change.
      expect((await run("actor-holdings", { actor: "Rosatom", threshold: 50 })).summary).toBe("Rosatom holds stakes of at least 50% in 1 company and 1 asset.");
    });
  });
}

describeCatalogue("the embedded store (LadybugDB)", () => EmbeddedStore.open(join(dir, "graph.lbug")));

const uri = process.env.NEO4J_URI;
// CI starts tools/neo4j and sets NEO4J_URI, so the same answers run against a real Neo4j 5.26 there (the database is reset);
// locally, start `npm run neo4j` and set NEO4J_URI to run them too.
if (uri) {
  describeCatalogue(`Neo4j (${uri})`, () => Neo4jStore.open({ uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: process.env.NEO4J_DATABASE }));
}
