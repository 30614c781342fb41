import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { candidatePairs, carriedEntities, frameWithCarried, pairFeatures, SentenceContext } from "../../../loaders/documents/relations-learned/index.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

const ARTICLE = [
  "Lynas Rare Earths reported record sales this quarter.",
  "Lynas Rare Earths also raised its prices, and Lynas Rare Earths expanded its plant.",
  "Output of neodymium doubled last year.",
].join(" ");

describe("the article's main subject carried into sentences that do not name it", () => {
  const { all, read } = readSentences(ARTICLE, kb);

  it("is the entity named at least three times and twice as often as any other of its kind", () => {
    expect(carriedEntities(all).map((e) => e.id)).toContain("actor:lynas");
    const once = readSentences("Lynas Rare Earths and MP Materials met. Lynas Rare Earths and MP Materials spoke. Lynas Rare Earths left.", kb);
    expect(carriedEntities(once.all).map((e) => e.id)).not.toContain("actor:lynas");
  });

  it("stands as a zero-width slot at the end of a sentence that leaves it unnamed, and is paired from there", () => {
    const last = read.find(({ frame }) => frame.template.includes("doubled"));
    if (!last) throw new Error("the last sentence was not read");
    const frame = frameWithCarried(last.frame, carriedEntities(all));
    const slot = frame.items.findIndex((it) => it.type === "entity" && it.mention.via === "carried");
    expect(slot).toBe(frame.items.length - 1);
    expect(frame.items[slot]?.start).toBe(last.frame.sentence.end);
    expect(frame.template.endsWith(`⟦e${slot}⟧`)).toBe(true);
    const context = new SentenceContext(frame, last.ruleFacts);
    const pair = candidatePairs(frame).find((p) => p.subject === slot && frame.entity(p.object)?.entity.id === "element:nd");
    if (!pair) throw new Error("no reading of the carried subject → neodymium");
    expect(pairFeatures(context, pair.subject, pair.object)).toEqual(expect.arrayContaining(["vs:carried", "cv:s:actor>element", "cf0:s:output"]));
  });

  it("leaves a sentence that names the subject as it is", () => {
    const first = read[0];
    if (!first) throw new Error("the first sentence was not read");
    expect(frameWithCarried(first.frame, carriedEntities(all))).toBe(first.frame);
  });
});
