import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase, type KnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { parseHanAmountsZh } from "../../../loaders/documents/parse-han-amounts-zh.js";
import { wholeShareZh } from "../../../loaders/documents/relations-learned/whole-share-zh.js";
import { sentenceReader } from "./sentence-reader.js";

// Invented Chinese sentences (our own text, no corpus line): 全资 as a 100% share, and a site's tonnage that
// belongs to the site, not to the country the site is said to lie in.

let kb: KnowledgeBase | undefined;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

/** The item indexes of two named entities in the first sentence that names both. */
function pairIn(text: string, subjectId: string, objectId: string) {
  if (!kb) throw new Error("the knowledge base is loaded in beforeAll");
  for (const { frame } of readSentences(text, kb).read) {
    const at = (id: string) => frame.items.findIndex((item) => item.type === "entity" && item.mention.entity.id === id);
    const subject = at(subjectId);
    const object = at(objectId);
    if (subject >= 0 && object >= 0) return { frame, subject, object };
  }
  throw new Error(`no sentence names ${subjectId} and ${objectId}`);
}

describe("全资 in a Chinese ownership statement", () => {
  it("is 100% between the owner and its subsidiary", () => {
    const { frame, subject, object } = pairIn("赣锋锂业宣布,全资子公司青山实业将在当地建厂。", "actor:ganfeng-lithium", "actor:tsingshan");
    expect(wholeShareZh(frame, subject, object)).toMatchObject({ value: 100, unit: "%" });
  });

  it("is 100% right after an owner named second", () => {
    const { frame, subject, object } = pairIn("青山实业为赣锋锂业间接控制的全资子公司。", "actor:ganfeng-lithium", "actor:tsingshan");
    expect(wholeShareZh(frame, subject, object)).toMatchObject({ value: 100 });
  });

  it("says nothing where 全资 is not between or after the owner", () => {
    const { frame, subject, object } = pairIn("赣锋锂业的全资子公司宣布,青山实业将在当地建厂。", "actor:tsingshan", "actor:ganfeng-lithium");
    expect(wholeShareZh(frame, subject, object)).toBeUndefined();
  });
});

describe("a Chinese site's tonnage", () => {
  const { read } = sentenceReader({ rulesOnly: true });
  it("belongs to the site, not to the country after 位于", () => {
    const facts = read("白岭铜矿位于赞比亚北部,其铜储量达50万吨。");
    expect(facts.some((f) => f.startsWith("country:zm HAS_RESERVES"))).toBe(false);
  });
});

describe("amounts in Chinese numerals", () => {
  it("reads 两万吨, 十五万吨 and 三亿美元 as figures", () => {
    const found = parseHanAmountsZh("新厂年产两万吨碳酸锂,二期将达十五万吨,总投资约三亿美元。", 0);
    expect(found.map((q) => [q.value, q.unit])).toEqual([
      [20000, "t"],
      [150000, "t"],
      [300000000, "USD"],
    ]);
    expect(found[2]?.approximate).toBe(true);
  });

  it("does not read a numeral that ends another word", () => {
    expect(parseHanAmountsZh("统一万吨级码头的标准。", 0)).toEqual([]);
  });
});
