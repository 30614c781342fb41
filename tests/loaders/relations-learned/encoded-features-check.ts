import { expect } from "vitest";
import { loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { candidatePairs, encodedPairFeatures, pairFeatures, SentenceContext, shippedRelationModels } from "../../../loaders/documents/relations-learned/index.js";

/**
 * Every candidate pair of `text`: the offsets the shipped English model finds once per sentence (and caches) are the
 * offsets of the features a context of the pair's own names, and a shared context names the same ones. Returns the
 * number of pairs checked, so a test can make sure later pairs reused what earlier ones built.
 */
export async function expectEncodedFeaturesAsNamed(text: string, test: string): Promise<number> {
  const kb = await loadKnowledgeBase();
  const model = shippedRelationModels()?.of("en");
  if (!model) throw new Error(`${test}: no shipped relation weights. Run npm run train.`);
  let pairs = 0;
  for (const { frame, ruleFacts } of readSentences(text, kb).read) {
    const shared = new SentenceContext(frame, ruleFacts);
    const offsets = new Map<string, number[]>();
    for (const pair of candidatePairs(frame)) {
      const named = pairFeatures(new SentenceContext(frame, ruleFacts), pair.subject, pair.object, false);
      expect(encodedPairFeatures(shared, pair.subject, pair.object, model.offsetOf, offsets)).toEqual(named.map(model.offsetOf));
      expect(pairFeatures(shared, pair.subject, pair.object, false)).toEqual(named);
      pairs++;
    }
  }
  return pairs;
}
