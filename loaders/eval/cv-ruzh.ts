import { writeFile } from "node:fs/promises";
import { extractFromText } from "../documents/index.js";
import { DEFAULT_TRAINING, RelationModel } from "../documents/relations-learned/index.js";
import { factsByPredicate } from "./breakdown.js";
import { crossValidationSetup, flagValue, heldOutFolds } from "./cross-validation-setup.js";
import { addCounts, scoreDocument, scoresOf, type Counts } from "./score.js";

/**
 * `npx tsx loaders/eval/cv-ruzh.ts [--folds 5] [--languages en,ru,zh]`: cross-validated fact scores of the whole
 * extractor on the news-train articles of the languages given (Russian and Chinese by default). Each fold's
 * articles are held out of training (everything else of TRAINING_SETS stays in), read with the model trained
 * without them, and scored like `npm run eval`. Dev has a few dozen facts per language; this scores every train
 * article out of sample, for choosing between changes.
 */
const args = process.argv.slice(2);
const valueOf = (flag: string) => flagValue(args, flag);
const folds = Number(valueOf("--folds") ?? 5);
const languages = new Set((valueOf("--languages") ?? "ru,zh").split(","));
// `--thresholds 0.3,0.5`: the held-out articles read at each of these thresholds, to see what another would trade.
// `--show`: each held-out wrong fact and missed gold fact at the first threshold, to the terminal (train-split text, never committed).
// `--by-relation`: a row per predicate as well. `--dump file`: every held-out fact at the lowest threshold (its
// predicate, extractor, confidence and whether gold has it) and the gold counts, as JSON, to try operating
// points without retraining; written under /tmp, never committed.
const show = args.includes("--show");
const byRelation = args.includes("--by-relation");
const dump = valueOf("--dump");
const thresholdList = valueOf("--thresholds");
const thresholds = thresholdList === undefined ? [DEFAULT_TRAINING.threshold] : thresholdList.split(",").map(Number);
// `--l2 0.03` (any TrainingOptions key): trains the folds' models with that setting, to compare settings.
const options = { ...DEFAULT_TRAINING };
for (let i = 0; i < args.length; i++) {
  const key = (args[i] ?? "").replace(/^--/, "");
  if (Object.hasOwn(options, key) && key !== "threshold") options[key as keyof typeof options] = Number(args[i + 1]);
}
const setup = await crossValidationSetup(languages);
const { kb, articles } = setup;
const zero: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
const totals = new Map<string, Counts>();
const dumped: { facts: unknown[]; gold: unknown[] } = { facts: [], gold: [] };
for (const { models, out } of heldOutFolds(setup, folds, options)) {
  for (const threshold of thresholds) {
    // Without --thresholds the models read as trained, per-predicate thresholds (--perPredicate 1) included.
    const atThreshold = thresholdList === undefined ? models : models.map((model) => new RelationModel({ ...model.parameters, threshold, ...(model.parameters.byPredicate ? { byPredicate: { ...model.parameters.byPredicate, thresholds: model.parameters.byPredicate.thresholds.map(() => threshold) } } : {}) }));
    for (const i of out) {
      const { article } = articles[i]!;
      const language = article.language ?? "?";
      const extracted = extractFromText(article, kb, atThreshold);
      const score = scoreDocument(article.gold, extracted);
      if (show && threshold === thresholds[0]) for (const f of score.facts.extra) console.log(`WRONG ${article.gold.document} ${f.subject.id} ${f.predicate} ${f.object.id} ${f.value ?? ""} (${f.extractor} ${f.confidence})`);
      if (show && threshold === thresholds[0]) for (const g of score.facts.missed) console.log(`MISS ${article.gold.document} ${g.subject} ${g.predicate} ${g.object} ${g.value ?? ""}`);
      if (dump && threshold === Math.min(...thresholds)) {
        const extra = new Set(score.facts.extra);
        for (const f of extracted.facts) dumped.facts.push({ language, predicate: f.predicate, extractor: f.extractor, confidence: f.confidence, status: f.status, right: !extra.has(f) });
        for (const f of score.facts.gold) dumped.gold.push({ language, predicate: f.predicate });
      }
      const rows = [language, "all", ...(byRelation ? [...factsByPredicate([score]).keys()].map((p) => `${language} ${p}`) : [])];
      for (const key of rows) {
        const counts = key.includes(" ") ? (factsByPredicate([score]).get(key.split(" ")[1]!) ?? zero) : score.facts;
        totals.set(`${key} at ${threshold}`, addCounts(totals.get(`${key} at ${threshold}`) ?? zero, counts));
      }
    }
  }
}
if (dump) await writeFile(dump, JSON.stringify(dumped));
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
for (const [row, c] of [...totals].sort()) {
  const s = scoresOf(c);
  console.log(`news-train ${row} ${folds}-fold: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`);
}

