import { allMatches } from "../all-matches.js";
import type { SentenceFrame } from "../sentence-frame.js";
import type { DateMention, FactStatus, KnownEntity, Mention, Predicate, Quantity } from "../types.js";

/** A fact as a pattern reads it, before modality, dates and values are settled. */
export interface FactDraft {
  predicate: Predicate;
  subject: KnownEntity;
  object: KnownEntity;
  /** Item indexes the statement spans; modality is read over the words between them. */
  items: number[];
  quantity?: Quantity;
  date?: DateMention;
  /** Set by patterns that know the status from their own words ("plans to" makes PLANS). */
  status?: FactStatus;
  properties?: Record<string, string | number | boolean>;
  extractor: string;
  confidence: number;
  /** Negation words belong to some predicates ("halted exports" restricts). */
  allowNegation?: boolean;
}

export interface PatternContext {
  frame: SentenceFrame;
  /** The element the document is mostly about, for statements that leave it implicit. */
  topicElement?: KnownEntity;
  /** What the patterns before this one read in the sentence, so a fallback need not read it again. */
  earlier?: readonly FactDraft[];
}

export type Pattern = (context: PatternContext) => FactDraft[];

export const PRODUCER_KINDS = ["Actor", "Asset", "Country"] as const;

/** "Western Australia", "Inner Mongolia", "South Kivu": a compass word before a country's name makes it a region. */
const REGION_OF = /(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Inner|Outer|Upper|Lower|North-?[Ww]est|North-?[Ee]ast|South-?[Ww]est|South-?[Ee]ast)(?:ern)?\s+$/u;

/** A country named as part of a region's name: the region, not the country, is what the sentence is about. */
export function isRegionOfCountry(mention: Mention, text: string): boolean {
  return mention.entity.kind === "Country" && REGION_OF.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}

/** Demonyms name a country only before words about its output ("Russian production"), not as adjectives. */
export function canBeSubject(mention: Mention, frame: SentenceFrame, index: number): boolean {
  if (isRegionOfCountry(mention, frame.text)) return false;
  if (mention.via !== "demonym") return true;
  const after = frame.template.slice(frame.slotEnd(index), frame.slotEnd(index) + 40);
  return /^\s*(?:(?:total|annual|domestic|rare[- ]earth|⟦e\d+⟧)\s+)*(production|output|reserves|exports|imports|share|mining)/.test(after);
}

/** A name after one of these is a place or a complement ("in Western Australia"), not the grammatical subject. */
const OBLIQUE = /(?:\b(?:in|at|near|from|into|across|outside|inside|throughout|within|to|on)|(?<!\p{L})(?:в|на|из|у)|在|于)\s*(?:the\s+)?(?:(?:north|south|east|west|central|inner|outer)\p{L}*\s+)?$/u;

export function afterPreposition(frame: SentenceFrame, index: number): boolean {
  const at = frame.slotStart(index);
  return OBLIQUE.test(frame.template.slice(Math.max(0, at - 24), at));
}

/**
 * Russian appositions have no article to show them: a class noun right after the comma does ("«Полярный литий»,
 * совместное предприятие «А» и «Б», планирует"). Only nouns that describe a firm, so a list stays a list.
 */
export const RU_APPOSITION = "(?:\\p{Ll}+(?:ый|ий|ой|ая|ое|ому|ему|ей|ую)\\s+)?(?:совместн\\p{L}*\\s+предприяти|дочерн\\p{L}*\\s+(?:компани|предприяти|структур)|подразделени|дивизион|структур[аеуы]|оператор|владел[еь]ц|крупнейш\\p{L}*\\s+(?:производител|компани|предприяти))\\p{L}*";

/**
 * Relative clauses, appositions and brackets: their names ("which mines at Mount Weld", "the largest producer
 * outside China") are not the subject of the clause around them.
 */
const ASIDE = new RegExp(`,\\s*(?:(?:which|who|that|where|whose|the|an?)\\b|котор\\p{L}*|${RU_APPOSITION})[^,;]*,|\\([^()]*\\)`, "gu");

/** Spans of the template before `end` that hold an aside. */
export function asidesBefore(frame: SentenceFrame, end: number): Array<[number, number]> {
  return allMatches(ASIDE, frame.template.slice(0, end)).map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Whether a name sits inside an aside and so is not the subject of a statement read at template position
 * `statementAt`. A statement that is itself a relative clause on the name ("dominated by China, which controls
 * 60% of …") is about it, wherever the name sits.
 */
export function insideAside(frame: SentenceFrame, index: number, asides: ReadonlyArray<[number, number]>, statementAt: number): boolean {
  if (RELATIVE_ON.test(frame.template.slice(frame.slotEnd(index), statementAt))) return false;
  const at = frame.slotStart(index);
  return asides.some(([from, to]) => at >= from && at < to);
}

const RELATIVE_ON = /^,\s*(?:which|who|that|котор\p{L}*)(?!\p{L})[^,;]*$/u;

/** "Mount Weld in Australia", "⟦site⟧位于⟦country⟧": a country right after a site and "in" places the site; the site is what the clause is about. */
export function locatesPrecedingSite(frame: SentenceFrame, index: number): boolean {
  if (frame.entity(index)?.entity.kind !== "Country") return false;
  const at = frame.slotStart(index);
  const before = frame.template.slice(Math.max(0, at - 40), at);
  // Chinese: "⟦湖山铀矿⟧位于⟦纳米比亚⟧…", "⟦X⟧项目位于⟦印尼⟧…", "⟦X⟧⟦锂辉石⟧项目位于非洲⟦马里⟧…" (a commodity between).
  const site = /⟦e(\d+)⟧,?\s+(?:is\s+|are\s+)?in\s+(?:the\s+)?(?:(?:north|south|east|west|central|inner)\p{L}*\s+)?$/u.exec(before) ?? /⟦e(\d+)⟧(?:[^⟦，,。;；]|⟦e\d+⟧){0,12}?(?:位于|位於|地处|地處|坐落于|坐落於)(?:非洲|亚洲|亞洲|南美洲|北美洲|欧洲|歐洲|大洋洲|南美|北美)?$/u.exec(before);
  const kind = site ? frame.entity(Number(site[1]))?.entity.kind : undefined;
  return kind === "Asset" || kind === "Actor";
}

export function entityAt(frame: SentenceFrame, index: number | undefined): Mention | undefined {
  return index === undefined ? undefined : frame.entity(index);
}

/** Slot numbers named in a template regex match: "⟦e12⟧" → 12. */
export function slotIndex(slot: string | undefined): number | undefined {
  if (!slot) return undefined;
  const match = /⟦[eqd](\d+)⟧/.exec(slot);
  return match ? Number(match[1]) : undefined;
}
