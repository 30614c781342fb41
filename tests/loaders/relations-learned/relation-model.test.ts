import { describe, expect, it } from "vitest";
import { PREDICATES, RelationModel, shippedRelationModel } from "../../../loaders/documents/relations-learned/index.js";
import type { Predicate } from "../../../loaders/documents/types.js";

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The sum the model is defined by, read straight from its weight rows: bias, then each known feature in order. */
function byRows(model: RelationModel, features: readonly string[], predicate: Predicate): number {
  const p = PREDICATES.indexOf(predicate);
  let z = model.parameters.bias[p] as number;
  for (const f of features) {
    const row = model.parameters.weights.get(f);
    if (row) z += row[p] as number;
  }
  const [a, b] = model.parameters.platt[p] ?? [1, 0];
  return sigmoid(a * z + b);
}

describe("RelationModel (weights packed by feature offset)", () => {
  it("gives each predicate exactly the probability its weight rows sum to, unknown and repeated features included", () => {
    const width = PREDICATES.length;
    const row = (...pairs: Array<[number, number]>) => {
      const w = new Float64Array(width);
      for (const [p, v] of pairs) w[p] = v;
      return w;
    };
    const model = new RelationModel({
      weights: new Map([
        ["b:so:own", row([0, 1.25], [3, -0.5])],
        ["k:actor>asset", row([0, 0.1], [1, 2.5], [10, 0.3])],
        ["near:so:o", row([1, -0.75], [3, 0.2])],
      ]),
      bias: Float64Array.from({ length: width }, (_, p) => -1 - p / 10),
      platt: PREDICATES.map((_, p) => [1 + p / 20, p / 50] as [number, number]),
      threshold: 0.5,
      keepRules: 0.1,
      vetoes: new Set(),
    });
    const features = ["k:actor>asset", "unknown", "b:so:own", "near:so:o", "b:so:own"];
    const asked: Predicate[] = ["OWNS", "OPERATES", "PRODUCES", "SHARE_OF_GLOBAL"];
    const probabilities = model.probabilities(features, asked);
    for (const predicate of asked) expect(probabilities.get(predicate)).toBe(byRows(model, features, predicate));
    const scores = model.scores(features);
    expect(scores[0]).toBe((model.parameters.bias[0] as number) + 0.1 + 1.25 + 1.25);
    expect(scores[1]).toBe((model.parameters.bias[1] as number) + 2.5 - 0.75);
  });

  it("reads the committed weights the same way: every predicate of a pair of shipped features", () => {
    const model = shippedRelationModel();
    if (!model) throw new Error("no weights committed: run npm run train");
    const features = [...model.parameters.weights.keys()].filter((_, i) => i % 997 === 0);
    expect(features.length).toBeGreaterThan(10);
    const probabilities = model.probabilities(features, PREDICATES);
    for (const predicate of PREDICATES) expect(probabilities.get(predicate)).toBe(byRows(model, features, predicate));
  });
});
