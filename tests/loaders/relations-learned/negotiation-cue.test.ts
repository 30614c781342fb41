import { describe, expect, it } from "vitest";
import { partiesToTalks } from "../../../loaders/documents/relations-learned/negotiation-cue.js";
import { SentenceFrame } from "../../../loaders/documents/sentence-frame.js";
import type { Language, Mention } from "../../../loaders/documents/types.js";

// Invented sentences with placeholder firms.
function frameOf(text: string, names: string[], language: Language = "en"): SentenceFrame {
  const mentions: Mention[] = names.map((words) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, via: "name", confidence: 1, entity: { id: `actor:${words}`, kind: "Actor", name: words, node: {} } };
  });
  const sentence = { start: 0, end: text.length, index: 0, language, role: "body" as const, tokens: [] };
  return new SentenceFrame(sentence, text, mentions, [], []);
}

describe("partiesToTalks", () => {
  it("reads two names joined by talks or negotiations with, in either order", () => {
    expect(partiesToTalks(frameOf("Fooco is in advanced talks with Barcorp over a tin deal.", ["Fooco", "Barcorp"]), 0, 1)).toBe(true);
    expect(partiesToTalks(frameOf("Fooco began negotiations with the Barcorp group.", ["Fooco", "Barcorp"]), 1, 0)).toBe(true);
    expect(partiesToTalks(frameOf("Фуко ведёт переговоры с Баркорп о поставках.", ["Фуко", "Баркорп"], "ru"), 0, 1)).toBe(true);
    expect(partiesToTalks(frameOf("甲公司与乙集团正在进行谈判。", ["甲公司", "乙集团"], "zh"), 0, 1)).toBe(true);
  });

  it("leaves a stake stated beside talks with a third firm", () => {
    expect(partiesToTalks(frameOf("Fooco, in talks with Quxco, owns 40% of Barcorp.", ["Fooco", "Quxco", "Barcorp"]), 0, 2)).toBe(false);
    expect(partiesToTalks(frameOf("Fooco owns 40% of Barcorp.", ["Fooco", "Barcorp"]), 0, 1)).toBe(false);
    expect(partiesToTalks(frameOf("甲公司与乙集团签署协议。", ["甲公司", "乙集团"], "zh"), 0, 1)).toBe(false);
  });
});
