import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Quantity } from "../types.js";

/** 全资 ("wholly funded"): a 全资子公司 is a wholly owned subsidiary, 100% without a figure written. */
const WHOLLY = /全[资資](?:子公司|附属|附屬|拥有|擁有|控股|持有)/u;
const LEADS_IN = new RegExp(`${WHOLLY.source}[^，,;；。:：]*$`, "u");

/**
 * "赣锋锂业…全资子公司赣锋国际", "X间接控制的全资子公司": the share of a Chinese ownership statement that names no figure,
 * read between the names when the owner comes first, or right after the owner when the owner is named second ("FMDRC为FCX…的全资子公司").
 */
export function wholeShareZh(frame: SentenceFrame, subject: number, object: number): Quantity | undefined {
  const first = Math.min(subject, object);
  const last = Math.max(subject, object);
  // Owner first: 全资 in the words that lead into the subsidiary's name, with no pause after it.
  const between = subject === first ? frame.template.slice(frame.slotEnd(first), frame.slotStart(last)) : "";
  const after = subject === last ? frame.template.slice(frame.slotEnd(last), frame.slotEnd(last) + 10) : "";
  if (!LEADS_IN.test(between) && !WHOLLY.test(after)) return undefined;
  return { start: 0, end: 0, text: "", value: 100, unit: "%" };
}

/** A Chinese rule's ownership fact without a figure takes 100% where the words say 全资 (see wholeShareZh). */
export function withWholeShareZh(frame: SentenceFrame, fact: ExtractedFact, pair: { subject: number; object: number } | undefined): ExtractedFact {
  if (!pair || fact.predicate !== "OWNS" || fact.value !== null || fact.valueMin !== undefined || fact.valueMax !== undefined) return fact;
  const q = wholeShareZh(frame, pair.subject, pair.object);
  return q ? { ...fact, value: q.value, unit: "%" } : fact;
}
