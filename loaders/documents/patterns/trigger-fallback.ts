import { allMatches } from "../all-matches.js";
import { isMoneyUnit } from "../parse-quantities.js";
import type { SentenceFrame } from "../sentence-frame.js";
import type { Mention, MentionKind, Predicate, Quantity } from "../types.js";
import type { FactDraft, Pattern } from "./draft.js";
import { afterPreposition, asidesBefore, canBeSubject, insideAside } from "./draft.js";
import { EN_TRIGGERS, RU_TRIGGERS, SIGNATURES, ZH_TRIGGERS, type Trigger } from "./trigger-lexicon.js";

/**
 * The clause-level baseline behind the template rules: a trigger word of a relation ("owns", "поставляет",
 * "控股") with exactly one name of the right kind before it in its clause and exactly one after it, close by.
 * It reads what the rules' phrasings miss, at a low confidence, and never a pair another pattern already read.
 */

interface Lexicon {
  triggers: readonly Trigger[];
  /** Every trigger as one alternation with a group per trigger: one scan of the sentence finds them all. */
  re: RegExp;
}

/**
 * How a trigger may start: after no letter and no hyphen ("state-owned" is no verb). For English words `\\b`
 * says the same for ASCII and scans about three times faster than a Unicode look-behind tried at every
 * position; Chinese has no word breaks.
 */
type Start = "ascii-word" | "letter" | "anywhere";
const START: Record<Start, string> = { "ascii-word": "\\b(?<!-)", letter: "(?<![\\p{L}\\-])", anywhere: "" };

function lexicon(triggers: readonly Trigger[], start: Start): Lexicon {
  // One capturing group per trigger (the triggers' own groups never capture), so the match says which one it was.
  const alternatives = triggers.map((t) => `(${t.words})`).join("|");
  const end = start === "anywhere" ? "" : "(?![\\p{L}])";
  return { triggers, re: new RegExp(`${START[start]}(?:${alternatives})${end}`, "gu") };
}

const LEXICONS = { en: lexicon(EN_TRIGGERS, "ascii-word"), ru: lexicon(RU_TRIGGERS, "letter"), zh: lexicon(ZH_TRIGGERS, "anywhere") } as const;

/** Where one clause ends and another begins: a subject before one of these is not the subject after it. */
const BOUNDARY =
  /;|:|\s[—–-]\s|,\s*(?:but|while|whereas|although|though|and|which|who|whom|whose|where|when|after|before|because|as|since|that|so|yet|making|giving|leaving|says?|said|according)(?!\p{L})|(?<!\p{L})(?:but|while|whereas|although|though|because|after|before)(?!\p{L})|,\s*(?:но|а|однако|хотя|тогда как|котор\p{L}*|что|где|когда|чтобы|после|поскольку|сообщил\p{L}*|заявил\p{L}*)(?!\p{L})|[，；：。]|但|而|并且|同时|其中/gu;
/** The clause boundary that makes the name right before it the subject of the relative clause it opens. */
const RELATIVE = /^,\s*(?:which|who|that|котор\p{L}*)(?!\p{L})/u;

