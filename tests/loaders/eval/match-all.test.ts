import { describe, expect, it } from "vitest";
import { matchAll } from "../../../loaders/eval/score.js";

// Gold facts and predictions as plain strings; a gold "x" accepts any prediction starting with "x".
const accepts = (gold: string, predicted: string) => predicted.startsWith(gold);

describe("evaluation matching", () => {
  it("matches as many gold items as possible, not the first that fit", () => {
    // The figureless gold fact comes first and would take the only prediction with the figure.
    const result = matchAll(["SMZ PRODUCES REE", "SMZ PRODUCES REE 1400"], ["SMZ PRODUCES REE 1400", "SMZ PRODUCES REE"], accepts);
    expect(result).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0, missed: [], extra: [] });
  });

  it("counts each prediction once, however many gold items it fits", () => {
    const result = matchAll(["a", "a"], ["a1"], accepts);
    expect(result).toMatchObject({ truePositives: 1, falseNegatives: 1, falsePositives: 0, missed: ["a"] });
  });

  it("reports what nothing matched on either side", () => {
    const result = matchAll(["a", "b"], ["a", "c"], accepts);
    expect(result).toMatchObject({ truePositives: 1, missed: ["b"], extra: ["c"] });
  });
});
