import { findBlocks } from "../documents/find-blocks.js";
import { findMentions } from "../documents/find-mentions.js";
import { loadKnowledgeBase } from "../documents/index.js";
import { segmentSentences } from "../documents/segment-sentences.js";
import type { Mention } from "../documents/types.js";
import { normaliseName } from "../resolution/normalise-name.js";
import { flagValue } from "./cross-validation-setup.js";
import { loadEvalArticles, type EvalArticle, type NewsSplit } from "./eval-articles.js";
import type { GoldEntity } from "./gold-schema.js";
import { NEWS_CORPUS_DIR, NEWS_GOLD_DIR } from "./news-corpus.js";
import { sameEntity } from "./score.js";

/**
 * Whether each argument of a split's gold facts is a mention of the right entity in the fact's sentence, and if
 * not, why: the name stands there but is unknown (a firm, a site, a region, another kind), it is read as another
 * entity, the sentence names it only by a reference phrase ("the company", "the mine", "it"), or not at all.
 * Usage: `npx tsx loaders/eval/argument-recognition.ts [--split train|dev] [--lang en] [--show]`; `--show` lists
 * each argument that is not right with its cause and the sentence's mentions (train and dev only, to the terminal).
 */

type Cause = "right" | "unknown firm" | "unknown site" | "region" | "unknown other" | "wrong entity" | "reference phrase" | "reference, wrongly resolved" | "not named in sentence";

const REFERENCE = /\b(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:company|firm|miner|group|producer|corporation|giant|developer|explorer|refiner|maker|manufacturer|mine|project|deposit|plant|refinery|smelter|facility|operation|complex|country|government|state|nation)\b|(?<![\p{L}])(?:it|its|they|their)(?![\p{L}])/iu;

/** Surface forms the gold entity may take in a sentence: its name, the annotated span, the name without a legal form. */
function surfaces(entity: GoldEntity, text: string): string[] {
  const forms = new Set([entity.name, text.slice(entity.mention.start, entity.mention.end)]);
  for (const form of [...forms]) forms.add(form.replace(/(?:,?\s+(?:Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|LLC|PLC|plc|SA|S\.A\.|AG|Group|Holdings?))+$/u, ""));
  return [...forms].filter((f) => f.length >= 2);
}

function occurrence(sentence: string, forms: readonly string[]): number | undefined {
  for (const form of forms) {
    const at = sentence.toLowerCase().indexOf(form.toLowerCase());
    if (at >= 0) return at;
  }
  return undefined;
}

interface Row {
  article: string;
  predicate: string;
  entity: GoldEntity;
  cause: Cause;
  detail: string;
}

function causeOf(entity: GoldEntity, article: EvalArticle, sentenceStart: number, sentence: string, mentions: readonly Mention[]): { cause: Cause; detail: string } {
  const matches = (m: Mention) => sameEntity(entity.id, entity.name, { id: m.entity.id, name: m.entity.name, discovered: m.entity.discovered === true });
  if (mentions.some(matches)) return { cause: "right", detail: "" };
  const at = occurrence(sentence, surfaces(entity, article.text));
  if (at !== undefined) {
    const start = sentenceStart + at;
    const over = mentions.find((m) => m.start <= start && start < m.end);
    if (over) return { cause: "wrong entity", detail: `"${over.text}" read as ${over.entity.id}${over.entity.discovered ? " (discovered)" : ""} via ${over.via}` };
    if (entity.kind === "Region") return { cause: "region", detail: "" };
    if (entity.kind === "Actor") return { cause: "unknown firm", detail: "" };
    if (entity.kind === "Asset") return { cause: "unknown site", detail: "" };
    return { cause: "unknown other", detail: entity.kind };
  }
  const reference = REFERENCE.exec(sentence);
  if (reference) {
    const resolved = mentions.find((m) => m.via === "reference" && m.start - sentenceStart <= reference.index + reference[0].length && reference.index <= m.end - sentenceStart);
    if (resolved) return { cause: "reference, wrongly resolved", detail: `"${reference[0]}" -> ${resolved.entity.id}` };
    return { cause: "reference phrase", detail: `"${reference[0]}"` };
  }
  return { cause: "not named in sentence", detail: "" };
}

function analyse(article: EvalArticle, kb: Awaited<ReturnType<typeof loadKnowledgeBase>>): Row[] {
  const { text, gold } = article;
  const blocks = findBlocks(text);
  const sentences = segmentSentences(text, blocks);
  const { bySentence } = findMentions(text, blocks, sentences, kb.gazetteer);
  const entityOf = new Map(gold.entities.map((e) => [e.id, e]));
  const rows: Row[] = [];
  for (const fact of gold.facts) {
    const covering = sentences.filter((s) => s.start < fact.span.end && fact.span.start < s.end);
    const mentions = covering.flatMap((s) => bySentence.find((b) => b.sentence === s.index)?.mentions ?? []);
    const start = covering[0]?.start ?? fact.span.start;
    const sentence = text.slice(start, covering.at(-1)?.end ?? fact.span.end);
    for (const id of [fact.subject, fact.object]) {
      const entity = entityOf.get(id);
      if (!entity) continue;
      const { cause, detail } = causeOf(entity, article, start, sentence, mentions);
      const context = `${sentence.replace(/\s+/g, " ").slice(0, 200)} || ${mentions.map((m) => `${m.text}=${m.entity.id}`).join("; ")}`;
      rows.push({ article: gold.document, predicate: fact.predicate, entity, cause, detail: `${detail} | ${context}` });
    }
  }
  return rows;
}

const args = process.argv.slice(2);
const split = (flagValue(args, "--split") ?? "train") as NewsSplit;
if (split !== "train" && split !== "dev") throw new Error(`--split ${split}: only train and dev may be inspected; the test split is scored, never read.`);
const language = flagValue(args, "--lang") ?? "en";
const kb = await loadKnowledgeBase();
const articles = (await loadEvalArticles(NEWS_GOLD_DIR, NEWS_CORPUS_DIR, split)).filter((a) => language === "all" || a.language === language);
const rows = articles.flatMap((a) => analyse(a, kb));
const count = new Map<Cause, number>();
for (const r of rows) count.set(r.cause, (count.get(r.cause) ?? 0) + 1);
console.log(`news-${split} ${language}: ${articles.length} articles, ${rows.length / 2} gold facts, ${rows.length} arguments`);
for (const [cause, n] of [...count].sort((a, b) => b[1] - a[1])) console.log(`  ${cause.padEnd(28)} ${String(n).padStart(4)}  (${((100 * n) / rows.length).toFixed(1)}%)`);
// Distinct entities behind each cause: one unknown firm named in five facts is one name to learn.
const distinct = new Map<Cause, Set<string>>();
for (const r of rows) if (r.cause !== "right") distinct.set(r.cause, (distinct.get(r.cause) ?? new Set()).add(`${r.article} ${normaliseName(r.entity.name)}`));
console.log(`distinct (article, entity) per cause: ${[...distinct].map(([c, s]) => `${c} ${s.size}`).join(", ")}`);
if (args.includes("--show")) for (const r of rows.filter((x) => x.cause !== "right").sort((a, b) => a.cause.localeCompare(b.cause))) console.log(`${r.cause} | ${r.article.slice(3, 7)} ${r.entity.id} "${r.entity.name}" ${r.predicate} | ${r.detail}`);
