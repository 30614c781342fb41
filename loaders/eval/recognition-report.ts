import { findBlocks } from "../documents/find-blocks.js";
import { findMentions } from "../documents/find-mentions.js";
import { extractFromText, loadKnowledgeBase, type KnowledgeBase } from "../documents/index.js";
import { segmentSentences } from "../documents/segment-sentences.js";
import type { Mention } from "../documents/types.js";
import { loadEvalArticles, type EvalArticle, type NewsSplit } from "./eval-articles.js";
import type { GoldEntity } from "./gold-schema.js";
import { NEWS_CORPUS_DIR, NEWS_GOLD_DIR } from "./news-corpus.js";
import { addCounts, sameEntity, scoreDocument, scoresOf, type Counts } from "./score.js";

/**
 * Where recognition fails on real news: for each gold fact of a split, whether its subject and object are both
 * among the mentions of the sentence its span covers (the bound on what the relation step can read), and for each
 * argument that is not, a cause. Usage: `npx tsx loaders/eval/recognition-report.ts --split dev [--lang en]
 * [--show]`. `--show` prints the missed names with their sentence — train and dev only, never committed; the
 * test split is refused.
 */

const ORG_WORDS = /\b(?:ltd|limited|corp|corporation|inc|plc|sa|ag|gmbh|llc|holdings?|resources|mining|metals|minerals|group|company|bank|ministry|department|agency|fund|energy|materials|lithium|rare earths?|capital|partners|commission|government|council|exchange|office|university|institute|authority)\b/i;
const SITE_WORDS = /\b(?:mine|project|deposit|refinery|plant|facility|smelter|complex|field|salar|lake|prospect|operations?)\b/i;
const REFERENCE = /\b(?:the|this|that|its|their)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:company|firm|miner|group|producer|corporation|mine|project|deposit|plant|refinery|country|government|state|developer|explorer|buyer|seller)\b|\b(?:it|its|they|their)\b/iu;

type Cause = "named, not recognised" | "recognised elsewhere, not here" | "reference / implicit" | "unnamed in sentence";

function subKind(e: GoldEntity): string {
  if (e.kind === "Actor") {
    if (ORG_WORDS.test(e.name)) return "Actor (organisation word)";
    if (/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u.test(e.name) && !/\p{Lu}{2,}/u.test(e.name)) return "Actor (person-like name)";
    return "Actor (other name)";
  }
  if (e.kind === "Asset") return SITE_WORDS.test(e.name) ? "Asset (site word)" : "Asset (bare name)";
  return e.kind;
}

function matches(goldId: string, goldName: string | undefined, m: Mention): boolean {
  return sameEntity(goldId, goldName, { id: m.entity.id, name: m.entity.name, discovered: m.entity.discovered === true });
}

interface Tally {
  facts: number;
  both: number;
  bySide: Map<string, number>;
  missingArgs: Map<string, Map<Cause, number>>;
  entities: Counts;
  shown: string[];
}

