import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normaliseBatch } from "../../../graph/index.js";
import { ftmLoader } from "../../../loaders/ftm/ftm-loader.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function load(name: string) {
  const path = fixture(name);
  const file = { path, bytes: await readFile(path) };
  expect(ftmLoader.accepts(file)).toBe(true);
  const output = await ftmLoader.load(file);
  const [batch] = output.batches;
  expect(normaliseBatch(batch ?? {}).issues).toEqual([]);
  return { path, issues: output.issues, nodes: batch?.nodes ?? [], relationships: batch?.relationships ?? [] };
}

describe("FollowTheMoney loader", () => {
  it("reads companies, people and ownerships (fixtures/NOTES.md)", async () => {
    const { issues, nodes, relationships } = await load("ownership.jsonl");
    expect(issues).toEqual([]);
    expect(nodes.map((n) => [n.id, n.type, n.country])).toEqual([
      ["actor:mp-materials-corp", "company", "US"],
      ["actor:shenghe-resources-holding-co-ltd", "company", "CN"],
      ["actor:jane-example", "person", "GB"],
    ]);
    expect(relationships).toHaveLength(2);
    expect(relationships[0]).toMatchObject({
      type: "OWNS",
      from: "actor:shenghe-resources-holding-co-ltd",
      to: "actor:mp-materials-corp",
      properties: { share: 8, since: "2020-12-31" },
      evidence: [{ sourceUrl: "https://www.sec.gov/Archives/edgar/data/1801368/000119312521025215/d221047dsc13ga.htm", loader: "ftm" }],
    });
    expect(relationships[1]?.properties).toMatchObject({ shareMin: 25, shareMax: 50, since: "2019-03", until: "2021-06-30", status: "historical" });
  });

  it("reports malformed lines by file, line and field, and loads the rest", async () => {
    const { path, issues, nodes, relationships } = await load("malformed.jsonl");
    expect(nodes).toHaveLength(2);
    expect(nodes[0]?.identifiers).toEqual(["ru-registration:1027700000000"]);
    expect(relationships).toEqual([expect.objectContaining({ properties: expect.objectContaining({ share: 51, since: "2020" }) })]);
    expect(issues.map((i) => [i.where, i.field])).toEqual([
      [`${path} line 6`, undefined],
      [`${path} line 7 (c)`, "properties.name"],
      [`${path} line 3 (o-over)`, "properties.percentage"],
      [`${path} line 4 (o-date)`, "properties.startDate"],
      [`${path} line 5 (o-ref)`, "properties.owner"],
    ]);
    expect(issues[2]?.message).toBe("share 120% is over 100%. Use 0–100.");
    expect(issues[4]?.message).toContain('"zz"');
  });

  it("does not claim plain JSON lines without FtM schema", () => {
    expect(ftmLoader.accepts({ path: "x.jsonl", bytes: Buffer.from('{"a": 1}\n') })).toBe(false);
  });
});
