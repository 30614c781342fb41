import { readSentences } from "../documents/extract-document.js";
import type { ExtractedFact } from "../documents/index.js";
import { candidatePairs, carriedEntities, frameWithCarried, frameWithTopic, pairFeatures, previousTopicsZh, SentenceContext, type RelationModels } from "../documents/relations-learned/index.js";
import { rulesOnly } from "../documents/relations-learned/weak-predicates.js";
import type { SentenceFrame } from "../documents/sentence-frame.js";
import type { KnownEntity, Predicate } from "../documents/types.js";
import { crossValidationSetup, flagValue, heldOutReadings } from "./cross-validation-setup.js";
import type { EvalArticle } from "./eval-articles.js";
import type { GoldFact } from "./gold-schema.js";
import { sameEntity } from "./score.js";

/**
 * `npx tsx loaders/eval/recall-buckets.ts [--folds 5] [--languages en,ru,zh] [--show]`: where the gold facts of
 * news-train that cross-validation misses are lost, read out of sample as cv-ruzh.ts reads them. Each missed fact
 * goes to the first bucket that explains it:
 *   a  an argument is never recognised in the article;
 *   b  both are recognised, but the pair is no candidate: not in one sentence, or in one and not paired;
 *   c  a candidate the model scored under its threshold (with how far under);
 *   d  the pair is read with another predicate or the other way round;
 *   e  the fact is read, but its figure differs from gold's (or its one reading went to another gold fact);
 *   f  scored at or over the threshold, or read by a rule, and then removed by a rule or filter.
 * Counts only, per language and relation; `--show` adds each miss's article and gold ids (no text).
 */
const args = process.argv.slice(2);
const folds = Number(flagValue(args, "--folds") ?? 5);
const languages = new Set((flagValue(args, "--languages") ?? "en,ru,zh").split(","));
const show = args.includes("--show");

type Entityish = { id: string; name: string; discovered?: boolean };

/** How far under its threshold a candidate scored: the recall a lower threshold could buy is in the first rows. */
function gapBucket(gap: number): string {
  if (gap < 0.05) return "under by <0.05";
  if (gap < 0.15) return "under by 0.05-0.15";
  if (gap < 0.25) return "under by 0.15-0.25";
  return "under by >=0.25";
}

/** Why a missed gold fact was missed: its bucket letter and a finer reason. */
function whyMissed(fact: GoldFact, article: EvalArticle, extracted: readonly ExtractedFact[], discovered: ReadonlySet<string>, models: RelationModels, kb: Parameters<typeof readSentences>[1]): [string, string] {
  const names = new Map(article.gold.entities.map((e) => [e.id, e.name]));
  const is = (goldId: string) => (e: Entityish) => sameEntity(goldId, names.get(goldId), { ...e, discovered: e.discovered === true || discovered.has(e.id) });
  const isS = is(fact.subject);
  const isO = is(fact.object);
  const overlaps = (start: number, end: number) => start < fact.span.end && fact.span.start < end;
  const inSpan = extracted.filter((f) => f.evidence.some((e) => overlaps(e.start, e.end)));
  const predicate = fact.predicate as Predicate;

  const sameTriple = (f: ExtractedFact) => f.predicate === predicate && isS(f.subject) && isO(f.object);
  if (inSpan.some(sameTriple)) {
    const figureAgrees = inSpan.filter(sameTriple).some((f) => fact.value === undefined || (f.value !== null && Math.abs(f.value - fact.value) <= Math.max(1e-9, Math.abs(fact.value) * 0.01)));
    return ["e", figureAgrees ? "its reading went to another gold fact of the pair" : fact.value === undefined ? "range or ceiling differs" : "figure differs or missing"];
  }
  if (inSpan.some((f) => f.predicate === predicate && isS(f.object) && isO(f.subject))) return ["d", "read the other way round"];
  const other = inSpan.find((f) => (isS(f.subject) && isO(f.object)) || (isS(f.object) && isO(f.subject)));
  if (other) return ["d", `read as ${other.predicate}`];
  if (extracted.some(sameTriple)) return ["b", "read, but only from another sentence"];

  const { all, read } = readSentences(article.text, kb);
  const carried = carriedEntities(all);
  const topics = previousTopicsZh(read.map((r) => r.frame));
  const frames = read.map((r, i) => ({ frame: frameWithCarried(frameWithTopic(r.frame, topics[i]), carried), ruleFacts: r.ruleFacts }));
  const mentioned = (frame: SentenceFrame) => frame.items.flatMap((item) => (item.type === "entity" ? [item.mention.entity as KnownEntity] : []));
  const everywhere = [...all.map((m) => m.entity), ...frames.flatMap(({ frame }) => mentioned(frame))];
  const kindOf = (id: string) => article.gold.entities.find((e) => e.id === id)?.kind ?? "?";
  const sKnown = everywhere.some(isS);
  const oKnown = everywhere.some(isO);
  if (!sKnown && !oKnown) return ["a", "neither argument recognised"];
  if (!sKnown) return ["a", `subject never recognised (${kindOf(fact.subject)})`];
  if (!oKnown) return ["a", `object never recognised (${kindOf(fact.object)})`];

  const covering = frames.filter(({ frame }) => overlaps(frame.sentence.start, frame.sentence.end));
  const together = covering.filter(({ frame }) => mentioned(frame).some(isS) && mentioned(frame).some(isO));
  if (together.length === 0) {
    if (covering.length > 1) return ["b", "span covers several sentences, never both in one"];
    const here = covering.flatMap(({ frame }) => mentioned(frame));
    if (!here.some(isS) && !here.some(isO)) return ["b", "neither named in the sentence"];
    return ["b", here.some(isS) ? "object not in the sentence (a reference?)" : "subject not in the sentence (a reference?)"];
  }
  let best: { p: number; threshold: number; rule: boolean; keep: number; reverse: number; language: string } | undefined;
  let unpaired = "";
  for (const { frame, ruleFacts } of together) {
    const pairs = candidatePairs(frame);
    const pair = pairs.find((p) => isS(frame.entity(p.subject)?.entity ?? { id: "", name: "" }) && isO(frame.entity(p.object)?.entity ?? { id: "", name: "" }));
    if (!pair) {
      const ids = mentioned(frame);
      unpaired = ids.filter(isS).some((s) => ids.filter(isO).some((o) => o.id === s.id)) ? "both arguments one entity" : "more than 8 names apart, or kinds admit nothing";
      continue;
    }
    if (!pair.predicates.includes(predicate)) {
      unpaired = `kinds admit no ${predicate}`;
      continue;
    }
    const model = models.of(frame.sentence.language);
    const context = new SentenceContext(frame, ruleFacts);
    const p = model.probabilities(pairFeatures(context, pair.subject, pair.object), [predicate]).get(predicate) ?? 0;
    const back = pairs.find((q) => q.subject === pair.object && q.object === pair.subject && q.predicates.includes(predicate));
    const reverse = back ? (model.probabilities(pairFeatures(context, back.subject, back.object), [predicate]).get(predicate) ?? 0) : 0;
    const rule = ruleFacts.some((f) => f.predicate === predicate && isS(f.subject) && isO(f.object));
    if (!best || p > best.p) best = { p, threshold: model.thresholdOf(predicate), rule, keep: model.parameters.vetoes.has(predicate) ? model.keepRulesOf(predicate) : 0, reverse, language: frame.sentence.language };
  }
  if (!best) return ["b", `in one sentence, not paired: ${unpaired}`];
  if (best.rule) return ["f", best.p <= best.keep ? "a rule's reading the model vetoed" : "a rule's reading removed later"];
  // "A and B invested in C" read for A alone: a fellow of one argument, in one enumeration or not, has the reading.
  const fellow = inSpan.some((f) => f.predicate === predicate && ((isS(f.subject) && !isO(f.object) && f.object.kind === kindOf(fact.object)) || (isO(f.object) && !isS(f.subject) && f.subject.kind === kindOf(fact.subject))));
  if (best.p < best.threshold) return ["c", `${gapBucket(best.threshold - best.p)}${fellow ? ", a fellow argument read" : ""}`];
  if (rulesOnly(best.language as Parameters<typeof rulesOnly>[0], predicate)) return ["f", "model reading of a rules-only predicate"];
  if (best.reverse > best.p) return ["d", "the other direction scored higher"];
  return ["f", "over the threshold, removed by a filter"];
}

