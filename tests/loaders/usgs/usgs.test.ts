import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normaliseBatch, type RelationshipInput } from "../../../graph/index.js";
import { usgsLoader } from "../../../loaders/usgs/usgs-loader.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function load(name: string) {
  const path = fixture(name);
  const file = { path, bytes: await readFile(path) };
  expect(usgsLoader.accepts(file)).toBe(true);
  const output = await usgsLoader.load(file);
  const relationships = output.batches.flatMap((b) => b.relationships ?? []);
  return { ...output, relationships };
}

const ofType = (rels: RelationshipInput[], type: string) => rels.filter((r) => r.type === type);

describe("USGS MCS JSON", () => {
  it("turns the rare-earths chapter into the expected edges (fixtures/NOTES.md)", async () => {
    const { relationships, issues, batches } = await load("mcs2026-rare-earths.json");
    expect(issues).toEqual([]);
    expect(ofType(relationships, "PRODUCES")).toHaveLength(28);
    expect(ofType(relationships, "HAS_RESERVES")).toHaveLength(12);
    expect(ofType(relationships, "IMPORTS_FROM")).toHaveLength(5);
    for (const batch of batches) expect(normaliseBatch(batch).issues).toEqual([]);

    const china2024 = relationships.find((r) => r.type === "PRODUCES" && r.from === "country:cn" && r.properties?.year === 2024);
    expect(china2024?.properties).toMatchObject({ amount: 270000, unit: "t REO", stage: "mined", edition: "MCS 2026", status: "reported" });
    expect(china2024?.evidence?.[0]).toMatchObject({ sourceUrl: "https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-rare-earths.pdf", sourceDate: "2026-02", value: "270000" });
    const us2025 = relationships.find((r) => r.type === "PRODUCES" && r.from === "country:us" && r.properties?.year === 2025);
    expect(us2025?.properties).toMatchObject({ amount: 51000, status: "estimate" });
    const world = relationships.find((r) => r.type === "HAS_RESERVES" && r.from === "country:world");
    expect(world?.properties).toMatchObject({ amount: 85000000, lowerBound: true });
    const malaysia = relationships.find((r) => r.type === "IMPORTS_FROM" && r.to === "country:my");
    expect(malaysia).toMatchObject({ from: "country:us", properties: { element: "element:ree", share: 13, period: "2021-24", edition: "MCS 2026" } });
  });

  it("2024 rare-earth production by country sums to the USGS world total within its rounding", async () => {
    const { relationships } = await load("mcs2026-rare-earths.json");
    const produced2024 = relationships.filter((r) => r.type === "PRODUCES" && r.to === "element:ree" && r.properties?.year === 2024 && r.properties?.edition === "MCS 2026");
    const world = produced2024.find((r) => r.from === "country:world")?.properties?.amount as number;
    const sum = produced2024.filter((r) => r.from !== "country:world").reduce((total, r) => total + (r.properties?.amount as number), 0);
    expect(world).toBe(380000);
    expect(sum).toBe(384000);
    // USGS rounds world totals to two significant figures.
    const roundTo2 = (n: number) => Number(n.toPrecision(2));
    expect(roundTo2(sum)).toBe(world);
  });

  it("refuses JSON that is not an MCS chapter", async () => {
    const bytes = Buffer.from(JSON.stringify({ edition: "MCS 2026", world_production: [] }));
    expect(usgsLoader.accepts({ path: "x.json", bytes })).toBe(true);
    const output = await usgsLoader.load({ path: "x.json", bytes });
    expect(output.issues.some((i) => i.where === "x.json" && i.field === "slug")).toBe(true);
  });
});

describe("USGS MCS CSV", () => {
  it("reads ISO codes that look like legal forms (SA, AG, AO, CO) as countries", async () => {
    const text = "commodity,country,measure,year,value,unit,edition,source_url,importer,period\n" +
      "Nd,SA,production,2024,5,t,MCS 2026,https://example.org/mcs.pdf,,\n" +
      "Nd,AG,import_share,,10,%,MCS 2026,https://example.org/mcs.pdf,CO,2021-24\n" +
      "Nd,AO,production,2024,7,t,MCS 2026,https://example.org/mcs.pdf,,\n";
    const output = await usgsLoader.load({ path: "codes.csv", bytes: Buffer.from(text) });
    expect(output.issues).toEqual([]);
    expect(output.batches[0]?.relationships?.map((r) => [r.from, r.to])).toEqual([
      ["country:sa", "element:nd"],
      ["country:co", "country:ag"],
      ["country:ao", "element:nd"],
    ]);
  });

  it("loads a well-formed table", async () => {
    const { relationships, issues } = await load("mcs-small.csv");
    expect(issues).toEqual([]);
    expect(relationships).toHaveLength(6);
    expect(ofType(relationships, "PRODUCES").map((r) => `${r.from}>${r.to}:${String(r.properties?.stage)}`)).toEqual([
      "country:cn>element:ree:mined",
      "country:us>element:ree:mined",
      "country:cn>element:ga:mined",
      "country:cn>element:ga:capacity",
    ]);
    expect(relationships.find((r) => r.from === "country:world")?.properties).toMatchObject({ amount: 85000000, lowerBound: true });
    expect(relationships.find((r) => r.type === "IMPORTS_FROM")).toMatchObject({ from: "country:us", to: "country:my", properties: { share: 13 } });
  });

  it("reports each bad row with its line and field, and loads the rest", async () => {
    const path = fixture("mcs-bad-rows.csv");
    const { relationships, issues } = await load("mcs-bad-rows.csv");
    expect(relationships).toHaveLength(1);
    expect(issues.map((i) => [i.where, i.field])).toEqual([
      [`${path} line 3`, "value"],
      [`${path} line 4`, "year"],
      [`${path} line 5`, "country"],
      [`${path} line 6`, "commodity"],
      [`${path} line 7`, "value"],
    ]);
    expect(issues[2]?.message).toContain('unknown country "Atlantis"');
    expect(issues[4]?.message).toContain("over 100%");
  });

  it("reports missing columns and loads nothing", async () => {
    const path = fixture("mcs-wrong-columns.csv");
    const file = { path, bytes: await readFile(path) };
    // The header lacks "measure", so it is not recognised as an MCS table at all…
    expect(usgsLoader.accepts(file)).toBe(false);
    // …and if handed to the loader anyway, it names the missing columns.
    const output = await usgsLoader.load(file);
    expect(output.batches.flatMap((b) => b.relationships ?? [])).toEqual([]);
    expect(output.issues).toHaveLength(1);
    expect(output.issues[0]).toMatchObject({ where: path, field: "measure, edition" });
  });
});
