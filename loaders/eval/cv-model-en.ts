import { loadKnowledgeBase } from "../documents/index.js";
import { DEFAULT_TRAINING, PREDICATES } from "../documents/relations-learned/index.js";
import { plattScaling } from "../documents/relations-learned/calibration.js";
import { encodeExamples, fit } from "../documents/relations-learned/train.js";
import { flagValue } from "./cross-validation-setup.js";
import { loadTrainingArticles, trainingExamples } from "./relation-training.js";

/**
 * `npx tsx loaders/eval/cv-model-en.ts [--folds 5] [--explain] [--drop regex] [--rate 0.03 …]`: a quick check of the English
 * model alone, for screening a feature or a training setting before the full cv-ruzh.ts run (one fit per fold
 * instead of forty, about a tenth of its CPU). The news-train English articles are held out fold by fold, the
 * model is fitted on every other English reading, and the held-out readings are scored: average precision,
 * log loss, and pairs read at a few thresholds (rules' readings kept above 0.05, as combineFacts does).
 * `--explain`: the mean weight per feature class, and the features weighing most against, on the gold readings
 * scored under the threshold that no rule reads. Reading-level only: the full run scores facts.
 */
const args = process.argv.slice(2);
const folds = Number(flagValue(args, "--folds") ?? 5);
const options = { ...DEFAULT_TRAINING };
for (let i = 0; i < args.length; i++) {
  const key = (args[i] ?? "").replace(/^--/, "");
  if (Object.hasOwn(options, key)) options[key as keyof typeof options] = Number(args[i + 1]);
}
const kb = await loadKnowledgeBase();
const articles = await loadTrainingArticles();
// `--drop '^bb:'`: the features whose names match are left out of every reading, to measure what a class adds.
const dropped = flagValue(args, "--drop");
const drop = dropped === undefined ? undefined : new RegExp(dropped);
const english = trainingExamples(articles, kb).examples.filter((e) => e.language === "en");
const examples = drop ? english.map((e) => ({ ...e, features: e.features.filter((f) => !drop.test(f)) })) : english;
const held = [...new Set(examples.filter((e) => articles[e.article]?.set === "news-train").map((e) => e.article))].sort((a, b) => a - b);
const foldOf = new Map(held.map((article, k) => [article, k % folds]));
const P = PREDICATES.length;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const readings: Array<{ z: number; y: number; p: number; rule: boolean; features: Array<[string, number]> }> = [];
for (let fold = 0; fold < folds; fold++) {
  const training = examples.filter((e) => foldOf.get(e.article) !== fold);
  const { names, encoded } = encodeExamples(training, options.minCount);
  const { w, b } = fit(encoded, names.length, options);
  const index = new Map(names.map((f, i) => [f, i]));
  for (const e of examples) {
    if (foldOf.get(e.article) !== fold) continue;
    for (const predicate of e.predicates) {
      const p = PREDICATES.indexOf(predicate);
      let z = b[p] as number;
      const features: Array<[string, number]> = [];
      for (const f of new Set(e.features)) {
        const row = index.get(f);
        if (row === undefined) continue;
        const weight = w[row * P + p] as number;
        z += weight;
        features.push([f, weight]);
      }
      readings.push({ z, y: e.labels.has(predicate) ? 1 : 0, p, rule: e.rules.has(predicate), features });
    }
  }
}
// Calibrated on the held-out scores themselves: a fair comparison between two runs, not a score to quote alone.
const platt = PREDICATES.map((_, p) => plattScaling(readings.filter((r) => r.p === p)));
const probability = (r: (typeof readings)[number]) => sigmoid((platt[r.p] as [number, number])[0] * r.z + (platt[r.p] as [number, number])[1]);
const positives = readings.filter((r) => r.y === 1).length;
const ranked = readings.map((r) => ({ q: probability(r), y: r.y })).sort((a, b) => b.q - a.q);
let found = 0;
let precisionSum = 0;
ranked.forEach((r, i) => {
  if (r.y !== 1) return;
  found++;
  precisionSum += found / (i + 1);
});
const logLoss = readings.reduce((sum, r) => {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, probability(r)));
  return sum - (r.y === 1 ? Math.log(q) : Math.log(1 - q));
}, 0);
const pct = (n: number) => (n * 100).toFixed(1);
console.log(`${examples.length} English readings, ${readings.length} held-out predicate readings, ${positives} positive; average precision ${pct(precisionSum / positives)}, log loss ${((1000 * logLoss) / readings.length).toFixed(2)}e-3`);
for (const threshold of [0.25, 0.35, 0.5]) {
  const read = readings.filter((r) => probability(r) >= threshold || (r.rule && probability(r) >= 0.05));
  const tp = read.filter((r) => r.y === 1).length;
  const precision = tp / read.length;
  const recall = tp / positives;
  console.log(`  at ${threshold}: P ${pct(precision)} R ${pct(recall)} F1 ${pct((2 * precision * recall) / (precision + recall))} (tp ${tp}, fp ${read.length - tp})`);
}
if (args.includes("--explain")) {
  const low = readings.filter((r) => r.y === 1 && !r.rule && probability(r) < options.threshold);
  console.log(`\n${low.length} gold readings under ${options.threshold} that no rule reads (${low.filter((r) => probability(r) < 0.05).length} under 0.05)`);
  const byClass = new Map<string, number>();
  const byFeature = new Map<string, number>();
  for (const r of low) {
    for (const [f, weight] of r.features) {
      const kind = f.replace(/:.*/, "");
      byClass.set(kind, (byClass.get(kind) ?? 0) + weight / low.length);
      byFeature.set(`${PREDICATES[r.p]} ${f}`, (byFeature.get(`${PREDICATES[r.p]} ${f}`) ?? 0) + weight);
    }
  }
  console.log(`mean weight per reading by feature class: ${[...byClass].sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ")}`);
  console.log(`weighing most against them (summed): ${[...byFeature].sort((a, b) => a[1] - b[1]).slice(0, 30).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(" | ")}`);
}
