import { readSentences } from "../documents/extract-document.js";
import type { KnowledgeBase } from "../documents/index.js";
import { candidatePairs, carriedEntities, frameWithCarried, frameWithTopic, previousTopicsZh, modelLanguageOf, pairFeatures, SentenceContext, type TrainingExample } from "../documents/relations-learned/index.js";
import type { Predicate } from "../documents/types.js";
import type { EvalArticle } from "./eval-articles.js";
import { sameEntity } from "./score.js";

/**
 * Training examples of one annotated article: every candidate reading of a pair of recognised names, labelled
 * with the gold facts it states — same predicate, subject and object matched the way the scorer matches them,
 * and the gold span overlapping the sentence. Gold facts no reading reaches are counted, not learned.
 */
export function relationExamples(article: EvalArticle, articleIndex: number, kb: KnowledgeBase): { examples: TrainingExample[]; reached: number } {
  const names = new Map(article.gold.entities.map((e) => [e.id, e.name]));
  const examples: TrainingExample[] = [];
  const reached = new Set<number>();
  const { all, read } = readSentences(article.text, kb);
  const carried = carriedEntities(all);
  const topics = previousTopicsZh(read.map((r) => r.frame));
  for (const [i, sentence] of read.entries()) {
    const { ruleFacts } = sentence;
    // The frame combineFacts reads: a Chinese sentence's left-out subject at its start, the article's main
    // subjects at the end of sentences that omit them.
    const frame = frameWithCarried(frameWithTopic(sentence.frame, topics[i]), carried);
    const { start, end } = frame.sentence;
    const gold = article.gold.facts.map((f, i) => ({ f, i })).filter(({ f }) => f.span.start < end && start < f.span.end);
    const context = new SentenceContext(frame, ruleFacts);
    for (const pair of candidatePairs(frame)) {
      const s = frame.entity(pair.subject);
      const o = frame.entity(pair.object);
      if (!s || !o) continue;
      const labels = new Set<Predicate>();
      for (const { f, i } of gold) {
        if (!pair.predicates.includes(f.predicate as Predicate)) continue;
        if (!sameEntity(f.subject, names.get(f.subject), { ...s.entity, discovered: s.entity.discovered === true })) continue;
        if (!sameEntity(f.object, names.get(f.object), { ...o.entity, discovered: o.entity.discovered === true })) continue;
        labels.add(f.predicate as Predicate);
        reached.add(i);
      }
      const rules = new Set(ruleFacts.filter((f) => f.subject.id === s.entity.id && f.object.id === o.entity.id).map((f) => f.predicate));
      examples.push({ features: pairFeatures(context, pair.subject, pair.object), predicates: pair.predicates, labels, rules, article: articleIndex, language: modelLanguageOf(frame.sentence.language) });
    }
  }
  return { examples, reached: reached.size };
}
