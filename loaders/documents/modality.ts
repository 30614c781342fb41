import type { FactStatus } from "./types.js";

const NEGATION = /(\bnot\b(?!\s+only)|\bno longer\b|\bnever\b|n['’]t\b|\bneither\b|\bnor\b|\bcannot\b|\bstopped\b|\bceased\b|(?<!\p{L})не(?!\p{L})|(?<!\p{L})нет(?!\p{L})|(?<!\p{L})никогда(?!\p{L})|不|没有|未)/u;
// "would" alone is a plan in reported speech and a deal's terms ("said it would buy", "IGO would take a 49% stake");
// a condition or a counterfactual ("if", "would have") still hedges.
const HEDGE = /(\bcould\b|\bmay\b|\bmight\b|\bwould\s+have\b|\bif\b|\bunless\b|\bpossibl[ey]\b|\bperhaps\b|\bpotential(?:ly)?\b|\breported(?:ly)?\b|\ballegedly\b|\brumou?red\b|\bnot sure\b|\bunclear\b|\buncertain\b|\bbelieves?\b|\bsuggests?\b|\bwarn(?:s|ed)?\b|\bthreaten(?:s|ed)?\b|(?<!\p{L})мо(?:жет|гут|г|гла)\b|(?<!\p{L})возможно(?!\p{L})|(?<!\p{L})якобы(?!\p{L})|(?<!\p{L})если(?!\p{L})|可能|或将|也许|如果)/u;
const PLAN = /(\bplan(?:s|ned|ning)?\s+to\b|\bplans\b|\bintend(?:s|ed)?\s+to\b|\bintention\b|\baim(?:s|ed|ing)?\s+(?:to|at)\b|\bexpect(?:s|ed)?\s+to\b|\bwill\b|\bwould\b|(?<!\p{L})(?:is|are)\s+set\s+to\b|\bgoal\b|\btarget(?:s|ed)?\b|\bseek(?:s|ing)?\s+to\b|\bwants?\s+to\b|\bscheduled\b|(?<!\p{L})планир\p{L}*|(?<!\p{L})намерен\p{L}*|(?<!\p{L})собира\p{L}*|(?<!\p{L})рассчитыва\p{L}*|(?<!\p{L})будет(?!\p{L})|(?<!\p{L})цель\p{L}*|计划|将|拟|目标)/u;
const TARGET = /(\bgoal\b|\btarget|\baim|\bexpect|\bseek|(?<!\p{L})цель|(?<!\p{L})рассчитыва|目标)/u;

/** For verbs that are themselves a stop ("halted exports"): only words that deny the statement count. */
const DENIAL = /(\bnot\b(?!\s+only)|\bno longer\b|\bnever\b|n['’]t\b|\bneither\b|\bnor\b|(?<!\p{L})не(?!\p{L})|(?<!\p{L})нет(?!\p{L})|没有|未)/u;

/** Whether the words frame what they say as a plan, goal or what will be ("plans to", "will", 计划). */
export const speaksOfAPlan = (words: string): boolean => PLAN.test(words);

export type Modality = { keep: false; reason: "question" | "negated" | "hedged" } | { keep: true; status: FactStatus };

/**
 * What a statement commits to, read from the words around the fact: questions, negations and hedges are
 * not facts; plans and targets are kept with that status so they never pass for reported figures.
 */
export function modalityOf(scope: string, sentence: string, options: { allowNegation?: boolean } = {}): Modality {
  if (/[?？]\s*["”»]?\s*$/.test(sentence)) return { keep: false, reason: "question" };
  if ((options.allowNegation ? DENIAL : NEGATION).test(scope)) return { keep: false, reason: "negated" };
  if (HEDGE.test(scope)) return { keep: false, reason: "hedged" };
  if (PLAN.test(scope)) return { keep: true, status: TARGET.test(scope) ? "target" : "planned" };
  return { keep: true, status: "reported" };
}
