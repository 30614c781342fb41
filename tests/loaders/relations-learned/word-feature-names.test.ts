import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { expectEncodedFeaturesAsNamed } from "./encoded-features-check.js";
import { candidatePairs, pairFeatures, SentenceContext } from "../../../loaders/documents/relations-learned/index.js";

// Invented sentences: several names, so pairs overlap in the words between, before and after them.
const TEXT = [
  "Rosatom, which owns 45.5% of the Solikamsk Magnesium Plant in Russia, said Nornickel and Lynas Rare Earths supply gallium to China and Japan.",
  "In 2021 MP Materials, a US company, operates the Mountain Pass mine in the United States and sells neodymium to Japan, while Lynas Rare Earths refines dysprosium in Malaysia.",
].join(" ");

describe("word feature names shared by the pairs of a sentence", () => {
  it("give every pair the features a context of its own gives it, in the same order", async () => {
    const kb = await loadKnowledgeBase();
    let pairs = 0;
    for (const { frame, ruleFacts } of readSentences(TEXT, kb).read) {
      const shared = new SentenceContext(frame, ruleFacts);
      for (const pair of candidatePairs(frame)) {
        const own = pairFeatures(new SentenceContext(frame, ruleFacts), pair.subject, pair.object, false);
        expect(pairFeatures(shared, pair.subject, pair.object, false)).toEqual(own);
        pairs++;
      }
    }
    // Enough pairs that later ones reuse names the earlier ones built.
    expect(pairs).toBeGreaterThan(10);
  });

  it("give the model, as offsets found once per sentence, the features pairFeatures names, in the same order", async () => {
    expect(await expectEncodedFeaturesAsNamed(TEXT, "word-feature-names test")).toBeGreaterThan(10);
  });
});
