import { describe, expect, it } from "vitest";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { combineFacts, PREDICATES, RelationModel } from "../../../loaders/documents/relations-learned/index.js";
import { rulesOnly } from "../../../loaders/documents/relations-learned/weak-predicates.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

/** A model that gives every reading of every pair the same score: `z` before calibration (σ(z) after). */
const constantModel = (z: number) =>
  new RelationModel({ weights: new Map(), bias: new Float64Array(PREDICATES.length).fill(z), platt: PREDICATES.map((): [number, number] => [1, 0]), threshold: 0.35, keepRules: 0.05, vetoes: new Set() });

function combined(sentence: string, z: number) {
  const { read } = readSentences(`Title\n\n${sentence}`, kb);
  return read.flatMap(({ frame, ruleFacts }) => combineFacts(frame, ruleFacts, constantModel(z))).map((f) => `${f.subject.id} ${f.predicate} ${f.object.id} (${f.extractor})`);
}

describe("predicates the model or the rules read imprecisely on held-out news", () => {
  it("never adds a plan or a share of world output on the model's word alone", () => {
    const facts = combined("Lynas is a large neodymium producer in Australia and holds a share of the world market.", 10);
    expect(facts.some((f) => f.endsWith("(relations-learned)"))).toBe(true);
    expect(facts.filter((f) => / (PLANS|SHARE_OF_GLOBAL) .*\(relations-learned\)$/.test(f))).toEqual([]);
  });

  it("keeps a rule's reading of OPERATES only when the model gives the pair some probability", () => {
    const sentence = "MP Materials operates the Mountain Pass mine.";
    expect(combined(sentence, 10).filter((f) => f.startsWith("actor:mp-materials OPERATES asset:mountain-pass"))).toHaveLength(1);
    expect(combined(sentence, -10).filter((f) => f.includes(" OPERATES "))).toEqual([]);
  });
});

describe("rulesOnly", () => {
  it("leaves plans and shares of world output to the rules in every language, Russian reserves in Russian only", () => {
    for (const language of ["en", "ru", "zh"] as const) {
      expect(rulesOnly(language, "PLANS")).toBe(true);
      expect(rulesOnly(language, "SHARE_OF_GLOBAL")).toBe(true);
      expect(rulesOnly(language, "OWNS")).toBe(false);
    }
    expect(rulesOnly("ru", "HAS_RESERVES")).toBe(true);
    expect(rulesOnly("en", "HAS_RESERVES")).toBe(false);
    expect(rulesOnly("zh", "HAS_RESERVES")).toBe(false);
  });
});
