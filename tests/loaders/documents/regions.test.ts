import { beforeAll, describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase, type KnowledgeBase } from "../../../loaders/documents/index.js";
import { simplifyHan } from "../../../loaders/documents/han-fold.js";
import { readReferenceBatches } from "../../../loaders/reference/read-reference.js";
import { normaliseBatch } from "../../../graph/index.js";

// Invented sentences: each names a region, a commodity word or a traditional-script name the reference base knows.

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

const ids = (text: string): string[] => extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb).entities.map((e) => e.id);

describe("regions as places", () => {
  it.each([
    ["The explorer drilled a new hole in Western Australia last month.", "region:au-western-australia"],
    ["Its brine project sits in Salta province, near the border with Jujuy.", "region:ar-salta"],
    ["Its brine project sits in Salta province, near the border with Jujuy.", "region:ar-jujuy"],
    ["Copper and cobalt output in Lualaba rose again.", "region:cd-lualaba"],
    ["The plant in Inner Mongolia separates light rare earths.", "region:cn-inner-mongolia"],
    ["Завод в Пермском крае начнёт работу в следующем году.", "region:ru-perm-krai"],
    ["Месторождение расположено в Мурманской области.", "region:ru-murmansk-oblast"],
    ["Добыча в Якутии выросла.", "region:ru-sakha"],
    ["该矿位于江西省赣州市。", "region:cn-jiangxi"],
    ["該礦位於內蒙古。", "region:cn-inner-mongolia"],
  ])("%s → %s", (text, id) => expect(ids(text)).toContain(id));

  it("does not take a city for its region", () => {
    expect(ids("The company moved its office to Perm and later to Murmansk.").filter((id) => id.startsWith("region:"))).toEqual([]);
  });

  it("keeps the country Georgia a country", () => {
    const found = ids("Georgia signed a trade pact with Armenia.");
    expect(found).toContain("country:ge");
    expect(found.filter((id) => id.startsWith("region:"))).toEqual([]);
  });

  it("places every region of the reference base in its country, and every region node validates", async () => {
    const batches = await readReferenceBatches();
    const regions = batches.flatMap((b) => b.nodes ?? []).filter((n) => n.id.startsWith("region:"));
    expect(regions.length).toBeGreaterThan(100);
    const located = new Map(batches.flatMap((b) => b.relationships ?? []).filter((r) => r.type === "LOCATED_IN" && r.from.startsWith("region:")).map((r) => [r.from, r.to]));
    for (const region of regions) {
      expect(region.id).toMatch(/^region:[a-z]{2}-[a-z0-9-]+$/);
      expect(located.get(region.id)).toBe(`country:${String(region.country).toLowerCase()}`);
      expect(region.id.slice("region:".length, "region:".length + 2)).toBe(String(region.country).toLowerCase());
    }
    const regionFile = batches.find((b) => (b.nodes ?? []).some((n) => n.id.startsWith("region:")));
    expect(regionFile && normaliseBatch(regionFile).issues).toEqual([]);
  });
});

describe("commodity words as elements", () => {
  it.each([
    ["The mine ships spodumene concentrate to China.", "element:li"],
    ["Prices of NdPr oxide fell.", "element:nd"],
    ["Prices of NdPr oxide fell.", "element:pr"],
    ["The firm makes anode material in Ohio.", "element:c"],
    ["The plant will make ammonium paratungstate.", "element:w"],
    ["Yellowcake shipments resumed.", "element:u"],
    ["Bauxite exports doubled.", "element:al"],
    ["Цены на сподумен упали.", "element:li"],
    ["Производство титановой губки выросло.", "element:ti"],
    ["Запасы вольфрамовой руды велики.", "element:w"],
    ["Экспорт меди сократился.", "element:cu"],
    ["锂辉石价格下跌。", "element:li"],
    ["海绵钛产量增长。", "element:ti"],
    ["铀矿出口", "element:u"],
  ])("%s → %s", (text, id) => expect(ids(text)).toContain(id));

  it("reads a symbol pair only where both halves are element symbols", () => {
    expect(ids("NdPr prices rose while DyTb stayed flat.")).toEqual(expect.arrayContaining(["element:nd", "element:pr", "element:dy", "element:tb"]));
    expect(ids("The NdFeB magnet plant opened.")).not.toContain("element:pr");
  });
});

describe("traditional Chinese script", () => {
  it("folds to simplified without moving offsets", () => {
    const text = "中國鋰礦";
    expect(simplifyHan(text)).toBe("中国锂矿");
    expect(simplifyHan(text)).toHaveLength(text.length);
  });

  it("finds names written in traditional characters and quotes them as written", () => {
    const document = extractFromText({ path: "x.txt", text: "美國從澳大利亞進口鈷。", contentHash: "0".repeat(64) }, kb);
    const byId = new Map(document.entities.map((e) => [e.id, e.mentions[0]?.text]));
    expect(byId.get("country:us")).toBe("美國");
    expect(byId.get("country:au")).toBe("澳大利亞");
    expect(byId.get("element:co")).toBe("鈷");
  });
});
