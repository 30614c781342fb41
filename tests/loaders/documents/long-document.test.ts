import { beforeAll, describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase, type KnowledgeBase } from "../../../loaders/documents/index.js";

// Our own sentences: a symbol list (kept only beside other symbols), a share of world output and a title line.
const PARAGRAPH = "Magnet makers bought Nd, Pr and Dy oxide from China in 2024. China accounts for 70% of global rare earth production, while Co (cobalt) is mined in Congo.";

function extract(kb: KnowledgeBase, copies: number) {
  const text = `Rare earth prices\n\n${Array.from({ length: copies }, () => PARAGRAPH).join("\n\n")}`;
  return { text, ...extractFromText({ path: `copies-${copies}.txt`, text, contentHash: String(copies).padStart(64, "0") }, kb) };
}

// Symbol context, the sentence a mention sits in and merged evidence are looked up by position rather than by
// scanning the whole document; a long document must read each paragraph exactly as a short one does.
describe("a long document reads like its paragraphs", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase();
  });

  it("finds every paragraph's mentions and merges a repeated fact's evidence", () => {
    const one = extract(kb, 1);
    const many = extract(kb, 300);
    const perParagraph = one.mentions.length - 1;
    expect(one.mentions.filter((m) => m.via === "symbol").map((m) => m.text)).toEqual(["Nd", "Pr", "Dy"]);
    expect(many.mentions).toHaveLength(1 + 300 * perParagraph);
    expect(many.mentions.filter((m) => m.via === "symbol")).toHaveLength(900);
    const share = many.facts.find((f) => f.predicate === "SHARE_OF_GLOBAL" && f.subject.id === "country:cn");
    expect(share?.value).toBe(70);
    expect(new Set(share?.evidence.map((e) => e.start)).size).toBe(300);
    expect(many.mentions.filter((m) => m.text !== many.text.slice(m.start, m.end))).toEqual([]);
  });
});