const setup = await crossValidationSetup(languages);
const { kb } = setup;
const tally = new Map<string, number>();
const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const gold = new Map<string, number>();
for (const { article, language, extracted, score, models } of heldOutReadings(setup, folds)) {
  const discovered = new Set(extracted.entities.filter((e) => e.discovered).map((e) => e.id));
  for (const key of [language, "all"]) gold.set(key, (gold.get(key) ?? 0) + article.gold.facts.length);
  for (const fact of score.facts.missed) {
    const [bucket, reason] = whyMissed(fact, article, extracted.facts, discovered, models, kb);
    for (const lang of [language, "all"]) {
      add(`bucket|${lang}|${bucket}`);
      add(`reason|${lang}|${bucket} ${reason}`);
      add(`relation|${lang}|${fact.predicate}|${bucket}`);
      add(`relation|${lang}|${fact.predicate}|missed`);
    }
    if (show) console.log(`MISS ${article.gold.document} ${fact.subject} ${fact.predicate} ${fact.object} ${fact.value ?? ""} [${bucket}: ${reason}]`);
  }
}

const BUCKETS = ["a", "b", "c", "d", "e", "f"];
const n = (key: string) => tally.get(key) ?? 0;
for (const lang of ["all", ...[...languages].sort()]) {
  const missed = BUCKETS.reduce((s, b) => s + n(`bucket|${lang}|${b}`), 0);
  console.log(`\n${lang}: ${gold.get(lang) ?? 0} gold facts, ${missed} missed  ${BUCKETS.map((b) => `${b} ${n(`bucket|${lang}|${b}`)}`).join("  ")}`);
  const reasons = [...tally].filter(([k]) => k.startsWith(`reason|${lang}|`)).sort((x, y) => x[0].localeCompare(y[0]));
  for (const [key, count] of reasons) console.log(`  ${String(count).padStart(4)}  ${key.split("|")[2]}`);
  const relations = [...new Set([...tally.keys()].filter((k) => k.startsWith(`relation|${lang}|`)).map((k) => k.split("|")[2] as string))].sort();
  console.log(`  ${"relation".padEnd(18)} ${"missed".padStart(6)} ${BUCKETS.map((b) => b.padStart(4)).join("")}`);
  for (const r of relations) console.log(`  ${r.padEnd(18)} ${String(n(`relation|${lang}|${r}|missed`)).padStart(6)} ${BUCKETS.map((b) => String(n(`relation|${lang}|${r}|${b}`)).padStart(4)).join("")}`);
}
