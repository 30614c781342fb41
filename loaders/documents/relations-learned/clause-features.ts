import { featureTemplate, partId, type KeyedFeatures } from "./feature-keys.js";
import { idsBetween, type SentenceContext } from "./sentence-context.js";

/** What ends a clause in a Russian or Chinese sentence template: commas, semicolons, colons, dashes, brackets. */
const CLAUSE_MARK = /[,，、;；:：()（）—–]/gu;

/** Template offsets of the clause marks of a sentence, ascending. */
export function clauseMarks(template: string): number[] {
  const marks: number[] = [];
  for (const match of template.matchAll(CLAUSE_MARK)) marks.push(match.index);
  return marks;
}

const BUCKET_IDS = [partId("0"), partId("1"), partId("2+")];
const bucketId = (n: number) => BUCKET_IDS[Math.min(n, 2)] as number;

/** Templates of the clause features (feature-keys.ts), every one with the reading's language first. */
const F = {
  breaks: featureTemplate("%|cb:%:%"),
  breaksKinds: featureTemplate("%|cbk:%:%:%"),
  cueHead: featureTemplate("%|ch:%:%"),
  cueTail: featureTemplate("%|ct:%:%"),
  dirCueTail: featureTemplate("%|ctd:%:%:%"),
  triggerHead: featureTemplate("%|th:%:%"),
  triggerTail: featureTemplate("%|tt:%:%"),
};

/**
 * Features of a Russian or Chinese reading from the clauses its names stand in. Chinese puts the relation word
 * after both names ("⟦country⟧⟦element⟧矿储量丰富", "⟦actor⟧持有⟦actor⟧…的股权") and Russian often before them
 * («… принадлежит ⟦country⟧»); the words of the first name's clause before it and of the last name's clause
 * after it are where that word is, while a fixed window of characters runs into the next clause's verb.
 */
export function clauseFeatures<T>(context: SentenceContext, from: number, to: number, lead: number, tail: number, kinds: number, dir: number, f: T[], keyed: KeyedFeatures<T>): void {
  const marks = context.clauseMarks;
  const lang = partId(context.language);
  let before = 0;
  let breaks = 0;
  let after = context.frame.template.length;
  for (const m of marks) {
    if (m < lead) before = m + 1;
    else if (m >= from && m < to) breaks++;
    else if (m >= tail) {
      after = m;
      break;
    }
  }
  f.push(keyed.get(F.breaks, lang, dir, bucketId(breaks)), keyed.get(F.breaksKinds, lang, dir, bucketId(breaks), kinds));
  for (const cue of idsBetween(context.cueSpans, before, lead)) f.push(keyed.get(F.cueHead, lang, cue, kinds));
  for (const cue of idsBetween(context.cueSpans, tail, after)) f.push(keyed.get(F.cueTail, lang, cue, kinds), keyed.get(F.dirCueTail, lang, dir, cue, kinds));
  for (const t of idsBetween(context.triggerSpans, before, lead)) f.push(keyed.get(F.triggerHead, lang, t, kinds));
  for (const t of idsBetween(context.triggerSpans, tail, after)) f.push(keyed.get(F.triggerTail, lang, t, kinds));
}
