import { modalityOf } from "../modality.js";
import type { SentenceFrame } from "../sentence-frame.js";
import type { EntityRef, ExtractedFact, Mention } from "../types.js";
import { carriedRestrictionFact, refOf, restrictionBefore, withCarried, type EarlierSentence as Earlier } from "./carried-restriction.js";

/**
 * English export-control news names the country once, with the measure, and then returns to the measure alone:
 * "The controls cover A, B and C", "The ban applies to every kind of X ore", "Those curbs also reached Y". Such a
 * sentence names the elements but not who restricts them; the restriction is the one the sentences just
 * before stated, by the country that stated it (carried-restrictions-zh.ts does the same for Chinese). A quota's
 * ceiling may follow on its own, naming neither ("Exports are capped at 7,000 tonnes").
 */

/** The measure taken up again without its country: "the controls", "the new export ban", "these curbs", "earlier curbs". */
const MEASURE_AGAIN =
  /\b(?:the|these|those|such|earlier|new)\s+(?:(?:new|latest|earlier|export|previous|fresh|additional|same|expanded|sweeping|outright)\s+){0,2}(?:controls?|restrictions?|curbs?|ban|bans|measures?|quotas?|prohibition|embargo|rules|licen[cs]ing(?:\s+requirements?)?)\b/iu;
/** A measure stated with its country in one sentence: "X announced export restrictions", "X's ban on exports". */
const EXPORT_MEASURE = /\bexports?\s+(?:ban|bans|controls?|restrictions?|curbs?|quotas?|licen[cs](?:es?|ing)|permits?|prohibition)\b|\b(?:ban(?:ned|s)?|restrict(?:ed|ions?|s)?|curbs?|controls?|prohibit(?:ed|ion)?|halt(?:ed|s)?)\s+(?:(?:on|the|of)\s+)*(?:\p{L}+\s+){0,3}?exports?\b/iu;
/** Import bans and lifted measures say nothing of an export restriction in force. */
const NOT_EXPORT_RESTRICTION = /\bimport(?:s|ed|ing)?\b|\b(?:lift(?:ed|s|ing)?|eas(?:ed|es|ing)|scrap(?:ped|s)?|remov(?:ed|es|al))\b/iu;
/**
 * Between the measure and an element: a verb saying what the measure covers ("cover", "apply to"), or a
 * preposition right after the measure ("the ban on …", "a prohibition of sales abroad of …"). Any other words
 * ("months before the ban took effect, X shipped … of nickel") tell something else of the element.
 */
const COVERS = /\b(?:cover(?:s|ed|ing)?|includ(?:e|es|ed|ing)|affect(?:s|ed|ing)?|appl(?:y|ies|ied|icable)\s+to|target(?:s|ed|ing)?|extend(?:s|ed)?\s+to)\b|^\s*(?:on|of|for)\b/iu;
/** Where the clause listing what the measure covers ends: "graphite, which is used in lithium-ion batteries". */
const CLAUSE_END = /[;:]|,\s*(?:which|who|used|while|but|as|when|where|and\s+(?:the|its|their))\b/iu;
/** "The ban has pushed up prices of nickel": an element named for its market, not as what the measure covers. */
const MARKET = /\b(?:prices?|markets?|shares|valuations?|stocks?|demand|revenue)\b/iu;
/** "curbs on lithium refining technology" restrict the know-how, not the element. */
const TECHNOLOGY_AFTER = /^\s*(?:\p{L}+\s+){0,2}technolog/iu;
/** A measure phrase's issuer stands before it, unless it is its target: "exports to China", "curbs on Japan". */
const TARGET_BEFORE = /(?:\bto|\bagainst|\bfor|\bon|\bfrom)\s*(?:the\s+)?$/iu;
/** A quota's ceiling stated on its own: "Exports are capped at 7,000 tonnes", "The quota was 30,000 tonnes". */
const CEILING = /\b(?:quotas?|capped|caps?|ceilings?)\b/iu;

const EXTRACTOR = "export-restriction-carried";

function entitiesOf(frame: SentenceFrame): Mention[] {
  return frame.items.flatMap((item) => (item.type === "entity" ? [item.mention] : []));
}

function policyType(words: string): string {
  if (/quota/iu.test(words)) return "quota";
  if (/\bban|prohibit|embargo|halt/iu.test(words)) return "export_ban";
  return "export_control";
}

/**
 * What a bare ceiling limits: the one element of the restriction just before, or else the one element every
 * restriction of that country read so far covers.
 */
function onlyElementRestricted(earlier: readonly Earlier[], before: { country: EntityRef; elements: EntityRef[] }): EntityRef | undefined {
  if (before.elements.length > 0) return before.elements.length === 1 ? before.elements[0] : undefined;
  const restricted = new Map<string, EntityRef>();
  for (const e of earlier) for (const f of e.facts) if (f.predicate === "RESTRICTS_EXPORT" && f.subject.id === before.country.id) restricted.set(f.object.id, f.object);
  const [only] = restricted.values();
  return restricted.size === 1 ? only : undefined;
}

