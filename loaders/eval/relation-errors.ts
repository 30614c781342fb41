import { extractFromText, loadKnowledgeBase } from "../documents/index.js";
import { readSentences } from "../documents/extract-document.js";
import { candidatePairs, frameWithTopic, pairFeatures, previousTopicsZh, SentenceContext, shippedRelationModels } from "../documents/relations-learned/index.js";
import type { Predicate } from "../documents/types.js";
import { loadEvalArticles } from "./eval-articles.js";
import { evalSetFromArgs } from "./run-eval.js";
import { sameEntity, scoreDocument } from "./score.js";

/**
 * `tsx loaders/eval/relation-errors.ts --set news-dev [--show]`: why each gold fact of a set is missed — both
 * names recognised in the annotated sentence and scored too low, both in it but never paired, both in the article
 * but not in one sentence, or a name never recognised — and, with --show, each miss and wrong reading with its
 * sentence. Refuses news-test: the test split is scored, never read.
 */
const args = process.argv.slice(2);
const set = evalSetFromArgs(args, "news-dev");
if (set.split === "test") {
  console.error("relation-errors refuses news-test: the test split is scored, never read. Use news-dev or news-train.");
  process.exit(2);
}
const show = args.includes("--show");
const kb = await loadKnowledgeBase();
const models = shippedRelationModels();
const tally = new Map<string, number>();
const byPredicate = new Map<string, Map<string, number>>();
const count = (why: string, predicate: string) => {
  tally.set(why, (tally.get(why) ?? 0) + 1);
  const row = byPredicate.get(predicate) ?? new Map<string, number>();
  row.set(why, (row.get(why) ?? 0) + 1);
  byPredicate.set(predicate, row);
};
const clip = (s: string) => s.replace(/\s+/g, " ").slice(0, 300);

for (const article of await loadEvalArticles(set.gold, set.texts, set.split)) {
  const names = new Map(article.gold.entities.map((e) => [e.id, e.name]));
  const extracted = extractFromText(article, kb);
  const score = scoreDocument(article.gold, extracted);
  const { read: plain } = readSentences(article.text, kb);
  // As the extractor reads them: a Chinese sentence with its left-out subject.
  const topics = previousTopicsZh(plain.map((r) => r.frame));
  const read = plain.map((r, i) => ({ ...r, frame: frameWithTopic(r.frame, topics[i]) }));
  const missed = new Set(score.facts.missed);
  for (const fact of article.gold.facts) {
    if (!missed.has(fact)) {
      count("read", fact.predicate);
      continue;
    }
    const isSubject = (e: { id: string; name: string; discovered?: boolean }) => sameEntity(fact.subject, names.get(fact.subject), e);
    const isObject = (e: { id: string; name: string; discovered?: boolean }) => sameEntity(fact.object, names.get(fact.object), e);
    const frames = read.filter(({ frame }) => frame.sentence.start < fact.span.end && fact.span.start < frame.sentence.end);
    let why = "";
    let detail = "";
    for (const { frame, ruleFacts } of frames) {
      const mentions = frame.items.flatMap((item) => (item.type === "entity" ? [item.mention] : []));
      const hasS = mentions.some((m) => isSubject(m.entity));
      const hasO = mentions.some((m) => isObject(m.entity));
      if (!(hasS && hasO)) continue;
      const context = new SentenceContext(frame, ruleFacts);
      const pair = candidatePairs(frame).find((p) => isSubject(frame.entity(p.subject)?.entity ?? { id: "", name: "" }) && isObject(frame.entity(p.object)?.entity ?? { id: "", name: "" }));
      if (!pair) {
        why = "in one sentence, never paired";
        continue;
      }
      if (!pair.predicates.includes(fact.predicate as Predicate)) {
        why = "paired, predicate outside the kinds' signature";
        continue;
      }
      const model = models?.of(frame.sentence.language);
      const p = model?.probabilities(pairFeatures(context, pair.subject, pair.object), [fact.predicate as Predicate]).get(fact.predicate as Predicate) ?? 0;
      why = p >= (model?.parameters.threshold ?? 1) ? "scored above threshold, dropped or figure wrong" : "paired, scored below threshold";
      detail = `p=${p.toFixed(2)}`;
      break;
    }
    if (!why) {
      const all = read.flatMap(({ frame }) => frame.items.flatMap((item) => (item.type === "entity" ? [item.mention.entity] : [])));
      const s = all.some(isSubject);
      const o = all.some(isObject);
      const inSentence = frames.flatMap(({ frame }) => frame.items.flatMap((item) => (item.type === "entity" ? [item.mention.entity] : [])));
      why = s && o ? (inSentence.some(isSubject) ? "object not in the sentence" : inSentence.some(isObject) ? "subject not in the sentence" : "neither in the sentence") : !s && !o ? "neither recognised" : !s ? "subject never recognised" : "object never recognised";
      if (s && o) why = `both in article, ${why}`;
    }
    count(why, fact.predicate);
    if (show) console.log(`MISS ${article.gold.document} ${fact.subject} ${fact.predicate} ${fact.object} ${fact.value ?? ""} [${why}${detail ? ` ${detail}` : ""}]\n     ${clip(article.text.slice(fact.span.start, fact.span.end))}`);
  }
  if (show) {
    for (const f of score.facts.extra) {
      const e = f.evidence[0];
      console.log(`WRONG ${article.gold.document} ${f.subject.id} ${f.predicate} ${f.object.id} ${f.value ?? ""} (${f.extractor} ${f.confidence})\n     ${clip(e ? article.text.slice(e.start, e.end) : "")}`);
    }
  }
}
console.log(`\n${set.name}: gold facts by what happened`);
for (const [why, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${why}`);
console.log("by relation (read / all):");
for (const [predicate, row] of [...byPredicate].sort()) {
  const all = [...row.values()].reduce((a, b) => a + b, 0);
  console.log(`  ${predicate.padEnd(18)} ${row.get("read") ?? 0}/${all}  ${[...row].filter(([w]) => w !== "read").sort((a, b) => b[1] - a[1]).slice(0, 3).map(([w, n]) => `${w} ${n}`).join("; ")}`);
}
