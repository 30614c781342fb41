import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { expectEncodedFeaturesAsNamed } from "./encoded-features-check.js";
import { withoutAsides } from "../../../loaders/documents/relations-learned/asides.js";
import { candidatePairs, pairFeatures, SentenceContext } from "../../../loaders/documents/relations-learned/index.js";

// Invented sentences and word lists; none comes from a corpus.
describe("withoutAsides", () => {
  it("reads a bracketed aside between two names as one (…)", () => {
    expect(withoutAsides(["(", "nyse", ":", "abc", ")", ",", "which", "own"])).toEqual(["(…)", ",", "which", "own"]);
  });

  it("reads nested brackets as one aside and keeps the words outside them", () => {
    expect(withoutAsides(["said", "(", "a", "(", "b", ")", "c", ")", "it", "own"])).toEqual(["said", "(…)", "it", "own"]);
  });

  it("keeps the words as they are when there is no bracket, or one is left open", () => {
    const plain = ["own", "a", "stake", "in"];
    expect(withoutAsides(plain)).toBe(plain);
    const open = ["own", "(", "a", "stake", "in"];
    expect(withoutAsides(open)).toBe(open);
  });
});

const TEXT = "Lynas Rare Earths (ASX: LYC), which refines dysprosium in Malaysia (a site opened in 2012), sells neodymium to Japan (and to China) and owns the Mount Weld mine in Australia.";

describe("pair features with an aside between the names", () => {
  it("name no word of the aside between them, and count the aside once", async () => {
    const kb = await loadKnowledgeBase();
    const [read] = readSentences(TEXT, kb).read;
    if (!read) throw new Error("asides test: nothing read");
    const lynas = candidatePairs(read.frame).find((p) => read.frame.entity(p.subject)?.entity.id === "actor:lynas" && read.frame.entity(p.object)?.entity.id === "element:dy");
    if (!lynas) throw new Error("asides test: no Lynas → dysprosium reading");
    const features = pairFeatures(new SentenceContext(read.frame, read.ruleFacts), lynas.subject, lynas.object);
    expect(features.filter((f) => f.startsWith("b:so:"))).toEqual(expect.arrayContaining(["b:so:(…)", "b:so:which", "b:so:refin"]));
    expect(features).not.toContain("b:so:asx");
    expect(features).toContain("bf:so:(…)");
  });

  it("give the model, as offsets cached per sentence, the features pairFeatures names", async () => {
    expect(await expectEncodedFeaturesAsNamed(TEXT, "asides test")).toBeGreaterThan(10);
  });
});
