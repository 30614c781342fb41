import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type GraphStore, type RelationshipInput } from "../../../graph/index.js";
import { claimDateAligner, type Claim } from "../../../loaders/claims/align-claim-dates.js";
import { loadPathsWith } from "../../../loaders/load-paths.js";
import type { Loader } from "../../../loaders/loader.js";

const owns = (properties: Record<string, unknown>): RelationshipInput => ({ type: "OWNS", from: "actor:holder", to: "actor:held", properties });
const stored = (properties: Record<string, unknown>): Claim => ({ type: "OWNS", from: "actor:holder", to: "actor:held", properties: { status: "reported", ...properties } });

describe("claim dates that agree up to precision", () => {
  it("take the stored claim's date", () => {
    const align = claimDateAligner([], [stored({ share: 89.5, since: "2024-01-22" })]);
    expect(align(owns({ share: 89.5, since: "2024-01" })).properties).toEqual({ share: 89.5, since: "2024-01-22" });
  });

  it("take the most precise date stated in the same load when nothing is stored", () => {
    const incoming = [owns({ share: 89.5, since: "2024" }), owns({ share: 89.5, since: "2024-01" }), owns({ share: 89.5, since: "2024-01-22" })];
    const align = claimDateAligner(incoming, []);
    expect(incoming.map((r) => align(r).properties?.since)).toEqual(["2024-01-22", "2024-01-22", "2024-01-22"]);
  });

  it("leave different facts alone: another year, another share, another status, an end date on one side", () => {
    const align = claimDateAligner([], [stored({ share: 89.5, since: "2024-01-22" })]);
    for (const properties of [{ share: 89.5, since: "2023" }, { share: 80, since: "2024" }, { share: 89.5, since: "2024", status: "planned" }, { share: 89.5, since: "2024", until: "2025" }]) {
      expect(align(owns(properties)).properties).toEqual(properties);
    }
  });

  it("leave undated claims and other relationship types alone", () => {
    const align = claimDateAligner([], [stored({ share: 89.5, since: "2024-01-22" })]);
    expect(align(owns({ share: 89.5 })).properties).toEqual({ share: 89.5 });
    const produces: RelationshipInput = { type: "PRODUCES", from: "actor:holder", to: "element:nd", properties: { amount: 1, unit: "t", year: 2024 } };
    expect(align(produces)).toBe(produces);
  });
});

/** Each `.stake.json` file states one stake with its quote, as an article or a register would. */
const stakeLoader: Loader = {
  name: "stake-stub",
  accepts: (file) => file.path.endsWith(".stake.json"),
  load: async (file) => {
    const stake = JSON.parse(file.bytes.toString("utf8")) as { share: number; since: string; quote: string };
    return {
      batches: [{
        source: file.path,
        nodes: [{ id: "actor:holder", name: "Holder", type: "company" }, { id: "actor:held", name: "Held", type: "company" }],
        relationships: [{ ...owns({ share: stake.share, since: stake.since }), evidence: [{ sourceUrl: `file:${file.path}`, loader: "stake-stub", quote: stake.quote, confidence: 0.9 }] }],
      }],
      issues: [],
    };
  },
};

describe("loading one stake from a register and an article (embedded store)", () => {
  let dir: string;
  let store: GraphStore;
  const file = (name: string) => join(dir, name);
  const stakes = async () => (await store.read("MATCH (:Actor {id: 'actor:holder'})-[r:OWNS]->(:Actor {id: 'actor:held'}) RETURN r.id AS id, r.since AS since ORDER BY since")).rows;
  const quotes = async (factId: unknown) => (await store.read("MATCH (e:Evidence) WHERE e.factId = $id RETURN e.quote AS quote ORDER BY quote", { id: factId })).rows.map((r) => r.quote);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ytterby-claim-dates-"));
    await writeFile(file("register.stake.json"), JSON.stringify({ share: 89.5, since: "2024-01-22", quote: "register entry of 22 January 2024" }));
    await writeFile(file("article.stake.json"), JSON.stringify({ share: 89.5, since: "2024-01", quote: "took 89.5% in January 2024" }));
    await writeFile(file("older.stake.json"), JSON.stringify({ share: 89.5, since: "2023", quote: "held 89.5% since 2023" }));
    store = await openStore({ kind: "embedded", path: file("graph.lbug") });
    await store.ensureSchema();
  });

  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps one claim with both quotes when the article comes in a later load", async () => {
    await loadPathsWith(store, [file("register.stake.json")], { loaders: [stakeLoader] });
    const summary = await loadPathsWith(store, [file("article.stake.json")], { loaders: [stakeLoader] });
    expect(summary.relationshipsCreated).toBe(0);
    const rows = await stakes();
    expect(rows.map((r) => r.since)).toEqual(["2024-01-22"]);
    expect(await quotes(rows[0]?.id)).toEqual(["register entry of 22 January 2024", "took 89.5% in January 2024"]);
  });

  it("keeps a stake from another date as its own claim, and reloading adds nothing", async () => {
    await loadPathsWith(store, [file("older.stake.json")], { loaders: [stakeLoader] });
    const again = await loadPathsWith(store, [file("register.stake.json"), file("article.stake.json"), file("older.stake.json")], { loaders: [stakeLoader] });
    expect([again.relationshipsCreated, again.evidenceCreated]).toEqual([0, 0]);
    expect((await stakes()).map((r) => r.since)).toEqual(["2023", "2024-01-22"]);
  });

  it("keeps the most precise date when the article and the register come in one load", async () => {
    const fresh = await openStore({ kind: "embedded", path: file("fresh.lbug") });
    try {
      await fresh.ensureSchema();
      await loadPathsWith(fresh, [file("article.stake.json"), file("register.stake.json")], { loaders: [stakeLoader] });
      const rows = (await fresh.read("MATCH ()-[r:OWNS]->() RETURN r.since AS since")).rows;
      expect(rows.map((r) => r.since)).toEqual(["2024-01-22"]);
    } finally {
      await fresh.close();
    }
  });
});
