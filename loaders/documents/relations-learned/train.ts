import type { Predicate } from "../types.js";
import { PREDICATES } from "./arg-kinds.js";
import { RelationModel } from "./relation-model.js";

/** One reading of a pair with what gold says of it: `labels` ⊆ `predicates`. */
export interface TrainingExample {
  features: readonly string[];
  predicates: readonly Predicate[];
  labels: ReadonlySet<Predicate>;
  /** Predicates the rules read for this reading (they are also features), for choosing keepRules. */
  rules: ReadonlySet<Predicate>;
  /** The article it comes from: cross-validation folds never split an article. */
  article: number;
}

export interface TrainingOptions {
  epochs: number;
  /** AdaGrad step size. */
  rate: number;
  /** L2 penalty per update on the weights an example touches. */
  l2: number;
  /** Features seen fewer times than this are dropped. */
  minCount: number;
  folds: number;
  /** Thresholds are chosen for the best F1 whose cross-validated precision reaches this. */
  minPrecision: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 12, rate: 0.1, l2: 0.01, minCount: 2, folds: 4, minPrecision: 0.7, seed: 13 };

/** mulberry32: a small seeded generator, so the example order (and so the weights) is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encoded {
  ids: Int32Array;
  predicates: number[];
  labels: Set<number>;
}

const P = PREDICATES.length;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function fit(examples: readonly Encoded[], featureCount: number, options: TrainingOptions): { w: Float64Array; b: Float64Array } {
  const w = new Float64Array(featureCount * P);
  const g2 = new Float64Array(featureCount * P).fill(1e-8);
  const b = new Float64Array(P);
  const b2 = new Float64Array(P).fill(1e-8);
  const next = random(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const example = examples[index] as Encoded;
      for (const p of example.predicates) {
        let z = b[p] as number;
        for (const id of example.ids) z += w[id * P + p] as number;
        const g = sigmoid(z) - (example.labels.has(p) ? 1 : 0);
        b2[p] = (b2[p] as number) + g * g;
        b[p] = (b[p] as number) - (options.rate * g) / Math.sqrt(b2[p] as number);
        for (const id of example.ids) {
          const k = id * P + p;
          const gk = g + options.l2 * (w[k] as number);
          g2[k] = (g2[k] as number) + gk * gk;
          w[k] = (w[k] as number) - (options.rate * gk) / Math.sqrt(g2[k] as number);
        }
      }
    }
  }
  return { w, b };
}

/** Platt scaling: a and b of σ(a·z + b) by gradient descent on the log loss of held-out scores. */
function platt(scores: ReadonlyArray<{ z: number; y: number }>): [number, number] {
  if (scores.length === 0 || scores.every((s) => s.y === scores[0]?.y)) return [1, 0];
  let a = 1;
  let b = 0;
  for (let step = 0; step < 300; step++) {
    let ga = 0;
    let gb = 0;
    for (const { z, y } of scores) {
      const d = sigmoid(a * z + b) - y;
      ga += d * z;
      gb += d;
    }
    a -= (0.5 * ga) / scores.length;
    b -= (0.5 * gb) / scores.length;
  }
  return [a, b];
}

interface HeldOut {
  p: number;
  y: boolean;
  rule: boolean;
}

/** The thresholds with the best F1 over held-out readings among those whose precision reaches `minPrecision`. */
function chooseThresholds(held: readonly HeldOut[], minPrecision: number): { threshold: number; keepRules: number; precision: number; recall: number; f1: number } {
  const positives = held.filter((h) => h.y).length;
  let best = { threshold: 0.5, keepRules: 0, precision: 0, recall: 0, f1: -1 };
  for (let t = 0.2; t <= 0.951; t += 0.025) {
    for (const k of [0, 0.02, 0.05, 0.1, 0.2, 0.3]) {
      let tp = 0;
      let fp = 0;
      for (const h of held) {
        if (!(h.p >= t || (h.rule && h.p >= k))) continue;
        if (h.y) tp++;
        else fp++;
      }
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = positives === 0 ? 1 : tp / positives;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      if (precision >= minPrecision && f1 > best.f1) best = { threshold: Math.round(t * 1000) / 1000, keepRules: k, precision, recall, f1 };
    }
  }
  return best;
}

export interface TrainingReport {
  examples: number;
  positives: number;
  features: number;
  crossValidated: { precision: number; recall: number; f1: number };
}

/**
 * Trains the relation model: a feature dictionary of features seen at least `minCount` times, k-fold
 * cross-validation by article for calibration (Platt per predicate) and thresholds, then one fit on everything.
 * Deterministic: fixed example order from a seeded shuffle, no clock, no parallelism.
 */
export function trainRelationModel(examples: readonly TrainingExample[], options: TrainingOptions = DEFAULT_TRAINING): { model: RelationModel; report: TrainingReport } {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const encoded: Encoded[] = examples.map((e) => ({
    ids: Int32Array.from(new Set(e.features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])))),
    predicates: e.predicates.map((p) => PREDICATES.indexOf(p)),
    labels: new Set([...e.labels].map((p) => PREDICATES.indexOf(p))),
  }));
  const raw: Array<{ z: number; y: number; p: number; rule: boolean }> = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const inFold = (e: TrainingExample) => e.article % options.folds === fold;
    const { w, b } = fit(encoded.filter((_, i) => !inFold(examples[i] as TrainingExample)), names.length, options);
    encoded.forEach((e, i) => {
      const example = examples[i] as TrainingExample;
      if (!inFold(example)) return;
      for (const p of e.predicates) {
        let z = b[p] as number;
        for (const id of e.ids) z += w[id * P + p] as number;
        raw.push({ z, y: e.labels.has(p) ? 1 : 0, p, rule: example.rules.has(PREDICATES[p] as Predicate) });
      }
    });
  }
  const calibration = PREDICATES.map((_, p) => platt(raw.filter((r) => r.p === p)));
  const held = raw.map((r) => {
    const [a, b] = calibration[r.p] as [number, number];
    return { p: sigmoid(a * r.z + b), y: r.y === 1, rule: r.rule };
  });
  const chosen = chooseThresholds(held, options.minPrecision);
  const { w, b } = fit(encoded, names.length, options);
  const weights = new Map<string, Float64Array>();
  names.forEach((f, i) => weights.set(f, w.slice(i * P, (i + 1) * P)));
  const model = new RelationModel({ weights, bias: b, platt: calibration, threshold: chosen.threshold, keepRules: chosen.keepRules });
  return {
    model,
    report: {
      examples: examples.length,
      positives: examples.reduce((n, e) => n + e.labels.size, 0),
      features: names.length,
      crossValidated: { precision: chosen.precision, recall: chosen.recall, f1: chosen.f1 },
    },
  };
}
