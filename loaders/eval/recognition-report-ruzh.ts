import { readSentences } from "../documents/extract-document.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../documents/index.js";
import type { Mention } from "../documents/types.js";
import { loadEvalArticles, type EvalArticle, type NewsSplit } from "./eval-articles.js";
import type { GoldEntity } from "./gold-schema.js";
import { NEWS_CORPUS_DIR, NEWS_GOLD_DIR } from "./news-corpus.js";
import { matchAll, sameEntity, scoresOf, type Counts } from "./score.js";

/**
 * `npx tsx loaders/eval/recognition-report-ruzh.ts [--split train|dev] [--lang ru|zh] [--show]`: how far recognition
 * bounds the relation step on the Russian and Chinese news of the train and dev splits. Prints aggregates: entity
 * precision/recall (scored like `npm run eval`), gold entities missed by kind and cause, and the share of gold facts
 * whose subject and object are both recognised in the annotated sentence. `--show` also prints the missed spans to
 * the terminal for analysis; they are corpus text and never go into the repository. The test split is refused.
 */

type Cause = "wrong entity at span" | "elsewhere only" | "nothing at span";
type FactReach = "both in sentence" | "both in document" | "subject missing" | "object missing" | "both missing";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const splits: NewsSplit[] = flag("--split") ? [flag("--split") as NewsSplit] : ["train", "dev"];
if (splits.includes("test")) {
  console.error("recognition-report-ruzh: the test split is scored by `npm run eval -- --set news-test`, never read here. Use --split train or dev.");
  process.exit(2);
}
const languages = flag("--lang") ? [flag("--lang") ?? ""] : ["ru", "zh"];
const show = args.includes("--show");

const matches = (g: { id: string; name: string }, m: Mention) => sameEntity(g.id, g.name, { ...m.entity, discovered: m.entity.discovered === true });

interface Tally {
  entities: Counts;
  causes: Map<string, number>;
  facts: Map<FactReach, number>;
  goldFacts: number;
}

function analyse(article: EvalArticle, kb: KnowledgeBase, tally: Tally): void {
  const { all, read } = readSentences(article.text, kb);
  const gold = article.gold;
  const recognised = [...new Map(all.filter((m) => m.entity.kind !== "Policy").map((m) => [m.entity.id, m])).values()];
  const scored = matchAll(gold.entities, recognised, (g, m) => matches(g, m));
  tally.entities = { truePositives: tally.entities.truePositives + scored.truePositives, falsePositives: tally.entities.falsePositives + scored.falsePositives, falseNegatives: tally.entities.falseNegatives + scored.falseNegatives };
  const inSentences = read.flatMap((r) => r.frame.items.flatMap((i) => (i.type === "entity" ? [i.mention] : [])));
  const everywhere = [...all, ...inSentences];
  for (const g of scored.missed) {
    const at = everywhere.filter((m) => m.start < g.mention.end && g.mention.start < m.end);
    const cause: Cause = at.length > 0 ? "wrong entity at span" : everywhere.some((m) => matches(g, m)) ? "elsewhere only" : "nothing at span";
    const key = `${g.kind.padEnd(8)} ${cause}`;
    tally.causes.set(key, (tally.causes.get(key) ?? 0) + 1);
    if (show) console.log(`  ${article.gold.document} ${g.kind} ${g.id} «${article.text.slice(g.mention.start, g.mention.end)}» ${cause}${at.length > 0 ? ` (read as ${at.map((m) => m.entity.id).join(", ")})` : ""}`);
  }
  if (show) for (const p of scored.extra) console.log(`  ${article.gold.document} extra ${p.entity.id} «${p.text}»`);
  const entityOf = new Map<string, GoldEntity>(gold.entities.map((e) => [e.id, e]));
  for (const f of gold.facts) {
    tally.goldFacts++;
    const subject = entityOf.get(f.subject) ?? { id: f.subject, name: "" };
    const object = entityOf.get(f.object) ?? { id: f.object, name: "" };
    const frames = read.filter((r) => r.frame.sentence.start < f.span.end && f.span.start < r.frame.sentence.end);
    const inFrame = frames.some((r) => {
      const ms = r.frame.items.flatMap((i) => (i.type === "entity" ? [i.mention] : []));
      return ms.some((m) => matches(subject, m)) && ms.some((m) => matches(object, m));
    });
    const hasS = everywhere.some((m) => matches(subject, m));
    const hasO = everywhere.some((m) => matches(object, m));
    const reach: FactReach = inFrame ? "both in sentence" : hasS && hasO ? "both in document" : !hasS && !hasO ? "both missing" : hasS ? "object missing" : "subject missing";
    tally.facts.set(reach, (tally.facts.get(reach) ?? 0) + 1);
    if (show && !inFrame) console.log(`  ${article.gold.document} fact ${f.subject} ${f.predicate} ${f.object}: ${reach} «${article.text.slice(f.span.start, f.span.end).replace(/\s+/g, " ").slice(0, 160)}»`);
  }
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const kb = await loadKnowledgeBase();
for (const split of splits) {
  const articles = await loadEvalArticles(NEWS_GOLD_DIR, NEWS_CORPUS_DIR, split);
  for (const language of languages) {
    const chosen = articles.filter((a) => a.language === language);
    const tally: Tally = { entities: { truePositives: 0, falsePositives: 0, falseNegatives: 0 }, causes: new Map(), facts: new Map(), goldFacts: 0 };
    for (const article of chosen) analyse(article, kb, tally);
    const e = scoresOf(tally.entities);
    const both = tally.facts.get("both in sentence") ?? 0;
    console.log(`news-${split} ${language} (${chosen.length} articles): entities P ${pct(e.precision)} R ${pct(e.recall)} (tp ${e.truePositives}, fp ${e.falsePositives}, fn ${e.falseNegatives}); facts with both entities in the sentence ${both}/${tally.goldFacts} (${pct(both / Math.max(1, tally.goldFacts))})`);
    console.log("  missed gold entities by kind and cause:");
    for (const [key, n] of [...tally.causes].sort((a, b) => b[1] - a[1])) console.log(`    ${key.padEnd(34)} ${n}`);
    console.log("  gold facts by reach:");
    for (const [key, n] of [...tally.facts].sort((a, b) => b[1] - a[1])) console.log(`    ${key.padEnd(34)} ${n}`);
  }
}
