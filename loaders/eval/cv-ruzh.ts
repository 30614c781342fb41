import { extractFromText, loadKnowledgeBase } from "../documents/index.js";
import { DEFAULT_TRAINING, RelationModel, trainLanguageModels } from "../documents/relations-learned/index.js";
import { loadTrainingArticles, trainingExamples } from "./relation-training.js";
import { addCounts, scoreDocument, scoresOf, type Counts } from "./score.js";

/**
 * `npx tsx loaders/eval/cv-ruzh.ts [--folds 5]`: cross-validated fact scores of the whole extractor on the Russian
 * and Chinese news-train articles. Each fold's articles are held out of training (everything else of
 * TRAINING_SETS stays in), read with the model trained without them, and scored like `npm run eval`. Dev has a
 * few dozen facts per language; this scores every train article out of sample, for choosing between changes.
 */
const args = process.argv.slice(2);
const foldsAt = args.indexOf("--folds");
const folds = foldsAt < 0 ? 5 : Number(args[foldsAt + 1]);
// `--thresholds 0.3,0.5`: the held-out articles read at each of these thresholds, to see what another would trade.
// `--show`: each held-out wrong fact at the first threshold, to the terminal (train-split text, never committed).
const show = args.includes("--show");
const thresholdsAt = args.indexOf("--thresholds");
const thresholds = thresholdsAt < 0 ? [DEFAULT_TRAINING.threshold] : (args[thresholdsAt + 1] ?? "").split(",").map(Number);
// `--l2 0.03` (any TrainingOptions key): trains the folds' models with that setting, to compare settings.
const options = { ...DEFAULT_TRAINING };
for (let i = 0; i < args.length; i++) {
  const key = (args[i] ?? "").replace(/^--/, "");
  if (Object.hasOwn(options, key) && key !== "threshold") options[key as keyof typeof options] = Number(args[i + 1]);
}
const kb = await loadKnowledgeBase();
const articles = await loadTrainingArticles();
const { examples } = trainingExamples(articles, kb);
const held = articles.flatMap(({ set, article }, i) => (set === "news-train" && (article.language === "ru" || article.language === "zh") ? [i] : []));
const zero: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
const totals = new Map<string, Counts>();
for (let fold = 0; fold < folds; fold++) {
  const out = new Set(held.filter((_, k) => k % folds === fold));
  const { models } = trainLanguageModels(examples.filter((e) => !out.has(e.article)), options);
  for (const threshold of thresholds) {
    const atThreshold = models.map((model) => new RelationModel({ ...model.parameters, threshold }));
    for (const i of out) {
      const { article } = articles[i]!;
      const score = scoreDocument(article.gold, extractFromText(article, kb, atThreshold));
      if (show && threshold === thresholds[0]) {
        for (const f of score.facts.extra) console.log(`WRONG ${article.gold.document} ${f.subject.id} ${f.predicate} ${f.object.id} ${f.value ?? ""} (${f.extractor} ${f.confidence})`);
      }
      for (const key of [article.language ?? "?", "ru+zh"]) totals.set(`${key} at ${threshold}`, addCounts(totals.get(`${key} at ${threshold}`) ?? zero, score.facts));
    }
  }
}
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
for (const [language, c] of [...totals].sort()) {
  const s = scoresOf(c);
  console.log(`news-train ${language} ${folds}-fold: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`);
}
