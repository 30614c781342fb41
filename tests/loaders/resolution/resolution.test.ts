import { describe, expect, it } from "vitest";
import { EntityIndex } from "../../../loaders/resolution/entity-index.js";
import { normaliseName } from "../../../loaders/resolution/normalise-name.js";
import { resolveBatch } from "../../../loaders/resolution/resolve-batch.js";

const lynas = { id: "actor:lynas", kind: "Actor", name: "Lynas Rare Earths", aliases: ["Lynas Corporation"], identifiers: ["asx:LYC"], type: "company" };
const mp = { id: "actor:mp-materials", kind: "Actor", name: "MP Materials", aliases: [], identifiers: ["sec-cik:1801368"], type: "company" };
const record = (name: string, identifiers: string[] = [], type = "company") => ({ kind: "Actor", name, aliases: [], identifiers, type });

describe("normaliseName", () => {
  it.each([
    ["Lynas Rare Earths Ltd", "lynas rare earths"],
    ["MP Materials Corp.", "mp materials"],
    ["ООО «Фин-Проект»", "фин проект"],
    ["Shenghe Resources Holding Co., Ltd.", "shenghe resources holding"],
    ["盛和资源控股股份有限公司", "盛和资源控股"],
    ["Côte d’Ivoire", "cote d ivoire"],
    ["The Pentagon", "pentagon"],
  ])("%s → %s", (name, key) => expect(normaliseName(name)).toBe(key));
});

describe("EntityIndex", () => {
  const index = EntityIndex.from([lynas, mp, { id: "actor:jane-doe", kind: "Actor", name: "Jane Doe", aliases: [], identifiers: [], type: "person" }]);

  it("matches by identifier before name, whatever the name says", () => {
    expect(index.resolve(record("Some Other Name", ["US-SEC:1801368"]))).toEqual({ outcome: "match", id: "actor:mp-materials", by: "identifier" });
  });

  it("matches by normalised name or alias", () => {
    expect(index.resolve(record("LYNAS CORPORATION LTD"))).toEqual({ outcome: "match", id: "actor:lynas", by: "name" });
  });

  it("does not merge on name when the same registry gives different numbers", () => {
    expect(index.resolve(record("MP Materials", ["sec-cik:999"]))).toEqual({ outcome: "none" });
  });

  it("never resolves a person to a company or the reverse", () => {
    expect(index.resolve(record("Jane Doe", [], "company"))).toEqual({ outcome: "none" });
    expect(index.resolve(record("Jane Doe", [], "person"))).toMatchObject({ outcome: "match", id: "actor:jane-doe" });
  });

  it("reports two candidates as ambiguous", () => {
    const twins = EntityIndex.from([
      { id: "actor:crg-a", kind: "Actor", name: "China Rare Earth Group", aliases: ["CREG"], identifiers: [] },
      { id: "actor:crg-b", kind: "Actor", name: "CREG Holdings", aliases: ["CREG"], identifiers: [] },
    ]);
    expect(twins.resolve(record("CREG"))).toEqual({ outcome: "ambiguous", candidates: ["actor:crg-a", "actor:crg-b"], by: "name" });
  });
});

describe("resolveBatch", () => {
  it("renames matched actors in nodes and relationships and keeps the source's spelling as an alias", () => {
    const index = EntityIndex.from([lynas, mp]);
    const { batch, merges, issues } = resolveBatch(
      {
        source: "f.jsonl",
        nodes: [
          { id: "actor:mp-materials-corp", name: "MP Materials Corp.", type: "company", identifiers: [] },
          { id: "actor:sec-cik-1801368", name: "MP Materials Corporation", type: "company", identifiers: ["sec-cik:1801368"] },
          { id: "actor:new-co", name: "New Co", type: "company", identifiers: [] },
        ],
        relationships: [{ type: "OWNS", from: "actor:new-co", to: "actor:mp-materials-corp", properties: { share: 5 } }],
      },
      index,
    );
    expect(issues).toEqual([]);
    expect(merges).toEqual([
      { from: "actor:mp-materials-corp", to: "actor:mp-materials", by: "name" },
      { from: "actor:sec-cik-1801368", to: "actor:mp-materials", by: "identifier" },
    ]);
    expect(batch.nodes?.map((n) => n.id)).toEqual(["actor:mp-materials", "actor:mp-materials", "actor:new-co"]);
    expect(batch.nodes?.[0]?.aliases).toContain("MP Materials Corp.");
    expect(batch.relationships?.[0]).toMatchObject({ from: "actor:new-co", to: "actor:mp-materials" });
    // Later files resolve to what earlier files added.
    expect(index.resolve(record("New Co Ltd"))).toMatchObject({ outcome: "match", id: "actor:new-co" });
  });

  it("reports an ambiguous match and keeps the record apart", () => {
    const index = EntityIndex.from([
      { id: "actor:a", kind: "Actor", name: "Company A", aliases: [], identifiers: ["gb-coh:1"] },
      { id: "actor:b", kind: "Actor", name: "Company A", aliases: [], identifiers: ["ua-edr:2"] },
    ]);
    const { batch, issues } = resolveBatch({ source: "x.json", nodes: [{ id: "actor:company-a", name: "Company A", type: "company" }] }, index);
    expect(batch.nodes?.[0]?.id).toBe("actor:company-a");
    expect(issues).toEqual([expect.objectContaining({ where: "x.json node 1 (actor:company-a)", field: "name" })]);
    expect(issues[0]?.message).toContain("actor:a, actor:b");
  });

  it("gives a colliding provisional id a suffix when the registry numbers differ", () => {
    const index = EntityIndex.from([{ id: "actor:company-b", kind: "Actor", name: "Company B", aliases: [], identifiers: ["gb-coh:XE1010"] }]);
    const { batch } = resolveBatch(
      { source: "y.json", nodes: [{ id: "actor:company-b", name: "Company B", identifiers: ["gb-coh:XE-08-B"] }], relationships: [{ type: "OWNS", from: "actor:company-b", to: "actor:x" }] },
      index,
    );
    expect(batch.nodes?.[0]?.id).toMatch(/^actor:company-b-[0-9a-f]{6}$/);
    expect(batch.relationships?.[0]?.from).toBe(batch.nodes?.[0]?.id);
  });
});