const PREPOSITION = /(?<!\p{L})(in|into|of|to|from|with|by|for|at|on|near|through|via|under|over|about|against|between|among|the|в|во|на|из|у|к|от|с|со|для|по|при|через|между|о|об)\s+(?:(?:the|its|their|a|an)\s+)?(?:[«"“„]\s*)?$/u;
/** A name that qualifies a noun ("Kazakhstan's government", "中国的企业") is not an argument itself. */
const POSSESSOR = /^[»"”]?(?:['’]s?(?!\p{L})|的(?:[^，。；⟦]{0,4})⟦e)/u;
/** "exports of gallium to", "banned shipments": the trigger word is a noun here, not the verb of a clause. */
const NOUN_USE = /(?<!\p{L})(?:the|its|their|his|her|of|on|for|ban(?:s|ned)?|restrict(?:s|ed)?|halt(?:s|ed)?|curb(?:s|ed)?|suspend(?:s|ed)?|block(?:s|ed)?|stop(?:s|ped)?|limit(?:s|ed)?)\s+$/u;
/**
 * "sold its stake to a subsidiary of X": a passive trigger after a preposition and an article is said of an unnamed
 * party, not of the name before it.
 */
const UNNAMED_PARTY = /(?<!\p{L})(?:to|from|with|by|for|via|through|and)\s+(?:an?|one|another)\s+$/u;
/** "produces almost no tungsten": a denial that sits with the object, after the trigger. */
const NO_OBJECT = /(?<!\p{L})(?:no|none|nothing|ни|никак\p{L}*|没有|无)(?!\p{L})/u;
/** A relative pronoun between a name and the trigger makes the trigger a verb of some other noun ("the company that mines"). */
const RELATIVE_IN_GAP = /(?<!\p{L})(?:that|which|who|котор\p{L}*)(?!\p{L})/u;
const MAX_SUBJECT_GAP = 80;
const MAX_OBJECT_GAP = 60;
const ZH_MAX_GAP = 16;

function languageOf(frame: SentenceFrame): keyof typeof LEXICONS | undefined {
  const language = frame.sentence.language;
  if (language === "en" || language === "ru" || language === "zh") return language;
  return language === "other" ? "en" : undefined;
}

/** The word right before a name that ties it to the clause: a preposition, or "" for none. */
function prepositionBefore(frame: SentenceFrame, index: number): string {
  const at = frame.slotStart(index);
  const before = frame.template.slice(Math.max(0, at - 24), at);
  const match = PREPOSITION.exec(before);
  return match?.[1] && match[1] !== "the" ? match[1] : "";
}

function isPossessor(frame: SentenceFrame, index: number): boolean {
  const end = frame.slotEnd(index);
  return POSSESSOR.test(frame.template.slice(end, end + 40));
}

interface Clause {
  start: number;
  end: number;
  /** The name a relative clause is about ("Lynas, which owns …"). */
  relativeOn?: number;
}

const asideCache = new WeakMap<SentenceFrame, ReadonlyArray<[number, number]>>();

/** The sentence's asides, found once; those that close before a trigger are the ones before it. */
function asidesOf(frame: SentenceFrame): ReadonlyArray<[number, number]> {
  let found = asideCache.get(frame);
  if (!found) {
    found = asidesBefore(frame, frame.template.length);
    asideCache.set(frame, found);
  }
  return found;
}

/** Clause boundaries of a sentence, found once however many triggers it holds. */
const boundaryCache = new WeakMap<SentenceFrame, ReadonlyArray<{ at: number; text: string }>>();

function boundariesOf(frame: SentenceFrame): ReadonlyArray<{ at: number; text: string }> {
  let found = boundaryCache.get(frame);
  if (!found) {
    found = allMatches(BOUNDARY, frame.template).map((m) => ({ at: m.index, text: m[0] }));
    boundaryCache.set(frame, found);
  }
  return found;
}

function clauseAround(frame: SentenceFrame, from: number, to: number, asides: ReadonlyArray<[number, number]>): Clause {
  const t = frame.template;
  let start = 0;
  let end = t.length;
  let opener = "";
  for (const { at, text } of boundariesOf(frame)) {
    if (at + text.length <= from) {
      // A boundary inside an aside that closes before the trigger belongs to the aside, not to the clause.
      if (asides.some(([a, b]) => at >= a && at < b)) continue;
      start = at + text.length;
      opener = text;
    } else if (at >= to) {
      end = at;
      break;
    }
  }
  const clause: Clause = { start, end };
  if (RELATIVE.test(opener)) {
    const slot = /⟦e(\d+)⟧[»"”]?\s*$/u.exec(t.slice(Math.max(0, start - opener.length - 12), start - opener.length));
    if (slot) clause.relativeOn = Number(slot[1]);
  }
  return clause;
}

function distinct(frame: SentenceFrame, indexes: readonly number[]): number | undefined {
  const ids = new Set(indexes.map((i) => frame.entity(i)?.entity.id));
  return ids.size === 1 ? indexes[indexes.length - 1] : undefined;
}

function usable(mention: Mention | undefined, kinds: readonly MentionKind[]): mention is Mention {
  return mention !== undefined && mention.via !== "demonym" && kinds.includes(mention.entity.kind);
}

/** The one name before the trigger that can be the clause's subject (or, passive, its object). */
function nameBefore(frame: SentenceFrame, clause: Clause, at: number, kinds: readonly MentionKind[], asides: ReadonlyArray<[number, number]>): number | undefined {
  const asideLength = (from: number) => asides.reduce((n, [a, b]) => n + (a >= from && b <= at ? b - a : 0), 0);
  if (clause.relativeOn !== undefined) {
    const inClause = frame.entityIndexes(kinds).filter((i) => frame.slotStart(i) >= clause.start && frame.slotEnd(i) <= at);
    return inClause.length === 0 && usable(frame.entity(clause.relativeOn), kinds) ? clause.relativeOn : undefined;
  }
  const candidates = frame.entityIndexes(kinds).filter((i) => {
    const mention = frame.entity(i);
    const end = frame.slotEnd(i);
    if (!usable(mention, kinds) || frame.slotStart(i) < clause.start || end > at) return false;
    if (at - end - asideLength(end) > MAX_SUBJECT_GAP) return false;
    if (!canBeSubject(mention, frame, i) || afterPreposition(frame, i) || insideAside(frame, i, asides, at)) return false;
    const gap = frame.template.slice(end, at);
    if (RELATIVE_IN_GAP.test(gap) && !/^[»"”]?,?\s*(?:that|which|who|котор\p{L}*)\s+$/u.test(gap)) return false;
    if (/(?:由|被|从|向|对|给|自)\s*$/u.test(frame.template.slice(Math.max(0, frame.slotStart(i) - 2), frame.slotStart(i)))) return false;
    return !isPossessor(frame, i);
  });
  return distinct(frame, candidates);
}

/** The one name after the trigger, close to it, tied to it by one of the trigger's prepositions. */
function nameAfter(frame: SentenceFrame, clause: Clause, at: number, kinds: readonly MentionKind[], preps: readonly string[], maxGap: number): number | undefined {
  const candidates = frame.entityIndexes(kinds).filter((i) => {
    const start = frame.slotStart(i);
    if (start < at || frame.slotEnd(i) > clause.end || start - at > maxGap) return false;
    if (!usable(frame.entity(i), kinds) || isPossessor(frame, i)) return false;
    // A comma between the trigger and a name starts another clause or an aside.
    return !/[,，;；]/u.test(frame.template.slice(at, start));
  });
  const only = distinct(frame, candidates);
  if (only === undefined) return undefined;
  // The first mention decides how the name is tied to the trigger.
  const first = candidates[0] as number;
  // Right after the trigger ("located in ⟦e⟧", "shareholder of ⟦e⟧") the trigger's own words tie it.
  const tied = /(?<!\p{L})(?:in|of|to|into|by|в|на)$/u.test(frame.template.slice(Math.max(0, at - 6), at));
  if (tied && /^\s*(?:(?:the|its|their|a|an)\s+)?[«"“]?$/u.test(frame.template.slice(at, frame.slotStart(first)))) return first;
  return preps.includes(prepositionBefore(frame, first)) ? first : undefined;
}

function quantitiesIn(frame: SentenceFrame, clause: Clause, test: (q: Quantity) => boolean): number[] {
  return frame.quantityIndexes(test).filter((i) => frame.slotStart(i) >= clause.start && frame.slotEnd(i) <= clause.end);
}

/** A Russian relative word not in the nominative right before a trigger: "которой владеет Y" names the owner after it. */
const RU_RELATIVE_BEFORE = /(?<!\p{L})котор(?:ого|ой|ым|ыми|ых|ому)\s+(?:⟦q\d+⟧\s+)?(?:акций\s+|доли\s+)?$/u;
const isShare = (q: Quantity) => q.unit === "%";
const isMoney = (q: Quantity) => isMoneyUnit(q.unit);


export const triggerFallback: Pattern = ({ frame, earlier = [] }) => {
  let entities = 0;
  for (const item of frame.items) if (item.type === "entity" && ++entities >= 2) break;
  if (entities < 2) return [];
  const language = languageOf(frame);
  if (!language) return [];
  const { triggers, re } = LEXICONS[language];
  const t = frame.template;
  re.lastIndex = 0;
  let read: Set<string> | undefined;
  const drafts: FactDraft[] = [];
  for (let m = re.exec(t); m; m = re.exec(t)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const trigger = triggers[group - 1];
    if (!trigger) continue;
    const draft = readTrigger(frame, trigger, m.index, m.index + m[0].length, language === "zh");
    if (!draft) continue;
    const key = `${draft.subject.id} ${draft.predicate} ${draft.object.id}`;
    read ??= new Set(earlier.map((d) => `${d.subject.id} ${d.predicate} ${d.object.id}`));
    // A rule that read the pair the other way round already decided who is whose ("X, которой владеет Y").
    if (read.has(key) || read.has(`${draft.object.id} ${draft.predicate} ${draft.subject.id}`) || draft.subject.id === draft.object.id) continue;
    read.add(key);
    drafts.push(draft);
  }
  return drafts;
};

function readTrigger(frame: SentenceFrame, trigger: Trigger, from: number, to: number, zh: boolean): FactDraft | undefined {
  const signature = SIGNATURES[trigger.predicate];
  if (!signature) return undefined;
  const t = frame.template;
  if (!zh && NOUN_USE.test(t.slice(Math.max(0, from - 16), from))) return undefined;
  if (!zh && trigger.passive && UNNAMED_PARTY.test(t.slice(Math.max(0, from - 16), from))) return undefined;
  // "X, акций которого владеет Y", "которым владеет Y": after a relative word the verb's subject follows it.
  if (!zh && RU_RELATIVE_BEFORE.test(t.slice(Math.max(0, from - 30), from))) return undefined;
  // Cheap first: a name that could fill each side must exist at all.
  const before = trigger.passive ? signature.object : signature.subject;
  const after = trigger.passive ? signature.subject : signature.object;
  if (!zh && (!frame.entityIndexes(before).some((i) => frame.slotEnd(i) <= from) || !frame.entityIndexes(after).some((i) => frame.slotStart(i) >= to))) return undefined;
  const asides = asidesOf(frame).filter(([, b]) => b <= from);
  const clause = clauseAround(frame, from, to, asides);
  const rest = t.slice(to, clause.end);
  if (trigger.unless?.test(rest)) return undefined;
  if (trigger.requires && !trigger.requires.test(zh ? t.slice(clause.start, clause.end) : rest)) return undefined;
  const money = quantitiesIn(frame, clause, isMoney);
  if (trigger.needsMoney && money.length !== 1) return undefined;
  // Money passing between two parties is funding, not goods.
  if ((trigger.predicate === "SUPPLIES" || trigger.predicate === "IMPORTS_FROM") && money.length > 0) return undefined;

  let subject: number | undefined;
  let object: number | undefined;
  const predicate = trigger.predicate;
  const lead = zh ? /(?<prep>由|被|从|向|对|给|为|自)⟦e(?<slot>\d+)⟧[^，。；⟦\s]{0,6}$/u.exec(t.slice(Math.max(clause.start, from - 20), from)) : null;
  if (zh && lead?.groups) {
    // Chinese puts the agent of a passive ("由⟦A⟧控股") or a verb's target ("向⟦B⟧供应", "从⟦B⟧进口") before the verb.
    const inner = Number(lead.groups.slot);
    const leadAt = from - lead[0].length;
    const agent = lead.groups.prep === "由" || lead.groups.prep === "被";
    if (!agent && !trigger.zhObjectPrep?.includes(lead.groups.prep ?? "")) return undefined;
    const outer = nameBefore(frame, clause, leadAt, agent ? signature.object : signature.subject, asides);
    if (!usable(frame.entity(inner), agent ? signature.subject : signature.object)) return undefined;
    [subject, object] = agent ? [inner, outer] : [outer, inner];
  } else if (trigger.passive) {
    object = nameBefore(frame, clause, from, signature.object, asides);
    subject = nameAfter(frame, clause, to, signature.subject, trigger.preps, zh ? ZH_MAX_GAP : MAX_OBJECT_GAP);
  } else {
    subject = nameBefore(frame, clause, from, signature.subject, asides);
    object = nameAfter(frame, clause, to, signature.object, trigger.preps, zh ? ZH_MAX_GAP : MAX_OBJECT_GAP);
  }
  if (subject === undefined || object === undefined) return undefined;
  const [first, last] = subject < object ? [subject, object] : [object, subject];
  if (NO_OBJECT.test(t.slice(to, frame.slotStart(Math.max(subject, object))))) return undefined;
  // "mines more than 70% of the world's cobalt" is a share of the world, which the share pattern reads.
  if ((predicate === "PRODUCES" || predicate === "HAS_RESERVES") && frame.quantityIndexes(isShare).some((i) => i > first && i < last)) return undefined;
  const subjectMention = frame.entity(subject);
  const objectMention = frame.entity(object);
  if (!subjectMention || !objectMention) return undefined;
  // A company that buys is a customer its seller supplies: "MP Materials buys ore from Lynas".
  if (predicate === "IMPORTS_FROM" && subjectMention.entity.kind !== "Country") {
    return draftOf("SUPPLIES", objectMention, subjectMention, [subject, object], undefined);
  }
  let quantity: Quantity | undefined;
  if (predicate === "OWNS") {
    const shares = quantitiesIn(frame, clause, isShare);
    if (shares.length === 1) quantity = frame.quantity(shares[0] as number);
  } else if (predicate === "INVESTS_IN" && money.length === 1) quantity = frame.quantity(money[0] as number);
  return draftOf(predicate, subjectMention, objectMention, [subject, object], quantity);
}

function draftOf(predicate: Predicate, subject: Mention, object: Mention, items: number[], quantity: Quantity | undefined): FactDraft {
  return {
    predicate,
    subject: subject.entity,
    object: object.entity,
    items,
    ...(quantity ? { quantity } : {}),
    extractor: `trigger-${predicate.toLowerCase().replace(/_/g, "-")}`,
    confidence: 0.45 * subject.confidence * object.confidence,
  };
}
