import { writeFile } from "node:fs/promises";
import { DEFAULT_TRAINING, MODEL_LANGUAGES, PREDICATES, WEIGHTS_FILE } from "../documents/relations-learned/index.js";
import { trainWeights } from "./relation-training.js";

/**
 * `npm run train`: rebuilds loaders/documents/relations-learned/weights/relations.json (one model per sentence
 * language) from the training sets (see TRAINING_SETS). `--option value` overrides a training setting (e.g. `--beta 0.8`), for trying settings
 * without editing; the committed weights are trained with the defaults.
 */
const started = Date.now();
const options = { ...DEFAULT_TRAINING };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const key = (args[i] ?? "").replace(/^--/, "");
  if (!Object.hasOwn(options, key) || !Number.isFinite(Number(args[i + 1]))) {
    console.error(`train: unknown setting ${args[i]}. Use one of ${Object.keys(options).map((k) => `--${k}`).join(", ")} with a number.`);
    process.exit(2);
  }
  options[key as keyof typeof options] = Number(args[i + 1]);
}
const trained = await trainWeights(options);
await writeFile(WEIGHTS_FILE, trained.text);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
console.log(`${trained.articles} articles, ${trained.goldFacts} gold facts, ${trained.reachable} reachable from candidate pairs of recognised names (${pct(trained.reachable / trained.goldFacts)})`);
for (const language of MODEL_LANGUAGES) {
  const report = trained.reports[language];
  console.log(`\n${language} model (${language === "en" ? "English readings" : `English and ${language} readings; scored on ${language}`}): ${report.examples} readings, ${report.positives} positive labels, ${report.features} features`);
  console.log(`positive readings by predicate: ${Object.entries(report.positivesByPredicate).map(([p, n]) => `${p} ${n}`).join(", ")}; the model may drop the rules' readings of those with at least ${options.minVetoPositives}`);
  console.log(`cross-validated (by article, model and rules together): P ${pct(report.crossValidated.precision)} R ${pct(report.crossValidated.recall)} F1 ${pct(report.crossValidated.f1)} of reachable readings; threshold ${trained.threshold}, keep rules at ${trained.keepRules}`);
  const byPredicate = trained.byPredicate[language];
  if (byPredicate) console.log(`per predicate (threshold / keep rules): ${PREDICATES.map((p, i) => `${p} ${byPredicate.thresholds[i]}/${byPredicate.keepRules[i]}`).join(", ")}`);
  console.log(`cross-validated by threshold: ${report.curve.map((c) => `${c.threshold.toFixed(2)} P ${pct(c.precision)} R ${pct(c.recall)}`).join(" · ")}`);
}
console.log(`wrote ${WEIGHTS_FILE} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
