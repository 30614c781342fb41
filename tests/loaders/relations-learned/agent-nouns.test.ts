import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { candidatePairs, pairFeatures, SentenceContext } from "../../../loaders/documents/relations-learned/index.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

function featuresOf(sentence: string, subject: string, object: string): string[] {
  const [read] = readSentences(sentence, kb).read;
  if (!read) throw new Error(`nothing read in "${sentence}"`);
  const pair = candidatePairs(read.frame).find((p) => read.frame.entity(p.subject)?.entity.id === subject && read.frame.entity(p.object)?.entity.id === object);
  if (!pair) throw new Error(`no reading ${subject} → ${object} in "${sentence}"`);
  return pairFeatures(new SentenceContext(read.frame, read.ruleFacts), pair.subject, pair.object);
}

const agents = (features: string[]) => features.filter((f) => f.startsWith("ag:"));

describe("an agent noun beside an element names a maker of it", () => {
  it("after the element, with the firm's name after the noun", () => {
    expect(agents(featuresOf("Shares of cobalt producer Lynas Rare Earths rose on Monday.", "actor:lynas", "element:co"))).toEqual(["ag:os:producer"]);
  });

  it("after a list of elements, for every element of the list", () => {
    const sentence = "Lynas Rare Earths, a cobalt, nickel and tin miner, reported a loss.";
    expect(agents(featuresOf(sentence, "actor:lynas", "element:sn"))).toEqual(["ag:so:miner"]);
    expect(agents(featuresOf(sentence, "actor:lynas", "element:co"))).toEqual(["ag:so:miner"]);
  });

  it("before the element with 'of', and as an activity word and a firm", () => {
    expect(agents(featuresOf("Lynas Rare Earths is the largest supplier of gallium in Europe.", "actor:lynas", "element:ga"))).toEqual(["ag:so:supplier-of"]);
    expect(agents(featuresOf("Lynas Rare Earths, a uranium mining company, met investors.", "actor:lynas", "element:u"))).toEqual(["ag:so:firm"]);
  });

  it("is absent where the element is only mentioned", () => {
    expect(agents(featuresOf("Lynas Rare Earths said cobalt prices fell.", "actor:lynas", "element:co"))).toEqual([]);
  });
});
