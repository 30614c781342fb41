import type { FactStatus } from "./types.js";

const NEGATION = /(\bnot\b(?!\s+only)|\bno longer\b|\bnever\b|n['’]t\b|\bneither\b|\bnor\b|\bcannot\b|\bstopped\b|\bceased\b|\bне\b|\bнет\b|\bникогда\b|不|没有|未)/;
const HEDGE = /(\bcould\b|\bmay\b|\bmight\b|\bwould\b|\bpossibl[ey]\b|\bperhaps\b|\bpotential(?:ly)?\b|\breported(?:ly)?\b|\ballegedly\b|\brumou?red\b|\bnot sure\b|\bunclear\b|\buncertain\b|\bbelieves?\b|\bsuggests?\b|\bwarn(?:s|ed)?\b|\bthreaten(?:s|ed)?\b|\bмо(?:жет|гут|г|гла)\b|\bвозможно\b|\bякобы\b|\bесли\b|可能|或将|也许|如果)/;
const PLAN = /(\bplan(?:s|ned|ning)?\s+to\b|\bplans\b|\bintend(?:s|ed)?\s+to\b|\bintention\b|\baim(?:s|ed|ing)?\s+(?:to|at)\b|\bexpect(?:s|ed)?\s+to\b|\bwill\b|\b(?:is|are)\s+set\s+to\b|\bgoal\b|\btarget(?:s|ed)?\b|\bseek(?:s|ing)?\s+to\b|\bwants?\s+to\b|\bscheduled\b|\bпланир\p{L}*|\bнамерен\p{L}*|\bсобира\p{L}*|\bбудет\b|\bцель\p{L}*|计划|将|拟|目标)/u;
const TARGET = /(\bgoal\b|\btarget|\baim|\bexpect|\bseek|\bцель|目标)/u;

export type Modality = { keep: false; reason: "question" | "negated" | "hedged" } | { keep: true; status: FactStatus };

/**
 * What a statement commits to, read from the words around the fact: questions, negations and hedges are
 * not facts; plans and targets are kept with that status so they never pass for reported figures.
 */
export function modalityOf(scope: string, sentence: string, options: { allowNegation?: boolean } = {}): Modality {
  if (/[?？]\s*["”»]?\s*$/.test(sentence)) return { keep: false, reason: "question" };
  if (!options.allowNegation && NEGATION.test(scope)) return { keep: false, reason: "negated" };
  if (HEDGE.test(scope)) return { keep: false, reason: "hedged" };
  if (PLAN.test(scope)) return { keep: true, status: TARGET.test(scope) ? "target" : "planned" };
  return { keep: true, status: "reported" };
}
