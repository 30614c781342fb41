import { writeFile } from "node:fs/promises";
import { loadKnowledgeBase } from "../documents/index.js";
import { DEFAULT_TRAINING, fileFromModel, trainRelationModel, WEIGHTS_FILE, type TrainingExample } from "../documents/relations-learned/index.js";
import { loadEvalArticles, type EvalArticle } from "./eval-articles.js";
import { relationExamples } from "./relation-examples.js";
import { EVAL_SETS } from "./run-eval.js";

/**
 * `npm run train`: rebuilds loaders/documents/relations-learned/weights/relations.json from the real-news train
 * split, the seeds and the own-written sets heldout and heldout-c. news-dev and news-test are never read here,
 * and heldout-b stays a clean held-out score.
 */
const TRAINING_SETS = ["news-train", "seeds", "heldout", "heldout-c"] as const;

const started = Date.now();
const kb = await loadKnowledgeBase();
const articles: Array<{ set: string; article: EvalArticle }> = [];
for (const name of TRAINING_SETS) {
  const set = EVAL_SETS[name];
  for (const article of await loadEvalArticles(set.gold, set.texts, "split" in set ? set.split : undefined)) articles.push({ set: name, article });
}
const examples: TrainingExample[] = [];
let goldFacts = 0;
let reached = 0;
articles.forEach(({ article }, i) => {
  const read = relationExamples(article, i, kb);
  examples.push(...read.examples);
  goldFacts += article.gold.facts.length;
  reached += read.reached;
});
// `--option value` overrides a training setting (e.g. `--minPrecision 0.75`), for trying settings without editing.
const options = { ...DEFAULT_TRAINING };
const args = process.argv.slice(2);
for (let i = 0; i + 1 < args.length; i += 2) {
  const key = (args[i] ?? "").replace(/^--/, "");
  if (!Object.hasOwn(options, key) || !Number.isFinite(Number(args[i + 1]))) throw new Error(`train: unknown setting ${args[i]}. Use one of ${Object.keys(options).map((k) => `--${k}`).join(", ")} with a number.`);
  options[key as keyof typeof options] = Number(args[i + 1]);
}
const { model, report } = trainRelationModel(examples, options);
const trainedOn = {
  sets: Object.fromEntries(TRAINING_SETS.map((s) => [s, articles.filter((a) => a.set === s).length])),
  goldFacts,
  reachable: reached,
  options,
  ...report,
};
await writeFile(WEIGHTS_FILE, `${JSON.stringify(fileFromModel(model, trainedOn))}\n`);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
console.log(`${articles.length} articles, ${goldFacts} gold facts, ${reached} reachable from candidate pairs of recognised names (${pct(reached / goldFacts)})`);
console.log(`${report.examples} readings, ${report.positives} positive labels, ${report.features} features`);
console.log(`cross-validated (by article, model and rules together): P ${pct(report.crossValidated.precision)} R ${pct(report.crossValidated.recall)} F1 ${pct(report.crossValidated.f1)} of reachable readings; threshold ${model.parameters.threshold}, keep rules at ${model.parameters.keepRules}`);
console.log(`wrote ${WEIGHTS_FILE} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
