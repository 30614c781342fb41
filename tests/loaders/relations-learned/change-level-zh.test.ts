import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

describe("由 X 下降至 Y: the figure after 由/从 is the level before the change", () => {
  it("gives a share that fell from one level to another the new level", () => {
    const text = "2017年加蓬向中国供应锰矿约210万吨，占中国锰矿进口量的比重由2016年的22%下降至18%。";
    const facts = extractFromText({ text, path: "invented.txt", contentHash: "0".repeat(64) }, kb).facts.filter((f) => f.predicate === "IMPORTS_FROM");
    expect(facts.map((f) => f.value)).toEqual([18]);
  });
});
