import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { candidatePairs, frameWithTopic, pairFeatures, previousTopicsZh, SentenceContext } from "../../../loaders/documents/relations-learned/index.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

const ARTICLE = ["赣锋锂业是一家锂业公司。", "主要生产碳酸锂，年产能为4万吨。", "其持有天齐锂业5%股权。", "天齐锂业则生产氢氧化锂。"].join("");

describe("a Chinese sentence's left-out subject, carried from the sentence before", () => {
  const { read } = readSentences(ARTICLE, kb);
  const topics = previousTopicsZh(read.map((r) => r.frame));

  it("is the last sentence's first actor, for a sentence that names none or opens with 其, and goes on from one to the next", () => {
    expect(read.map((r) => r.frame.sentence.index)).toEqual([0, 1, 2, 3]);
    expect(topics.map((t) => t?.id)).toEqual([undefined, "actor:ganfeng-lithium", "actor:ganfeng-lithium", undefined]);
  });

  it("stands as a zero-width slot at the sentence's start, paired with the sentence's names", () => {
    const second = read[1];
    if (!second) throw new Error("the second sentence was not read");
    const frame = frameWithTopic(second.frame, topics[1]);
    expect(frame.items[0]?.type === "entity" && frame.items[0].mention.via).toBe("topic");
    expect(frame.items[0]?.start).toBe(second.frame.sentence.start);
    expect(frame.template.startsWith("⟦e0⟧主要生产")).toBe(true);
    const pair = candidatePairs(frame).find((p) => p.subject === 0 && frame.entity(p.object)?.entity.id === "element:li");
    if (!pair) throw new Error("no reading of the left-out subject → lithium");
    expect(pairFeatures(new SentenceContext(frame, second.ruleFacts), pair.subject, pair.object)).toEqual(expect.arrayContaining(["vs:topic", "tv:s:actor>element", "tf1:s:主要"]));
  });

  it("leaves a frame without a left-out subject as it is, and carries nothing across a sentence that is not right before", () => {
    const first = read[0];
    if (!first) throw new Error("the first sentence was not read");
    expect(frameWithTopic(first.frame, undefined)).toBe(first.frame);
    const apart = readSentences("赣锋锂业是一家锂业公司。今天天气很好。主要生产碳酸锂。", kb);
    expect(previousTopicsZh(apart.read.map((r) => r.frame)).every((t) => t === undefined)).toBe(true);
  });
});
