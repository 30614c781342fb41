import { describe, expect, it } from "vitest";
import { InputError, normaliseBatch } from "../../../graph/index.js";
import { parseReferenceYaml } from "../../../loaders/reference/parse-reference-yaml.js";
import { readReferenceBatches } from "../../../loaders/reference/read-reference.js";
import { REFERENCE_DIR } from "../../../loaders/resolution/reference-index.js";

const batches = await readReferenceBatches(REFERENCE_DIR);
const nodes = batches.flatMap((b) => b.nodes ?? []);
const node = (id: string) => nodes.find((n) => n.id === id);

describe("data/reference", () => {
  it("every file passes the graph schema", () => {
    for (const batch of batches) expect(normaliseBatch(batch).issues, batch.source).toEqual([]);
  });

  it("every relationship points at a node defined in the base", () => {
    const ids = new Set(nodes.map((n) => n.id));
    const dangling = batches.flatMap((b) => (b.relationships ?? []).flatMap((r) => [r.from, r.to])).filter((id) => !ids.has(id));
    expect(dangling).toEqual([]);
  });

  it("every stake and figure carries a source URL", () => {
    const sourced = ["OWNS", "PRODUCES", "HAS_RESERVES", "IMPORTS_FROM", "INVESTS_IN", "PLANS", "SHARE_OF_GLOBAL", "ISSUED"];
    const bare = batches.flatMap((b) => (b.relationships ?? []).filter((r) => sourced.includes(r.type) && !r.evidence?.some((e) => e.sourceUrl)));
    expect(bare).toEqual([]);
  });

  it("has the 17 rare earths and the other critical minerals, with symbols and groups", () => {
    const rees = ["la", "ce", "pr", "nd", "pm", "sm", "eu", "gd", "tb", "dy", "ho", "er", "tm", "yb", "lu", "sc", "y"];
    const others = ["ga", "ge", "sb", "ti", "nb", "ta", "li", "w", "co", "c"];
    for (const symbol of [...rees, ...others]) expect(node(`element:${symbol}`), symbol).toBeDefined();
    expect(node("element:dy")).toMatchObject({ symbol: "Dy", group: "heavy_rare_earth", atomicNumber: 66, aliases: expect.arrayContaining(["Диспрозий", "镝"]) });
    expect(node("element:ree")?.aliases).toEqual(expect.arrayContaining(["REM", "РЗМ", "稀土", "rare earths"]));
  });

  it("has every ISO country with names in three languages and demonyms", () => {
    // i18n-iso-countries has the 249 ISO 3166-1 codes plus Kosovo (XK); the two statistical aggregates are not countries.
    expect(nodes.filter((n) => n.id.startsWith("country:") && !["country:world", "country:other-countries"].includes(n.id))).toHaveLength(250);
    expect(node("country:cn")).toMatchObject({ name: "China", code: "CN", iso3: "CHN", aliases: expect.arrayContaining(["PRC", "Китай", "КНР", "中国", "中方"]), demonyms: expect.arrayContaining(["Chinese"]) });
    expect(node("country:us")?.aliases).toEqual(expect.arrayContaining(["US", "USA", "U.S.", "United States of America", "США", "美国"]));
  });

  it("has no alias that is only a legal form", () => {
    // An unquoted "Co., Ltd." in a YAML flow list splits into a second alias "Ltd.", which then names the company in every article.
    const bare = nodes.flatMap((n) => ((n as { aliases?: string[] }).aliases ?? []).filter((a) => /^(co|ltd|inc|llc|plc|jsc|pjsc|corp|s\.?a|ag|nv|gmbh)\.?$/i.test(a.trim())).map((a) => `${n.id}: ${a}`));
    expect(bare).toEqual([]);
  });

  it("keeps caveats as lower confidence with a note", () => {
    const caveated = batches.flatMap((b) => b.relationships ?? []).flatMap((r) => r.evidence ?? []).filter((e) => e.sourceUrl?.startsWith("http://3.127.128.221"));
    expect(caveated).toHaveLength(1);
    expect(caveated[0]).toMatchObject({ confidence: 0.5, note: expect.stringContaining("check against Reuters") });
  });
});

describe("parseReferenceYaml", () => {
  it("names the file and field when the shape is wrong", () => {
    expect(() => parseReferenceYaml("bad.yaml", "nodes: {id: x}")).toThrow(InputError);
    expect(() => parseReferenceYaml("bad.yaml", "nodes: {id: x}")).toThrow(/bad\.yaml: .*"nodes"/);
  });

  it("reports invalid YAML with the file name", () => {
    expect(() => parseReferenceYaml("broken.yaml", "nodes: [\n")).toThrow(/broken\.yaml: not valid YAML/);
  });

  it("leaves record-level problems to the schema, which reports record and field", () => {
    const batch = parseReferenceYaml("x.yaml", "relationships:\n  - {type: OWNS, from: actor:a, to: actor:b, properties: {share: 120, since: 'last spring'}}\n");
    const { issues } = normaliseBatch(batch);
    expect(issues.map((i) => [i.where, i.field])).toEqual([
      ["x.yaml relationship 1 (actor:a -OWNS-> actor:b)", "properties.share"],
      ["x.yaml relationship 1 (actor:a -OWNS-> actor:b)", "properties.since"],
    ]);
  });
});
