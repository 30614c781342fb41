/** A held-out reading: its calibrated probability, whether gold states it, whether the rules read it. */
export interface HeldOutReading {
  p: number;
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
