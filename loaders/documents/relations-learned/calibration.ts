const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

interface Score {
  z: number;
  y: number;
}

/** Log loss of σ(a·z + b) against smoothed targets, computed stably. */
function loss(scores: readonly Score[], a: number, b: number, hi: number, lo: number): number {
  let sum = 0;
  for (const { z, y } of scores) {
    const t = y === 1 ? hi : lo;
    const f = a * z + b;
    // −t·log σ(f) − (1−t)·log(1−σ(f)) = log(1 + e^f) − t·f
    sum += (f > 0 ? f + Math.log1p(Math.exp(-f)) : Math.log1p(Math.exp(f))) - t * f;
  }
  return sum;
}

/**
 * Platt scaling: a and b of p = σ(a·z + b) fitted to held-out scores by Newton's method (halving a step that
 * does not lower the loss) with Platt's smoothed targets, so a separable set does not push a to infinity. It
 * converges to the one optimum whatever the start: the calibration depends on no step size or step count.
 */
export function plattScaling(scores: readonly Score[]): [number, number] {
  const positives = scores.filter((s) => s.y === 1).length;
  const negatives = scores.length - positives;
  if (positives === 0 || negatives === 0) return [1, 0];
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  let current = loss(scores, a, b, hi, lo);
  for (let step = 0; step < 100; step++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (const { z, y } of scores) {
      const p = sigmoid(a * z + b);
      const d = p - (y === 1 ? hi : lo);
      const w = p * (1 - p);
      ga += d * z;
      gb += d;
      haa += w * z * z;
      hab += w * z;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    let da = (hbb * ga - hab * gb) / det;
    let db = (haa * gb - hab * ga) / det;
    let next = loss(scores, a - da, b - db, hi, lo);
    for (let halvings = 0; next > current && halvings < 30; halvings++) {
      da /= 2;
      db /= 2;
      next = loss(scores, a - da, b - db, hi, lo);
    }
    if (next > current) break;
    a -= da;
    b -= db;
    const done = current - next < 1e-12 * Math.max(1, current);
    current = next;
    if (done) break;
  }
  return [a, b];
}
