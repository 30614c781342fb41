import { writeFile } from "node:fs/promises";
import type { ExtractedFact } from "../documents/index.js";
import { crossValidationSetup, flagValue, heldOutReadings } from "./cross-validation-setup.js";
import { addCounts, scoresOf, type Counts } from "./score.js";

/**
 * `npx tsx loaders/eval/cv-false-positives.ts [--folds 5] [--languages en,ru,zh] [--dump /tmp/x.json]`: every
 * news-train fact read out of sample (as cv-ruzh.ts reads them) that gold lacks, with its article, relation, source
 * (a rule's name or the model) and score, then counts by language, relation and source, to find the largest groups
 * of wrong readings. `--dump` writes every held-out fact, right and wrong, with its quote, for comparing two
 * checkouts; train-split text goes to the terminal and /tmp only, never into the repository.
 */
const args = process.argv.slice(2);
const valueOf = (flag: string) => flagValue(args, flag);
const folds = Number(valueOf("--folds") ?? 5);
const languages = new Set((valueOf("--languages") ?? "en,ru,zh").split(","));
const dump = valueOf("--dump");
const setup = await crossValidationSetup(languages);
const zero: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
const totals = new Map<string, Counts>();
const sourceOf = (f: ExtractedFact) => (f.extractor.startsWith("relations-learned") ? "model" : `rule ${f.extractor}`);
const groups = new Map<string, { wrong: number; right: number }>();
const readings: unknown[] = [];
for (const { article, language, extracted, score } of heldOutReadings(setup, folds)) {
  const extra = new Set(score.facts.extra);
  for (const f of extracted.facts) {
    const right = !extra.has(f);
    const group = `${language} ${f.predicate} ${f.subject.kind}>${f.object.kind} ${sourceOf(f)}`;
    const counts = groups.get(group) ?? { wrong: 0, right: 0 };
    counts[right ? "right" : "wrong"]++;
    groups.set(group, counts);
    if (!right) console.log(`WRONG ${article.gold.document} ${f.subject.id} ${f.predicate} ${f.object.id} ${f.value ?? ""} (${sourceOf(f)} ${f.confidence.toFixed(2)})`);
    if (dump) readings.push({ language, document: article.gold.document, subject: f.subject, predicate: f.predicate, object: f.object, value: f.value, source: sourceOf(f), confidence: f.confidence, right, quotes: f.evidence.map((e) => e.quote) });
  }
  for (const key of [language, "all"]) totals.set(key, addCounts(totals.get(key) ?? zero, score.facts));
}
if (dump) await writeFile(dump, JSON.stringify(readings));
console.log("\nwrong/right by language, relation, argument kinds and source, most wrong first:");
for (const [group, c] of [...groups].sort((a, b) => b[1].wrong - a[1].wrong || a[0].localeCompare(b[0]))) if (c.wrong > 0) console.log(`${String(c.wrong).padStart(3)} / ${String(c.right).padEnd(3)} ${group}`);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
for (const [row, c] of [...totals].sort()) {
  const s = scoresOf(c);
  console.log(`news-train ${row} ${folds}-fold: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`);
}
