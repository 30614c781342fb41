/** A held-out reading: its calibrated probability, whether gold states it, whether the rules read it. */
export interface HeldOutReading {
  p: number;
  /** The predicate's index in PREDICATES. */
  predicate: number;
  y: boolean;
  rule: boolean;
  /** Whether the model may drop the rules' reading of this predicate (RelationModelParameters.vetoes). */
  canVeto: boolean;
}

export interface OperatingPoint {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 over held-out readings when a reading counts as read at `threshold`, or when the
 * rules read it and the model gives it at least `keepRules` (what combineFacts does).
 */
export function operatingPoint(held: readonly HeldOutReading[], threshold: number, keepRules: number): OperatingPoint {
  let tp = 0;
  let fp = 0;
  let positives = 0;
  for (const h of held) {
    if (h.y) positives++;
    if (!(h.p >= threshold || (h.rule && (!h.canVeto || h.p >= keepRules)))) continue;
    if (h.y) tp++;
    else fp++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = positives === 0 ? 1 : tp / positives;
  const f1 = tp === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1 };
}

/** The operating points at every 0.05 of threshold from 0.2 to 0.95: what another threshold would trade. */
export function operatingCurve(held: readonly HeldOutReading[], keepRules: number): OperatingPoint[] {
  return Array.from({ length: 16 }, (_, i) => operatingPoint(held, (20 + 5 * i) / 100, keepRules));
}

/** Precision, recall and F1 when each predicate has its own threshold and keep-rules floor (index = predicate). */
export function operatingPointBy(held: readonly HeldOutReading[], thresholds: readonly number[], keepRules: readonly number[]): Omit<OperatingPoint, "threshold"> {
  let tp = 0;
  let fp = 0;
  let positives = 0;
  for (const h of held) {
    if (h.y) positives++;
    const t = thresholds[h.predicate] as number;
    const k = keepRules[h.predicate] as number;
    if (!(h.p >= t || (h.rule && (!h.canVeto || h.p >= k)))) continue;
    if (h.y) tp++;
    else fp++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = positives === 0 ? 1 : tp / positives;
  const f1 = tp === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const fBeta = (o: { precision: number; recall: number }, beta: number) => (o.precision + o.recall === 0 ? 0 : ((1 + beta * beta) * o.precision * o.recall) / (beta * beta * o.precision + o.recall));

/** Thresholds a predicate may take, and floors under which the model may drop a rule's reading. */
const THRESHOLD_GRID = Array.from({ length: 13 }, (_, i) => (30 + 5 * i) / 100);
const KEEP_GRID = [0.05, 0.1, 0.2, 0.3, 0.4];

/**
 * A threshold and a keep-rules floor per predicate, chosen on the cross-validated readings: coordinate ascent on
 * the pooled F-beta (beta < 1 weighs precision more), predicate by predicate, twice over. A predicate moves off
 * the shared default only for a gain of at least `minGain` in the pooled score: a few held-out readings of a rare
 * relation must not drag its threshold to an edge.
 */
export function chooseThresholds(held: readonly HeldOutReading[], predicates: number, start: { threshold: number; keepRules: number }, beta: number, minGain: number): { thresholds: number[]; keepRules: number[] } {
  const thresholds = Array.from({ length: predicates }, () => start.threshold);
  const keepRules = Array.from({ length: predicates }, () => start.keepRules);
  for (let pass = 0; pass < 2; pass++) {
    for (let p = 0; p < predicates; p++) {
      const mine = held.filter((h) => h.predicate === p);
      if (mine.length === 0) continue;
      const canVeto = mine.some((h) => h.canVeto);
      const before = { t: thresholds[p] as number, k: keepRules[p] as number };
      const current = fBeta(operatingPointBy(held, thresholds, keepRules), beta);
      let best = { ...before, score: current };
      for (const t of THRESHOLD_GRID) {
        for (const k of canVeto ? KEEP_GRID : [before.k]) {
          thresholds[p] = t;
          keepRules[p] = k;
          const score = fBeta(operatingPointBy(held, thresholds, keepRules), beta);
          if (score > best.score + 1e-12) best = { t, k, score };
        }
      }
      const chosen = best.score >= current + minGain ? best : before;
      thresholds[p] = chosen.t;
      keepRules[p] = chosen.k;
    }
  }
  return { thresholds, keepRules };
}
