import type { SentenceFrame } from "../sentence-frame.js";
import type { EntityRef, ExtractedFact, Mention } from "../types.js";

/**
 * What the English and Chinese carried export restrictions share (carried-restrictions-en.ts, -zh.ts): news states
 * a measure once with its country and goes on without it, so a later sentence's restriction is looked up in the
 * sentences just before. Each language decides which sentences carry one; this holds the look-back and the fact.
 */

/** How many sentences back the stated restriction may be. */
const REACH = 3;

/** A sentence already read: its facts (carried ones included) and the country of a measure it stated, if one. */
export interface EarlierSentence {
  index: number;
  facts: readonly ExtractedFact[];
  measureCountry: EntityRef | undefined;
}

export const refOf = (m: Mention): EntityRef => ({ id: m.entity.id, name: m.entity.name, kind: m.entity.kind });

/**
 * The one country whose restriction the sentences just before read, with the elements it covered there; or the
 * country that stated a measure there, with none. Two restricting countries in one sentence: none.
 */
export function restrictionBefore(earlier: readonly EarlierSentence[], index: number): { country: EntityRef; elements: EntityRef[] } | undefined {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const previous = earlier[k];
    if (!previous || index - previous.index > REACH) return undefined;
    const restrictions = previous.facts.filter((f) => f.predicate === "RESTRICTS_EXPORT" && f.subject.kind === "Country");
    const countries = new Set(restrictions.map((f) => f.subject.id));
    if (countries.size > 1) return undefined;
    if (restrictions[0]) return { country: restrictions[0].subject, elements: [...new Map(restrictions.map((f) => [f.object.id, f.object])).values()] };
    if (previous.measureCountry) return { country: previous.measureCountry, elements: [] };
  }
  return undefined;
}

/**
 * Each frame's facts plus what `carriedIn` adds to the sentences of `language`, reading the document's sentences in
 * order so that a carried restriction can be carried on again.
 */
export function withCarried(
  language: string,
  frames: readonly SentenceFrame[],
  facts: readonly ExtractedFact[][],
  carriedIn: (frame: SentenceFrame, own: readonly ExtractedFact[], earlier: readonly EarlierSentence[]) => ExtractedFact[],
  measureCountryOf: (frame: SentenceFrame) => EntityRef | undefined,
): ExtractedFact[][] {
  const earlier: EarlierSentence[] = [];
  return frames.map((frame, i) => {
    const own = facts[i] ?? [];
    const result = frame.sentence.language === language ? [...own, ...carriedIn(frame, own, earlier)] : own;
    earlier.push({ index: frame.sentence.index, facts: result, measureCountry: measureCountryOf(frame) });
    return result;
  });
}

/** A restriction a sentence carries on, as the fact it states, with the whole sentence as its evidence. */
export function carriedRestrictionFact(
  frame: SentenceFrame,
  country: EntityRef,
  element: EntityRef,
  how: { status: ExtractedFact["status"]; policyType: string; extractor: string; ceiling?: number | undefined },
): ExtractedFact {
  const { start, end } = frame.sentence;
  const { ceiling } = how;
  return {
    subject: country,
    predicate: "RESTRICTS_EXPORT",
    object: element,
    value: null,
    ...(ceiling !== undefined ? { valueMax: ceiling } : {}),
    unit: ceiling !== undefined ? "t" : null,
    year: null,
    status: how.status,
    confidence: 0.6,
    properties: { policyType: how.policyType },
    extractor: how.extractor,
    evidence: [{ start, end, quote: frame.text.slice(start, end), sentence: frame.sentence.index }],
  };
}
