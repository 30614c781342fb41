import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();
const owners = (text: string) =>
  extractFromText({ text, path: "invented.txt", contentHash: "0".repeat(64) }, kb)
    .facts.filter((f) => f.predicate === "OWNS")
    .map((f) => [f.subject.id, f.object.id, f.value])
    .sort();

describe("股权结构: the holders listed after a firm's shareholding structure", () => {
  it("owns the firm, each with its share, one share 分别 for several", () => {
    expect(owners("据报道，赣锋锂业的股权结构为:天齐锂业持有30.5%;紫金矿业、宁德时代分别持有12.25%;其他股东持有45%。")).toEqual([
      ["actor:catl", "actor:ganfeng-lithium", 12.25],
      ["actor:tianqi-lithium", "actor:ganfeng-lithium", 30.5],
      ["actor:zijin-mining", "actor:ganfeng-lithium", 12.25],
    ]);
  });
});
