import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

function entities(text: string): string[] {
  return readSentences(text, kb).read.flatMap((r) => r.frame.items.flatMap((i) => (i.type === "entity" ? [`${i.mention.text}=${i.mention.entity.id}`] : [])));
}

describe("Chinese gold and silver as one character in a list of metals", () => {
  it("reads 金 and 银 as gold and silver next to a metal already read, one item after another", () => {
    expect(entities("该地出产的金属有铜、锡、金和银。")).toEqual(["铜=element:cu", "锡=element:sn", "金=element:au", "银=element:ag"]);
  });

  it("leaves them alone in words and in lists without a metal", () => {
    expect(entities("该公司的资金和银行贷款都增加了，镍价也上涨。").filter((e) => /element:(?:au|ag)/.test(e))).toEqual([]);
    expect(entities("甲和乙都说金和银很贵，镍价也上涨。").filter((e) => /element:(?:au|ag)/.test(e))).toEqual([]);
    expect(entities("该矿主要产出铜、钴、金属钼。").filter((e) => /element:(?:au|ag)/.test(e))).toEqual([]);
    expect(entities("公司投入资金、铜材和人力。").filter((e) => /element:(?:au|ag)/.test(e))).toEqual([]);
  });

  it("reads them as the first items of a list that a verb opens", () => {
    expect(entities("该矿产出金、银和铜。")).toEqual(["金=element:au", "银=element:ag", "铜=element:cu"]);
  });
});

describe("a Chinese site named by a Latin name after the place it is in", () => {
  it("starts the name at the Latin name, past the country and anything the scan took in before it", () => {
    expect(entities("赣锋锂业旗下秘鲁Pampa锂辉石项目已投产。")).toContain("Pampa锂辉石项目=asset:pampa");
    expect(entities("甲公司的子公司乙国际旗下非洲秘鲁Pampa锂辉石项目一期已投产。")).toContain("Pampa锂辉石项目=asset:pampa");
  });
});
