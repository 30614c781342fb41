import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { respectiveFiguresZh } from "../../../loaders/documents/relations-learned/respectively-zh.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();
const document = (text: string) => ({ text, path: "invented.txt", contentHash: "0".repeat(64) });
const figuresOf = (text: string) => {
  const frame = readSentences(text, kb).read[0]?.frame;
  if (!frame) throw new Error(`not read: ${text}`);
  return Object.fromEntries([...respectiveFiguresZh(frame)].map(([id, q]) => [id, q.value]));
};

describe("分别: listed names and listed figures paired in order", () => {
  it("pairs names before 分别 with the figures after it, skipping a noun or an element between", () => {
    expect(figuresOf("天齐锂业、赣锋锂业分别持有Pilbara Minerals公司20%、10%股权。")).toEqual({ "actor:tianqi-lithium": 20, "actor:ganfeng-lithium": 10 });
    expect(figuresOf("天齐锂业和赣锋锂业的碳酸锂产量分别为3万吨和2万吨。")).toEqual({ "actor:tianqi-lithium": 30000, "actor:ganfeng-lithium": 20000 });
  });

  it("pairs names right after 分别 (and a preposition) with the figures after them", () => {
    expect(figuresOf("中国分别向澳大利亚和巴西进口锰矿50万吨和30万吨。")).toEqual({ "country:au": 500000, "country:br": 300000 });
  });

  it("pairs nothing when one figure stands for every name, or the counts differ", () => {
    expect(figuresOf("天齐锂业、赣锋锂业分别持有Pilbara Minerals公司20%股权。")).toEqual({});
    expect(figuresOf("天齐锂业、赣锋锂业和紫金矿业分别持有Pilbara Minerals公司20%、10%股权。")).toEqual({});
  });

  it("gives each listed holder its own share, the second one too", () => {
    const facts = extractFromText(document("天齐锂业、赣锋锂业分别持有Pilbara Minerals公司20%、10%股权。"), kb).facts.filter((f) => f.predicate === "OWNS");
    expect(facts.map((f) => [f.subject.id, f.object.id, f.value]).sort()).toEqual([
      ["actor:ganfeng-lithium", "actor:pilbara-minerals", 10],
      ["actor:tianqi-lithium", "actor:pilbara-minerals", 20],
    ]);
  });
});