function inc<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function analyse(article: EvalArticle, kb: KnowledgeBase, tally: Tally, show: boolean): void {
  const { text, gold } = article;
  const blocks = findBlocks(text);
  const sentences = segmentSentences(text, blocks);
  const { all, bySentence } = findMentions(text, blocks, sentences, kb.gazetteer);
  const entityOf = new Map(gold.entities.map((e) => [e.id, e]));
  for (const fact of gold.facts) {
    tally.facts++;
    const covering = sentences.filter((s) => s.start < fact.span.end && fact.span.start < s.end);
    const mentions = covering.flatMap((s) => bySentence.find((b) => b.sentence === s.index)?.mentions ?? []);
    const sentenceText = covering.length > 0 ? text.slice(covering[0]?.start ?? 0, covering.at(-1)?.end ?? 0) : text.slice(fact.span.start, fact.span.end);
    const sides = [fact.subject, fact.object].map((id) => {
      const entity = entityOf.get(id);
      const found = mentions.some((m) => matches(id, entity?.name, m));
      return { id, entity, found };
    });
    if (sides.every((s) => s.found)) {
      tally.both++;
      if (show) tally.shown.push(`reached ${article.gold.document} ${fact.subject} ${fact.predicate} ${fact.object} @${fact.span.start}`);
    }
    inc(tally.bySide, sides.map((s) => (s.found ? "found" : "missing")).join(" / "));
    for (const side of sides) {
      if (side.found || !side.entity) continue;
      const entity = side.entity;
      const inText = sentenceText.toLowerCase().includes(entity.name.toLowerCase()) || sentenceText.includes(text.slice(entity.mention.start, entity.mention.end));
      const elsewhere = all.some((m) => matches(side.id, entity.name, m));
      const cause: Cause = inText ? "named, not recognised" : elsewhere ? (REFERENCE.test(sentenceText) ? "reference / implicit" : "recognised elsewhere, not here") : REFERENCE.test(sentenceText) ? "reference / implicit" : "unnamed in sentence";
      const kind = subKind(entity);
      const causes = tally.missingArgs.get(kind) ?? new Map<Cause, number>();
      inc(causes, cause);
      tally.missingArgs.set(kind, causes);
      if (show) tally.shown.push(`${kind} | ${cause} | ${entity.id} "${entity.name}" | ${fact.predicate} | ${sentenceText.replace(/\s+/g, " ").slice(0, 220)} || ${mentions.map((m) => `${m.text}=${m.entity.id}`).join("; ")}`);
    }
  }
  const { mentions: _m, ...extracted } = extractFromText(article, kb, null);
  const score = scoreDocument(gold, extracted);
  tally.entities = addCounts(tally.entities, score.entities);
  if (show) {
    for (const e of score.entities.missed) tally.shown.push(`missed entity ${subKind(e)} ${e.id} "${e.name}"`);
    for (const e of score.entities.extra) tally.shown.push(`extra entity ${e.kind} ${e.id} "${e.name}"${e.discovered ? " (discovered)" : ""}`);
  }
}

const pct = (n: number, d: number) => `${d === 0 ? "-" : ((100 * n) / d).toFixed(1)}%`;

async function main(argv: readonly string[]): Promise<void> {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at < 0 ? undefined : argv[at + 1];
  };
  const split = (value("--split") ?? "train") as NewsSplit;
  if (split !== "train" && split !== "dev") throw new Error(`--split ${split}: only train and dev may be inspected; the test split is scored by \`npm run eval -- --set news-test\`, never read.`);
  const language = value("--lang") ?? "en";
  const show = argv.includes("--show");
  const kb = await loadKnowledgeBase();
  const articles = (await loadEvalArticles(NEWS_GOLD_DIR, NEWS_CORPUS_DIR, split)).filter((a) => language === "all" || a.language === language);
  const tally: Tally = { facts: 0, both: 0, bySide: new Map(), missingArgs: new Map(), entities: { truePositives: 0, falsePositives: 0, falseNegatives: 0 }, shown: [] };
  for (const article of articles) analyse(article, kb, tally, show);
  const s = scoresOf(tally.entities);
  console.log(`news-${split}, ${language}: ${articles.length} articles, ${tally.facts} gold facts`);
  console.log(`both arguments recognised in the fact's sentence: ${tally.both} (${pct(tally.both, tally.facts)})`);
  for (const [sides, n] of [...tally.bySide].sort((a, b) => b[1] - a[1])) console.log(`  subject / object ${sides.padEnd(18)} ${n}`);
  console.log(`entities (per document, rules only): P ${pct(s.truePositives, s.truePositives + s.falsePositives)}  R ${pct(s.truePositives, s.truePositives + s.falseNegatives)}  F1 ${(100 * s.f1).toFixed(1)}%  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`);
  console.log("missing fact arguments by kind and cause:");
  for (const [kind, causes] of [...tally.missingArgs].sort((a, b) => [...b[1].values()].reduce((x, y) => x + y, 0) - [...a[1].values()].reduce((x, y) => x + y, 0))) {
    const total = [...causes.values()].reduce((x, y) => x + y, 0);
    console.log(`  ${kind.padEnd(28)} ${String(total).padStart(4)}   ${[...causes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c}: ${n}`).join(", ")}`);
  }
  if (show) for (const line of tally.shown.sort()) console.log(line);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(2);
});
