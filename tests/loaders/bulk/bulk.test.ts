import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normaliseBatch } from "../../../graph/index.js";
import { bulkLoader } from "../../../loaders/bulk/bulk-loader.js";
import { usgsLoader } from "../../../loaders/index.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function load(name: string) {
  const path = fixture(name);
  const file = { path, bytes: await readFile(path) };
  expect(bulkLoader.accepts(file)).toBe(true);
  const output = await bulkLoader.load(file);
  const [batch] = output.batches;
  expect(normaliseBatch(batch ?? {}).issues).toEqual([]);
  return { path, issues: output.issues, nodes: batch?.nodes ?? [], relationships: batch?.relationships ?? [] };
}

describe("bulk CSV loader", () => {
  it("reads typed node columns, lists and evidence (fixtures/NOTES.md)", async () => {
    const { issues, nodes } = await load("assets.nodes.csv");
    expect(issues).toEqual([]);
    expect(nodes).toEqual([
      {
        id: "asset:test-mine",
        name: "Test Mine, North",
        type: "mine",
        country: "AU",
        status: "operating",
        commodities: ["Nd", "Pr"],
        aliases: ["Test North Mine"],
        evidence: [{ sourceUrl: "https://example.org/assets/1", loader: "bulk", confidence: 1 }],
      },
      { id: "asset:test-plant", name: "Test Plant", type: "separation_plant", country: "MY", evidence: [] },
    ]);
  });

  it("reports each bad row with its line and column, and keeps the good ones", async () => {
    const { path, issues, relationships } = await load("malformed.edges.csv");
    expect(relationships.map((r) => r.properties?.share)).toEqual([60, 40]);
    expect(relationships[0]?.evidence).toEqual([expect.objectContaining({ sourceUrl: "https://example.org/owns/1", loader: "bulk" })]);
    expect(issues.map((i) => [i.where, i.field])).toEqual([
      [`${path} line 3`, "share"],
      [`${path} line 4`, "share"],
      [`${path} line 5`, "type"],
      [`${path} line 6`, "year"],
      [`${path} line 7`, "source_url"],
      [`${path} line 8`, undefined],
    ]);
  });

  it("places issues on the line their record ends on, past quoted line breaks, empty lines and a byte-order mark", async () => {
    // Lines as csv-parse's per-record info gave them before records were read without it (checked on the old code).
    const text = [
      "\uFEFFtype,from,to,share:float,source_url",
      "OWNS,actor:a,asset:b,50,https://example.org/1",
      "",
      'OWNS,actor:a,asset:c,"5\n0",https://example.org/2',
      "",
      "",
      "OWNS,actor:a,asset:d,120,https://example.org/3",
      'OWNS,actor:a,asset:e,"7",not a url',
      "OWNS,actor:a",
      'OWNS,actor:a,asset:f,"1\n\n",https://example.org/4',
      "OWNS,actor:a,asset:g,2,https://example.org/5",
      "",
    ].join("\n");
    const output = await bulkLoader.load({ path: "t.csv", bytes: Buffer.from(text) });
    expect(output.issues.map((i) => [i.where, i.field])).toEqual([
      ["t.csv line 5", "share"],
      ["t.csv line 8", "share"],
      ["t.csv line 9", "source_url"],
      ["t.csv line 10", undefined],
    ]);
    expect(output.batches[0]?.relationships?.map((r) => r.to)).toEqual(["asset:b", "asset:f", "asset:g"]);
  });

  it("leaves USGS tables to the USGS loader and refuses a header with an unknown type", async () => {
    const usgs = { path: "x.csv", bytes: Buffer.from("commodity,country,measure,value\nNd,CN,production,1\n") };
    expect(bulkLoader.accepts(usgs)).toBe(false);
    expect(usgsLoader.accepts(usgs)).toBe(true);
    const bad = { path: "bad.csv", bytes: Buffer.from("type,from,to,share:percent\nOWNS,actor:a,asset:b,5\n") };
    expect(bulkLoader.accepts(bad)).toBe(true);
    const output = await bulkLoader.load(bad);
    expect(output.batches).toEqual([]);
    expect(output.issues).toEqual([expect.objectContaining({ where: "bad.csv line 1", field: "share:percent" })]);
  });
});
