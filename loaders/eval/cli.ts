import { factsByLanguage, factsByPredicate } from "./breakdown.js";
import { evalSetFromArgs, runEval } from "./run-eval.js";
import { scoresOf, type Counts } from "./score.js";

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
// `--set heldout` (or heldout-b, heldout-c, news-train, news-dev, news-test) scores another set, `--dir <path>` a
// set kept outside the repository; the default stays the five seed articles.
let set: ReturnType<typeof evalSetFromArgs>;
try {
  set = evalSetFromArgs(args);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
// The real-news test part is scored, never read: its errors and per-article rows stay unprinted.
const blind = set.split === "test";
if (blind && verbose) {
  console.error("--verbose is refused for news-test: the test split is scored, never read. Inspect news-dev instead.");
  process.exit(2);
}
// `--rules-only` scores the phrase rules without the learned relation step, for comparison.
const rulesOnly = args.includes("--rules-only");
const report = await runEval(set.gold, set.texts, set.split, { rulesOnly });
console.log(`Set: ${set.name} (${report.documents.length} articles${rulesOnly ? ", rules only" : ""})`);
const perDocument = !blind && (verbose || args.includes("--documents") || report.documents.length <= 12);
const width = Math.max(28, ...(perDocument ? report.documents.map((d) => d.document.length + 1) : []));
const row = (name: string, c: Counts) => {
  const s = scoresOf(c);
  return `${name.padEnd(width)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;
};
console.log("Entities");
if (perDocument) for (const d of report.documents) console.log(`  ${row(d.document, d.entities)}`);
console.log(`  ${row("overall", report.entities)}`);
console.log("Facts");
if (perDocument) for (const d of report.documents) console.log(`  ${row(d.document, d.facts)}`);
console.log(`  ${row("overall", report.facts)}`);
console.log("Facts by language");
for (const [language, s] of factsByLanguage(report.documents)) console.log(`  ${row(language, s)}`);
console.log("Facts by relation");
for (const [predicate, s] of factsByPredicate(report.documents)) console.log(`  ${row(predicate, s)}`);
if (verbose) {
  for (const d of report.documents) {
    console.log(`\n${d.document}`);
    for (const e of d.entities.missed) console.log(`  missed entity ${e.id}`);
    for (const e of d.entities.extra) console.log(`  extra entity  ${e.id}`);
    for (const f of d.facts.missed) console.log(`  missed fact   ${f.subject} ${f.predicate} ${f.object} ${f.value ?? ""}`);
    for (const f of d.facts.extra) console.log(`  extra fact    ${f.subject.id} ${f.predicate} ${f.object.id} ${f.value ?? ""}`);
  }
}
