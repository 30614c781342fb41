import { describe, expect, it } from "vitest";
import { featureName, featureTemplate, KeyedFeatures, keyedFeaturesOf, partId } from "../../../loaders/documents/relations-learned/feature-keys.js";

describe("feature keys", () => {
  it("name a template's parts in place, and a structural template's language copy after the language", () => {
    const dirKinds = featureTemplate("dk:%:%", true);
    const [so, kinds, ru] = [partId("so"), partId("actor>asset"), partId("ru")];
    expect(featureName(dirKinds, so, kinds, 0, 0)).toBe("dk:so:actor>asset");
    expect(featureName(dirKinds.copy as NonNullable<typeof dirKinds.copy>, ru, so, kinds, 0)).toBe("ru|dk:so:actor>asset");
    expect(featureName(featureTemplate("ds"), 0, 0, 0, 0)).toBe("ds");
    expect(featureTemplate("d:%").copy).toBeUndefined();
  });

  it("give one part one id, and distinct parts distinct ids", () => {
    expect(partId("OWNS")).toBe(partId("OWNS"));
    expect(partId("OWNS")).not.toBe(partId("OWNS:passive"));
  });

  it("encode each feature once, then answer from memory, and never mix up two features of one template", () => {
    const asked: string[] = [];
    const keyed = new KeyedFeatures((name) => {
      asked.push(name);
      return name.length;
    });
    const cue = featureTemplate("cd:%:%");
    const [so, os, owns] = [partId("so"), partId("os"), partId("OWNS")];
    expect(keyed.get(cue, so, owns)).toBe("cd:so:OWNS".length);
    expect(keyed.get(cue, so, owns)).toBe("cd:so:OWNS".length);
    keyed.get(cue, os, owns);
    keyed.get(cue, owns, so);
    expect(asked).toEqual(["cd:so:OWNS", "cd:os:OWNS", `cd:OWNS:so`]);
  });

  it("name a feature every time when a part id is past the key's room (a vocabulary grown past its size)", () => {
    const asked: string[] = [];
    const keyed = new KeyedFeatures((name) => asked.push(name));
    const four = featureTemplate("%|x:%:%:%");
    // Four parts get seven bits each: ids from 128 on are not packed.
    let big = partId("feature-keys-test-0");
    for (let i = 1; big < 128; i++) big = partId(`feature-keys-test-${i}`);
    keyed.get(four, big, 0, 0, 0);
    keyed.get(four, big, 0, 0, 0);
    const name = featureName(four, big, 0, 0, 0);
    expect(name).toMatch(/^feature-keys-test-\d+\|x:/);
    expect(asked).toEqual([name, name]);
  });

  it("keep one memory per encoder", () => {
    const encode = (name: string) => name;
    expect(keyedFeaturesOf(encode)).toBe(keyedFeaturesOf(encode));
    expect(keyedFeaturesOf(encode)).not.toBe(keyedFeaturesOf((name: string) => name));
  });
});

describe("language copies of the structural features", () => {
  it("follow a Russian pair's features: each structural feature again after `ru|`, in the order they came", async () => {
    const { loadKnowledgeBase } = await import("../../../loaders/documents/index.js");
    const { readSentences } = await import("../../../loaders/documents/extract-document.js");
    const { candidatePairs, pairFeatures, SentenceContext } = await import("../../../loaders/documents/relations-learned/index.js");
    // Invented sentence.
    const text = "Компания «Росатом» владеет долей в новом заводе в России и в Казахстане, сообщила компания.";
    const kb = await loadKnowledgeBase();
    const structural = /^(?:k|dk|nd|n|adj|list|near|ne|tr|c|cd|ck|cL[so]|cR[so]|vs|vo):/;
    let pairs = 0;
    for (const { frame, ruleFacts } of readSentences(text, kb).read) {
      const context = new SentenceContext(frame, ruleFacts);
      for (const pair of candidatePairs(frame)) {
        const features = pairFeatures(context, pair.subject, pair.object, false).filter((f) => !f.startsWith("r:"));
        const own = features.filter((f) => structural.test(f));
        expect(own.length).toBeGreaterThan(5);
        expect(features.slice(-own.length)).toEqual(own.map((f) => `ru|${f}`));
        expect(features.some((f) => f.startsWith("ru|cb:"))).toBe(true);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });
});
