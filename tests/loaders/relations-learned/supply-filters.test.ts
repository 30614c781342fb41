import { describe, expect, it } from "vitest";
import { notASupply } from "../../../loaders/documents/relations-learned/supply-filters.js";
import { SentenceFrame } from "../../../loaders/documents/sentence-frame.js";
import type { ExtractedFact, KnownEntity, Mention } from "../../../loaders/documents/types.js";
import { modelReading } from "./model-reading.js";

// Invented sentences: placeholder firms and countries in the shapes trade news uses.
type Named = { words: string; id: string; kind: KnownEntity["kind"] };

function frameOf(text: string, names: Named[]): SentenceFrame {
  const mentions: Mention[] = names.map(({ words, id, kind }) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, via: "name", confidence: 1, entity: { id, kind, name: words, node: {} } };
  });
  const sentence = { start: 0, end: text.length, index: 0, language: "en" as const, role: "body" as const, tokens: [] };
  return new SentenceFrame(sentence, text, mentions, [], []);
}

const supplies = (s: Named, o: Named): ExtractedFact => modelReading({ id: s.id, name: s.words, kind: s.kind }, "SUPPLIES", { id: o.id, name: o.words, kind: o.kind });

const fooco: Named = { words: "Fooco", id: "actor:fooco", kind: "Actor" };
const barcorp: Named = { words: "Barcorp", id: "actor:barcorp", kind: "Actor" };
const freedonia: Named = { words: "Freedonia", id: "country:fd", kind: "Country" };

describe("what is not a supply", () => {
  it("reads no country as a supplier", () => {
    const text = "Freedonia signed a deal to supply tin to Barcorp.";
    expect(notASupply(frameOf(text, [freedonia, barcorp]), supplies(freedonia, barcorp))).toBe(true);
  });

  it("reads a sale of shares as no supply", () => {
    const text = "Fooco sold 40% of its shares to Barcorp.";
    expect(notASupply(frameOf(text, [fooco, barcorp]), supplies(fooco, barcorp))).toBe(true);
    const stake = "Fooco will sell 30% of Quxco to Barcorp.";
    expect(notASupply(frameOf(stake, [fooco, barcorp]), supplies(fooco, barcorp))).toBe(true);
  });

  it("keeps a firm's offtake", () => {
    const text = "Fooco will supply 40% of its tin output to Barcorp.";
    expect(notASupply(frameOf(text, [fooco, barcorp]), supplies(fooco, barcorp))).toBe(false);
  });
});
