import { describe, expect, it } from "vitest";
import { producerTitlesZh } from "../../../loaders/documents/relations-learned/producer-title-zh.js";
import { SentenceFrame } from "../../../loaders/documents/sentence-frame.js";
import type { KnownEntity, Mention } from "../../../loaders/documents/types.js";

// Invented sentences with placeholder countries.
type Named = { words: string; id: string; kind: KnownEntity["kind"] };

function titled(text: string, names: Named[]): string[] {
  const mentions: Mention[] = names.map(({ words, id, kind }) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, via: "name", confidence: 1, entity: { id, kind, name: words, node: {} } };
  });
  const sentence = { start: 0, end: text.length, index: 0, language: "zh" as const, role: "body" as const, tokens: [] };
  return producerTitlesZh(new SentenceFrame(sentence, text, mentions, [], []), []).map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}`);
}

const jia: Named = { words: "甲国", id: "country:fd", kind: "Country" };
const tin: Named = { words: "锡", id: "element:sn", kind: "Element" };
const nickel: Named = { words: "镍", id: "element:ni", kind: "Element" };

describe("producerTitlesZh", () => {
  it("gives a country titled the largest producer or exporter the minerals the title names", () => {
    expect(titled("作为亚洲最大的锡生产国，甲国去年收紧了采矿许可。", [tin, jia])).toEqual(["country:fd PRODUCES element:sn"]);
    expect(titled("甲国是全球第二大镍、锡出口国。", [jia, nickel, tin])).toEqual(["country:fd PRODUCES element:ni", "country:fd PRODUCES element:sn"]);
  });

  it("reads no title to come, denied, or of imports, nor one the sentence gives no country", () => {
    expect(titled("甲国将成为全球第二大镍生产国。", [jia, nickel])).toEqual([]);
    expect(titled("甲国已不再是最大的锡生产国。", [jia, tin])).toEqual([]);
    expect(titled("甲国是全球最大的锡进口国。", [jia, tin])).toEqual([]);
    expect(titled("作为亚洲最大的锡生产国，该国去年收紧了采矿许可。", [tin])).toEqual([]);
  });
});
