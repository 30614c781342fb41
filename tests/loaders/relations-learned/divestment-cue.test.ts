import { describe, expect, it } from "vitest";
import { givenUp } from "../../../loaders/documents/relations-learned/divestment-cue.js";
import { SentenceFrame } from "../../../loaders/documents/sentence-frame.js";
import type { ExtractedFact, KnownEntity, Language, Mention } from "../../../loaders/documents/types.js";
import { modelReading } from "./model-reading.js";

// Invented sentences with placeholder firms and sites.
type Named = { words: string; id: string; kind: KnownEntity["kind"] };

function frameOf(text: string, names: Named[], language: Language = "en"): SentenceFrame {
  const mentions: Mention[] = names.map(({ words, id, kind }) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, via: "name", confidence: 1, entity: { id, kind, name: words, node: {} } };
  });
  const sentence = { start: 0, end: text.length, index: 0, language, role: "body" as const, tokens: [] };
  return new SentenceFrame(sentence, text, mentions, [], []);
}

const fooco: Named = { words: "Fooco", id: "actor:fooco", kind: "Actor" };
const site: Named = { words: "Quux Ridge", id: "asset:quux-ridge", kind: "Asset" };
const reading = (s: Named, predicate: ExtractedFact["predicate"], o: Named) => modelReading({ id: s.id, name: s.words, kind: s.kind }, predicate, { id: o.id, name: o.words, kind: o.kind });

describe("givenUp", () => {
  it("reads no operator or owner of what the firm abandons or sells", () => {
    expect(givenUp(frameOf("Fooco said it will abandon its Quux Ridge tin project.", [fooco, site]), reading(fooco, "OPERATES", site))).toBe(true);
    expect(givenUp(frameOf("Fooco announced the sale of its licence for Quux Ridge.", [fooco, site]), reading(fooco, "OWNS", site))).toBe(true);
    const zh: Named[] = [{ words: "甲公司", id: "actor:jia", kind: "Actor" }, { words: "乙矿业", id: "actor:yi", kind: "Actor" }];
    expect(givenUp(frameOf("甲公司拟处置持有的乙矿业股份。", zh, "zh"), reading(zh[0]!, "OWNS", zh[1]!))).toBe(true);
  });

  it("keeps a firm that runs or buys", () => {
    expect(givenUp(frameOf("Fooco operates the Quux Ridge tin mine.", [fooco, site]), reading(fooco, "OPERATES", site))).toBe(false);
    expect(givenUp(frameOf("Fooco bought the Quux Ridge mine.", [fooco, site]), reading(fooco, "OWNS", site))).toBe(false);
    expect(givenUp(frameOf("Fooco sold tin from Quux Ridge.", [fooco, site]), reading(fooco, "PRODUCES", site))).toBe(false);
  });

  it("keeps the buyer of what another gives up", () => {
    const zh: Named[] = [{ words: "甲公司", id: "actor:jia", kind: "Actor" }, { words: "乙矿业", id: "actor:yi", kind: "Actor" }];
    expect(givenUp(frameOf("甲公司通过受让丙集团转让的股权持有乙矿业20%股份。", zh, "zh"), reading(zh[0]!, "OWNS", zh[1]!))).toBe(false);
    expect(givenUp(frameOf("甲公司收购丙集团出售的乙矿业股份。", zh, "zh"), reading(zh[0]!, "OWNS", zh[1]!))).toBe(false);
    expect(givenUp(frameOf("Fooco bought the stake Barco sold in Quux Ridge.", [fooco, site]), reading(fooco, "OWNS", site))).toBe(false);
  });
});
