import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normaliseBatch } from "../../../graph/index.js";
import { bodsLoader } from "../../../loaders/bods/bods-loader.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function load(name: string) {
  const path = fixture(name);
  const file = { path, bytes: await readFile(path) };
  expect(bodsLoader.accepts(file)).toBe(true);
  const output = await bodsLoader.load(file);
  const [batch] = output.batches;
  expect(batch).toBeDefined();
  expect(normaliseBatch(batch ?? {}).issues).toEqual([]);
  return { path, issues: output.issues, nodes: batch?.nodes ?? [], relationships: batch?.relationships ?? [] };
}

// One row per fixture: counts and a sample fact (fixtures/NOTES.md).
const table = [
  { file: "bods-package-entity-owning-entity.json", actors: 2, owns: 1, sample: { from: "actor:gb-coh-08150312", to: "actor:gb-coh-03209885", properties: { shareMin: 75, shareMax: 100, direct: true } } },
  { file: "indirect-ownership.json", actors: 3, owns: 3, sample: { from: "actor:person-1", to: "actor:gb-coh-xe9999", properties: { share: 30, direct: false, since: "2017-11-01" } } },
  { file: "joint-ownership.json", actors: 4, owns: 3, sample: { from: "actor:bods-91b4236a7d89", to: "actor:gb-coh-07444723", properties: { share: 100, direct: true, since: "2018-01-01" } } },
];

describe("BODS 0.4 loader", () => {
  it.each(table)("$file → $actors actors, $owns OWNS", async ({ file, actors, owns, sample }) => {
    const { issues, nodes, relationships } = await load(file);
    expect(issues).toEqual([]);
    expect(nodes).toHaveLength(actors);
    expect(relationships.filter((r) => r.type === "OWNS")).toHaveLength(owns);
    expect(relationships).toContainEqual(expect.objectContaining({ ...sample, properties: expect.objectContaining(sample.properties) }));
    for (const rel of relationships) expect(rel.evidence?.[0]?.loader).toBe("bods");
  });

  it("keeps registry identifiers and names for resolution", async () => {
    const { nodes } = await load("bods-package-entity-owning-entity.json");
    expect(nodes[0]).toMatchObject({ name: "JENEX LIMITED", type: "company", identifiers: ["gb-coh:03209885"] });
  });

  it("reports malformed records by file, record and field, and loads the rest", async () => {
    const { path, issues, nodes, relationships } = await load("malformed.json");
    expect(nodes).toHaveLength(2);
    expect(relationships).toEqual([
      expect.objectContaining({ type: "OWNS", properties: expect.objectContaining({ shareMin: 25, shareMax: 50, direct: false, since: "2024-01-22", note: "share range maximum exclusive" }) }),
    ]);
    expect(issues.map((i) => [i.where, i.field])).toEqual([
      [`${path} statement 7`, "recordType"],
      [`${path} record rel-over interests[0]`, "share.exact"],
      [`${path} record rel-date interests[0]`, "startDate"],
      [`${path} record rel-missing`, "recordDetails.interestedParty"],
    ]);
    expect(issues[1]?.message).toBe("share 120% is over 100%. Use 0–100.");
    expect(issues[2]?.message).toContain('"22 January" does not parse');
    expect(issues[3]?.message).toContain('"nobody"');
  });
});
