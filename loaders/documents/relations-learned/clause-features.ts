import type { ArgKind } from "./arg-kinds.js";
import { namesBetween, type SentenceContext } from "./sentence-context.js";

/** What ends a clause in a Russian or Chinese sentence template: commas, semicolons, colons, dashes, brackets. */
const CLAUSE_MARK = /[,，、;；:：()（）—–]/gu;

/** Template offsets of the clause marks of a sentence, ascending. */
export function clauseMarks(template: string): number[] {
  const marks: number[] = [];
  for (const match of template.matchAll(CLAUSE_MARK)) marks.push(match.index);
  return marks;
}

const bucket = (n: number) => (n <= 1 ? String(n) : "2+");

/**
 * Features of a Russian or Chinese reading from the clauses its names stand in. Chinese puts the relation word
 * after both names ("⟦country⟧⟦element⟧矿储量丰富", "⟦actor⟧持有⟦actor⟧…的股权") and Russian often before them
 * («… принадлежит ⟦country⟧»); the words of the first name's clause before it and of the last name's clause
 * after it are where that word is, while a fixed window of characters runs into the next clause's verb.
 */
export function clauseFeatures(context: SentenceContext, from: number, to: number, lead: number, tail: number, kinds: `${ArgKind}>${ArgKind}`, dir: string): string[] {
  const marks = context.clauseMarks;
  const lang = context.language;
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
  const f = [`${lang}|cb:${dir}:${bucket(breaks)}`, `${lang}|cbk:${dir}:${bucket(breaks)}:${kinds}`];
  for (const cue of namesBetween(context.cueSpans, before, lead)) f.push(`${lang}|ch:${cue}:${kinds}`);
  for (const cue of namesBetween(context.cueSpans, tail, after)) f.push(`${lang}|ct:${cue}:${kinds}`, `${lang}|ctd:${dir}:${cue}:${kinds}`);
  for (const t of namesBetween(context.triggerSpans, before, lead)) f.push(`${lang}|th:${t}:${kinds}`);
  for (const t of namesBetween(context.triggerSpans, tail, after)) f.push(`${lang}|tt:${t}:${kinds}`);
  return f;
}
