import type { Predicate } from "../types.js";
import { PREDICATES } from "./arg-kinds.js";

export interface RelationModelParameters {
  /** One weight per predicate (PREDICATES order) for every feature the trainer kept. */
  weights: Map<string, Float64Array>;
  bias: Float64Array;
  /** Platt scaling per predicate, fitted on cross-validated scores: p = σ(a·z + b). */
  platt: Array<[number, number]>;
  /** A reading becomes a fact at this calibrated probability or above. */
  threshold: number;
  /** A rule's fact on a pair the model scores below this probability is dropped… */
  keepRules: number;
  /**
   * …but only for these predicates: the ones the model saw enough training examples of to overrule a rule.
   * INVESTS_IN and PLANS have a few dozen; a model that has barely met a relation must not veto the rule that reads it.
   */
  vetoes: ReadonlySet<Predicate>;
  /** Per predicate (PREDICATES order), chosen on cross-validation; when absent, `threshold` and `keepRules` for all. */
  byPredicate?: { thresholds: readonly number[]; keepRules: readonly number[] };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

const INDEX_OF = new Map(PREDICATES.map((p, i) => [p, i]));

/** Candidate pairs share one predicate list per pair of kinds (arg-kinds.ts), so its indexes are found once per list. */
const INDEXES = new WeakMap<readonly Predicate[], Int32Array>();
function indexesOf(predicates: readonly Predicate[]): Int32Array {
  let indexes = INDEXES.get(predicates);
  if (!indexes) {
    indexes = Int32Array.from(predicates, (predicate) => INDEX_OF.get(predicate) ?? -1);
    INDEXES.set(predicates, indexes);
  }
  return indexes;
}

/** One-vs-rest logistic regression over sparse string features: a probability per predicate, independently. */
export class RelationModel {
  /**
   * The weights again, packed: each feature's row at its offset in one array. A row of its own (a small typed
   * array with its own buffer) cost a few memory hops per feature, and weights are read for every feature of
   * every candidate pair, the biggest single part of extraction's time. Same numbers, summed in the same order.
   */
  private readonly offsets = new Map<string, number>();
  private readonly packed: Float64Array;

  constructor(readonly parameters: RelationModelParameters) {
    const width = PREDICATES.length;
    this.packed = new Float64Array(parameters.weights.size * width);
    let offset = 0;
    for (const [feature, row] of parameters.weights) {
      for (let p = 0; p < width; p++) this.packed[offset + p] = row[p] ?? 0;
      this.offsets.set(feature, offset);
      offset += width;
    }
  }

  /** The probability at or above which a reading of `predicate` becomes a fact. */
  thresholdOf(predicate: Predicate): number {
    return this.parameters.byPredicate?.thresholds[PREDICATES.indexOf(predicate)] ?? this.parameters.threshold;
  }

  /** The probability under which a rule's reading of `predicate` is dropped (if the predicate is a veto one). */
  keepRulesOf(predicate: Predicate): number {
    return this.parameters.byPredicate?.keepRules[PREDICATES.indexOf(predicate)] ?? this.parameters.keepRules;
  }

  /** Raw scores (before calibration) of every predicate, in PREDICATES order, added to `base` (default: the bias). */
  scores(features: readonly string[], base: Float64Array = this.parameters.bias): Float64Array {
    // The typed-array copy constructor, not Float64Array.from, which goes through the iterator protocol.
    const z = new Float64Array(base);
    const packed = this.packed;
    for (const f of features) {
      const at = this.offsets.get(f);
      if (at === undefined) continue;
      for (let p = 0; p < z.length; p++) z[p] = (z[p] as number) + (packed[at + p] as number);
    }
    return z;
  }

  /** Where a feature's row starts in the packed weights; -1 for a feature the trainer did not keep. */
  readonly offsetOf = (feature: string): number => this.offsets.get(feature) ?? -1;

  /** Calibrated probability that the reading states each of `predicates`. */
  probabilities(features: readonly string[], predicates: readonly Predicate[], base: Float64Array = this.parameters.bias): Map<Predicate, number> {
    return this.probabilitiesAt(features.map(this.offsetOf), predicates, base);
  }

  /**
   * probabilities() of features given as their offsets (offsetOf): a sentence's pairs share most word features,
   * whose offsets are then looked up once per sentence instead of once per pair.
   */
  probabilitiesAt(offsets: readonly number[], predicates: readonly Predicate[], base: Float64Array = this.parameters.bias): Map<Predicate, number> {
    // Only the predicates asked for are summed (a pair's kinds admit a few of the eleven), in the same order as
    // scores() adds them, so the result is the same to the last bit.
    const indexes = indexesOf(predicates);
    const n = indexes.length;
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) z[i] = base[indexes[i] as number] as number;
    const packed = this.packed;
    for (let k = 0; k < offsets.length; k++) {
      const at = offsets[k] as number;
      if (at < 0) continue;
      for (let i = 0; i < n; i++) z[i] = (z[i] as number) + (packed[at + (indexes[i] as number)] as number);
    }
    const out = new Map<Predicate, number>();
    for (let i = 0; i < n; i++) {
      const [a, b] = this.parameters.platt[indexes[i] as number] ?? [1, 0];
      out.set(predicates[i] as Predicate, sigmoid(a * (z[i] as number) + b));
    }
    return out;
  }
}
