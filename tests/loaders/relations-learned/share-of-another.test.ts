import { describe, expect, it } from "vitest";
import { fellowHolders, figureFor } from "../../../loaders/documents/relations-learned/figures.js";
import { SentenceFrame } from "../../../loaders/documents/sentence-frame.js";
import type { Mention, Quantity } from "../../../loaders/documents/types.js";

// Invented sentences: the names are placeholders, the shape is that of shareholder lists in wire copy.
function frameOf(text: string, names: string[], shares: string[]): SentenceFrame {
  const mentions: Mention[] = names.map((name) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, via: "name", confidence: 1, entity: { id: `actor:${name.toLowerCase()}`, kind: "Actor", name, node: {} } };
  });
  const quantities: Quantity[] = shares.map((share) => {
    const start = text.indexOf(share);
    return { start, end: start + share.length, text: share, value: Number(share.replace("%", "")), unit: "%" };
  });
  const sentence = { start: 0, end: text.length, index: 0, language: "en" as const, role: "body" as const, tokens: [] };
  return new SentenceFrame(sentence, text, mentions, quantities, []);
}

describe("the share a pair's statement carries", () => {
  it("passes over a share that follows a third name in a list of holders", () => {
    // Items: Gamma 0, Beta 1, 24% 2, Alpha 3, 15% 4.
    const frame = frameOf("Gamma is held by Beta with 24% and Alpha with 15%.", ["Gamma", "Beta", "Alpha"], ["24%", "15%"]);
    expect(figureFor(frame, "OWNS", 3, 0)?.value).toBe(15);
    expect(figureFor(frame, "OWNS", 1, 0)?.value).toBe(24);
  });

  it("takes the share after the object, not the one after the firm held on the way", () => {
    // Items: Alpha 0, Delta 1, 100% 2, Gamma 3, 56% 4.
    const frame = frameOf("Alpha will hold Delta 100% and so Gamma 56%.", ["Alpha", "Delta", "Gamma"], ["100%", "56%"]);
    expect(figureFor(frame, "OWNS", 0, 3)?.value).toBe(56);
    expect(figureFor(frame, "OWNS", 0, 1)?.value).toBe(100);
  });

  it("leaves a pair without a figure when the only share is a third name's", () => {
    // Items: Alpha 0, Gamma 1, Delta 2, 16% 3.
    const frame = frameOf("Alpha owns Gamma and also Delta with 16%.", ["Alpha", "Gamma", "Delta"], ["16%"]);
    expect(figureFor(frame, "OWNS", 0, 1)).toBeUndefined();
    expect(figureFor(frame, "OWNS", 0, 2)?.value).toBe(16);
  });

  it("takes two names that each carry a share for fellow holders, not owner and owned", () => {
    // Items: Alpha 0, 34% 1, Beta 2, 11% 3.
    const frame = frameOf("Alpha will hold 34% and Beta 11%.", ["Alpha", "Beta"], ["34%", "11%"]);
    expect(fellowHolders(frame, 0, 2)).toBe(true);
    expect(fellowHolders(frameOf("Alpha will hold 34% of Beta.", ["Alpha", "Beta"], ["34%"]), 0, 2)).toBe(false);
  });
});