/** The country named nearest before the first export measure of an English sentence, not as its target. */
function measureCountryOf(frame: SentenceFrame): EntityRef | undefined {
  if (frame.sentence.language !== "en") return undefined;
  const body = frame.text.slice(frame.sentence.start, frame.sentence.end);
  const measure = EXPORT_MEASURE.exec(body);
  if (!measure || NOT_EXPORT_RESTRICTION.test(body)) return undefined;
  const at = frame.sentence.start + measure.index;
  const before = entitiesOf(frame).filter((m) => m.end <= at && m.entity.kind === "Country" && !TARGET_BEFORE.test(frame.text.slice(Math.max(frame.sentence.start, m.start - 12), m.start)));
  const last = before.at(-1);
  return last ? refOf(last) : undefined;
}

/**
 * Each frame's facts plus the restrictions its English sentence carries on from the sentences before: the
 * elements a measure taken up again covers, when the sentence names no country or firm of its own. Frames are a
 * document's sentences in order, `facts` theirs.
 */
export function withCarriedRestrictionsEn(frames: readonly SentenceFrame[], facts: readonly ExtractedFact[][]): ExtractedFact[][] {
  return withCarried("en", frames, facts, carriedIn, measureCountryOf);
}

/**
 * A sentence that names no element, no country and no firm but gives a ceiling in tonnes: each figure is a ceiling
 * of the restriction just before, on the one element that country's restrictions cover ("Exports are capped at
 * 7,000 tonnes, against 20,000 tonnes last year").
 */
function bareCeilings(frame: SentenceFrame, own: readonly ExtractedFact[], earlier: readonly Earlier[]): ExtractedFact[] {
  const sentenceText = frame.text.slice(frame.sentence.start, frame.sentence.end);
  if (!CEILING.test(sentenceText) || NOT_EXPORT_RESTRICTION.test(sentenceText) || own.some((f) => f.predicate === "RESTRICTS_EXPORT")) return [];
  if (entitiesOf(frame).some((m) => m.entity.kind !== "Actor" || m.entity.type !== "state_body")) return [];
  const tonnes = frame.items.flatMap((item) => (item.type === "quantity" && item.quantity.unit === "t" ? [item.quantity.max ?? item.quantity.value] : []));
  const before = tonnes.length > 0 ? restrictionBefore(earlier, frame.sentence.index) : undefined;
  const element = before && onlyElementRestricted(earlier, before);
  const modality = modalityOf(sentenceText, sentenceText, { allowNegation: true });
  if (!before || !element || !modality.keep) return [];
  return [...new Set(tonnes)].map((t) => carriedRestrictionFact(frame, before.country, element, { status: modality.status, policyType: "quota", extractor: EXTRACTOR, ceiling: t }));
}

function carriedIn(frame: SentenceFrame, own: readonly ExtractedFact[], earlier: readonly Earlier[]): ExtractedFact[] {
  const { start } = frame.sentence;
  const sentenceText = frame.text.slice(start, frame.sentence.end);
  const ceilings = bareCeilings(frame, own, earlier);
  if (ceilings.length > 0) return ceilings;
  const measure = MEASURE_AGAIN.exec(sentenceText);
  if (!measure || NOT_EXPORT_RESTRICTION.test(sentenceText)) return [];
  const named = entitiesOf(frame);
  const measureEnd = start + measure.index + measure[0].length;
  const covered = named.filter((m) => m.entity.kind === "Element" && m.start >= measureEnd && COVERS.test(frame.text.slice(measureEnd, m.start)));
  const first = covered[0];
  if (!first) return [];
  const rest = frame.text.slice(first.end, frame.sentence.end);
  const clauseEnd = first.end + (CLAUSE_END.exec(rest)?.index ?? rest.length);
  const elements = covered.filter((m) => m.end <= clauseEnd && !MARKET.test(frame.text.slice(measureEnd, m.start)) && !TECHNOLOGY_AFTER.test(frame.text.slice(m.end, frame.sentence.end)));
  const country = restrictionBefore(earlier, frame.sentence.index)?.country;
  if (!country || elements.length === 0) return [];
  // A sentence naming another country or a firm has its own subject (or target): the model and rules read it.
  // The restricting country itself, by name, reference or demonym, is that subject left for the measure to carry.
  const ownSubject = (m: Mention) => m.entity.kind === "Region" || (m.entity.kind === "Actor" && m.entity.type !== "state_body") || (m.entity.kind === "Country" && m.entity.id !== country.id);
  if (named.some(ownSubject)) return [];
  const modality = modalityOf(sentenceText, sentenceText, { allowNegation: true });
  if (!modality.keep) return [];
  // An element the country's restriction was already read for, here or before, is the measure said again. A
  // ministry's reading does not count: English news quotes the ministry, and the measure is its country's.
  const read = new Set(own.filter((f) => f.predicate === "RESTRICTS_EXPORT" && f.subject.id === country.id).map((f) => f.object.id));
  for (const e of earlier) for (const f of e.facts) if (f.predicate === "RESTRICTS_EXPORT" && f.subject.id === country.id) read.add(f.object.id);
  const distinct = [...new Map(elements.map((m) => [m.entity.id, refOf(m)])).values()].filter((e) => !read.has(e.id));
  return distinct.map((element) => carriedRestrictionFact(frame, country, element, { status: modality.status, policyType: policyType(measure[0]), extractor: EXTRACTOR }));
}
