import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type GraphStore } from "../../../graph/index.js";
import { loadPathsWith, type LoadSummary } from "../../../loaders/load-paths.js";
import { referenceLoader } from "../../../loaders/reference/reference-loader.js";
import { REFERENCE_DIR } from "../../../loaders/resolution/reference-index.js";
import { usgsLoader } from "../../../loaders/usgs/usgs-loader.js";

const usgsFixture = fileURLToPath(new URL("../usgs/fixtures/mcs2026-rare-earths.json", import.meta.url));

const REQUIRED = [
  "actor:rosatom", "actor:armz", "actor:tvel", "actor:solikamsk-magnesium-plant", "asset:lovozero-gok", "actor:mp-materials", "asset:mountain-pass",
  "actor:shenghe-resources", "actor:arkmineral-resource", "asset:afrikanda-deposit", "actor:lynas", "asset:mount-weld", "actor:china-northern-rare-earth",
  "actor:china-rare-earth-group", "actor:neo-performance-materials", "actor:npm-silmet", "actor:chepetsk-mechanical-plant", "asset:tomtor", "asset:bayan-obo",
  "actor:us-dod", "policy:cn-2010-japan-rare-earth-embargo", "policy:cn-2023-gallium-germanium-export-control", "policy:cn-2023-rare-earth-technology-export-ban",
  "policy:cn-2024-antimony-export-control", "policy:cn-2025-april-rare-earth-export-control", "policy:cn-2025-october-rare-earth-export-control",
  "policy:eu-crma-strategic-projects-2025", "policy:us-ukraine-minerals-agreement",
];

describe("reference base + USGS loaded into the embedded store (issue 4 acceptance)", () => {
  let dir: string;
  let store: GraphStore;
  let summary: LoadSummary;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ytterby-acceptance-"));
    store = await openStore({ kind: "embedded", path: join(dir, "graph.lbug") });
    await store.ensureSchema();
    summary = await loadPathsWith(store, [REFERENCE_DIR, usgsFixture], { loaders: [referenceLoader, usgsLoader] });
  });

  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("loads without issues", () => {
    expect(summary.issues).toEqual([]);
    expect(summary.files.every((f) => f.ok && !f.skipped)).toBe(true);
  });

  it("has the actors, assets and policies the issue lists", async () => {
    const found = await store.getNodes(REQUIRED);
    expect(found.map((n) => n.id).sort()).toEqual([...REQUIRED].sort());
  });

  it.each([
    ["actor:solikamsk-magnesium-plant", "actor:rosatom", 89.5, "2024-01-22", "https://interfax.com/newsroom/top-stories/98664/"],
    ["asset:lovozero-gok", "actor:fin-proyekt", 100, undefined, "https://interfax.com/newsroom/top-stories/91073/"],
    ["actor:fin-proyekt", "actor:rosatom", 74.97, "2023-04-23", "https://interfax.com/newsroom/top-stories/91073/"],
    ["actor:mp-materials", "actor:shenghe-resources", 8, "2020-12-31", "https://www.sec.gov/Archives/edgar/data/1801368/000119312521025215/d221047dsc13ga.htm"],
  ])("ownership of %s: %s holds %s%% since %s, sourced", async (owned, owner, share, since, url) => {
    const result = await store.read("MATCH (o {id: $owner})-[r:OWNS]->(t {id: $owned}) WHERE r.share = $share RETURN r.id AS id, r.since AS since", { owner, owned, share });
    expect(result.rows).toHaveLength(1);
    if (since) expect(result.rows[0]?.since).toBe(since);
    const evidence = await store.evidenceFor(result.rows[0]?.id as string);
    expect(evidence.map((e) => e.sourceUrl)).toContain(url);
    expect(evidence.every((e) => e.sourceDate !== undefined && e.sourceDate !== null)).toBe(true);
  });

  it("2024 rare-earth production by country (MCS 2026) sums to the USGS world figure within rounding", async () => {
    const result = await store.read(
      "MATCH (c:Country)-[p:PRODUCES]->(e:Element {id: 'element:ree'}) WHERE p.year = 2024 AND p.edition = 'MCS 2026' AND p.stage = 'mined' RETURN c.id AS country, p.amount AS amount",
    );
    const rows = result.rows as { country: string; amount: number }[];
    const world = rows.find((r) => r.country === "country:world")?.amount;
    const sum = rows.filter((r) => r.country !== "country:world").reduce((total, r) => total + r.amount, 0);
    expect(world).toBe(380000);
    expect(Number(sum.toPrecision(2))).toBe(world);
  });

  it("keeps the MCS 2025 and MCS 2026 figures for Australia 2024 side by side", async () => {
    const result = await store.read(
      "MATCH (c:Country {id: 'country:au'})-[p:PRODUCES]->(e:Element {id: 'element:ree'}) WHERE p.year = 2024 RETURN p.edition AS edition, p.amount AS amount ORDER BY edition",
    );
    expect(result.rows).toEqual([
      { edition: "MCS 2025", amount: 13000 },
      { edition: "MCS 2026", amount: 29000 },
    ]);
  });
});
