import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

describe("由 X 下降至 Y: the figure after 由/从 is the level before the change", () => {
  it("gives a share that fell from one level to another the new level", () => {
    const text = "2015年巴西向中国供应锰矿约300万吨，占中国进口锰矿比重由2014年的30%下降至25%。";
    const facts = extractFromText({ text, path: "invented.txt", contentHash: "0".repeat(64) }, kb).facts.filter((f) => f.predicate === "IMPORTS_FROM");
    expect(facts.map((f) => f.value)).toEqual([25]);
  });
});
