import { allMatches } from "../all-matches.js";
import { modalityOf } from "../modality.js";
import { isoOf } from "../parse-dates.js";
import { isMoneyUnit } from "../parse-quantities.js";
import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, KnownEntity, Mention, Predicate } from "../types.js";
import { argKindOf, SIGNATURES } from "./arg-kinds.js";
import { candidatePairs } from "./candidates.js";
import { EACH_RU } from "./co-holders-ru.js";
import { russianReadings } from "./russian-steps.js";
import { frameWithCarried } from "./carried.js";
import { encodedPairFeatures } from "./features.js";
import { withEarlierFigures } from "./earlier-figures.js";
import { withJointFigures } from "./joint-figures.js";
import { withRespectiveFiguresZh } from "./respectively-zh.js";
import { withShareholdersZh } from "./shareholders-zh.js";
import { ruleOperatorsFirst } from "./rule-operators-first.js";
import { againstTradeDirectionZh } from "./trade-direction-zh.js";
import { ruledOutZh } from "./model-gates-zh.js";
import { dateFor, fellowHolders, figureFor, shareInWords } from "./figures.js";
import { demonymOfAFirm, placeNotTheFirmsZh } from "./location-filters.js";
import { misplacedArgument } from "./misplaced-arguments.js";
import { givenUp } from "./divestment-cue.js";
import { notTheSubjectsCountry } from "./nationality-filters.js";
import { partiesToTalks } from "./negotiation-cue.js";
import { statesARestriction } from "./restriction-cue.js";
import { notASupply } from "./supply-filters.js";
import { wholeShareZh, withWholeShareZh } from "./whole-share-zh.js";
import type { RelationModel } from "./relation-model.js";
import { SentenceContext } from "./sentence-context.js";
import { NEEDS_MODEL, rulesOnly, WEAK_RULE_FLOOR } from "./weak-predicates.js";

interface Reading {
  subject: number;
  object: number;
  predicate: Predicate;
  probability: number;
}

function policyType(words: string): string {
  if (/quota|квот|配额/u.test(words)) return "quota";
  if (/ban|halt|stop|prohibit|embargo|suspend|запрет|эмбарго|禁止|禁令|暂停/u.test(words)) return "export_ban";
  return "export_control";
}

/** The words of a statement and a little before its first name, where hedges and negations sit. */
function scopeOf(frame: SentenceFrame, a: Mention, b: Mention): string {
  const from = Math.min(a.start, b.start);
  const lead = frame.text.slice(Math.max(frame.sentence.start, from - 40), from);
  const cut = Math.max(lead.lastIndexOf(";"), lead.lastIndexOf(","), lead.lastIndexOf("，"));
  return lead.slice(cut + 1) + frame.text.slice(from, Math.max(a.end, b.end));
}

/** "imported no gallium": a determiner the shared modality check leaves to the rules' own phrasing. */
const NO = /(?<!\p{L})(?:no|none|zero)(?!\p{L})/u;
/** "the largest producer outside China": a name after these is what the statement leaves out. */
const EXCLUDED = /(?<!\p{L})(?:outside(?:\s+of)?|excluding|except(?:\s+for)?|other\s+than|beyond|apart\s+from|кроме|за\s+пределами|除)\s*(?:the\s+)?$/u;

/**
 * "the new plant in Malaysia is the largest producer": a place after a site word and in/at is where that site is, not
 * the actor of the sentence (the site itself went unrecognised).
 */
const PLACE_OF_A_SITE = /(?<!\p{L})(?:plant|mine|refinery|smelter|factory|facility|project|site|operations?|завод\p{L}*|комбинат\p{L}*|рудник\p{L}*)\s+(?:in|at|в|на)\s+(?:the\s+)?$/u;
/** "80% of US imports of gallium": a share of one buyer's imports is an import fact, not a share of the world. */
const SHARE_OF_IMPORTS = /(?<!\p{L})(?:imports?|импорт\p{L}*|进口)/u;

/** "около 60% поставок пришлось на Китай", "поставки в Китай": a country after these is where goods go, not where they come from. */
const DESTINATION_BEFORE = /(?<!\p{L})(?:(?:пришл\p{L}*|приход\p{L}*)\s+на|(?:поставк\p{L}*|экспорт\p{L}*|отгрузк\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:в|во|на))\s+$/u;

/** A clause boundary: what follows usually has its own subject. */
const CLAUSE_BREAK = /[;；]|[,，]\s*(?:while|whereas|but|although|though|а|но|тогда как|в то время как|而|但)(?!\p{L})/gu;

/**
 * "Lynas produces neodymium, while China refines dysprosium": after a clause boundary between the subject and the
 * object, another name that could be the predicate's subject stands nearer the object, and the object is its.
 */
function objectHasOwnSubject(frame: SentenceFrame, reading: Reading): boolean {
  if (reading.subject > reading.object) return false;
  let cut = -1;
  for (const match of allMatches(CLAUSE_BREAK, frame.between(reading.subject, reading.object))) cut = match.index;
  if (cut < 0) return false;
  const from = frame.slotEnd(reading.subject) + cut;
  const kinds = SIGNATURES[reading.predicate].subject;
  for (let i = reading.subject + 1; i < reading.object; i++) {
    const mention = frame.entity(i);
    if (mention && frame.slotStart(i) > from && kinds.includes(argKindOf(mention.entity.id))) return true;
  }
  return false;
}

/**
 * "The Department of Defense gave MP Materials 40 tonnes of neodymium": an English sentence that weighs what changes
 * hands and names no sum of money speaks of goods, not of an investment (the rules ask the same: needsMoney).
 */
function goodsNotMoney(frame: SentenceFrame): boolean {
  let tonnage = false;
  for (const i of frame.quantityIndexes()) {
    const unit = frame.quantity(i)?.unit;
    if (unit === "t" || unit === "kg") tonnage = true;
    else if (isMoneyUnit(unit)) return false;
  }
  return tonnage;
}

/**
 * In any language, the narrower test: a tonnage between or right after the two names, and no sum of money in the
 * sentence, is goods handed over, not an investment (Russian and Chinese readings tripped on it as English did).
 */
function goodsOnly(frame: SentenceFrame, reading: Reading): boolean {
  const quantities = frame.items.flatMap((item) => (item.type === "quantity" ? [item.quantity] : []));
  if (quantities.some((q) => q.unit !== null && q.unit !== undefined && q.unit !== "t" && q.unit !== "kg" && q.unit !== "%")) return false;
  const from = Math.min(frame.slotStart(reading.subject), frame.slotStart(reading.object));
  const to = Math.max(frame.slotEnd(reading.subject), frame.slotEnd(reading.object));
  const tonnage = frame.items.findIndex((item, i) => item.type === "quantity" && item.quantity.unit === "t" && frame.slotStart(i) >= from && frame.slotStart(i) <= to + 4);
  return tonnage >= 0;
}

function factOf(frame: SentenceFrame, reading: Reading): ExtractedFact | undefined {
  const s = frame.entity(reading.subject);
  const o = frame.entity(reading.object);
  if (!s || !o) return undefined;
  if (objectHasOwnSubject(frame, reading)) return undefined;
  if (reading.predicate === "INVESTS_IN" && goodsOnly(frame, reading)) return undefined;
  if (reading.predicate === "OWNS" && fellowHolders(frame, reading.subject, reading.object)) return undefined;
  if (reading.predicate === "OWNS" && partiesToTalks(frame, reading.subject, reading.object)) return undefined;
  const sentenceText = frame.text.slice(frame.sentence.start, frame.sentence.end);
  const scope = scopeOf(frame, s, o);
  const modality = modalityOf(scope, sentenceText);
  const lowerScope = scope.toLowerCase();
  if (!modality.keep || NO.test(lowerScope)) return undefined;
  if (EXCLUDED.test(frame.text.slice(Math.max(frame.sentence.start, s.start - 20), s.start).toLowerCase())) return undefined;
  // "cut output of all its metals except platinum": the excepted element is what the statement leaves out.
  if (o.entity.kind === "Element" && EXCLUDED.test(frame.text.slice(Math.max(frame.sentence.start, o.start - 20), o.start).toLowerCase())) return undefined;
  if ((s.entity.kind === "Country" || s.entity.kind === "Region") && PLACE_OF_A_SITE.test(frame.text.slice(Math.max(frame.sentence.start, s.start - 30), s.start).toLowerCase())) return undefined;
  if (reading.predicate === "SHARE_OF_GLOBAL" && SHARE_OF_IMPORTS.test(lowerScope)) return undefined;
  if (reading.predicate === "IMPORTS_FROM" && DESTINATION_BEFORE.test(frame.text.slice(Math.max(frame.sentence.start, o.start - 40), o.start).toLowerCase())) return undefined;
  if (reading.predicate === "RESTRICTS_EXPORT" && !statesARestriction(sentenceText)) return undefined;
  if (reading.predicate === "LOCATED_IN" && demonymOfAFirm(s, o, frame.text)) return undefined;
  if (reading.predicate === "LOCATED_IN" && frame.sentence.language === "zh" && placeNotTheFirmsZh(s, o, frame.items.flatMap((item) => (item.type === "entity" ? [item.mention] : [])), sentenceText)) return undefined;
  if (reading.predicate === "INVESTS_IN" && frame.sentence.language === "en" && goodsNotMoney(frame)) return undefined;
  if (ruledOutZh(frame, reading.predicate, s, o)) return undefined;
  const status = reading.predicate === "PLANS" && modality.status === "reported" ? "planned" : modality.status;
  const q = figureFor(frame, reading.predicate, reading.subject, reading.object) ?? (reading.predicate === "OWNS" ? shareWithoutFigure(frame, reading.subject, reading.object) : undefined);
  const date = dateFor(frame, reading.subject, reading.object);
  const properties: Record<string, string | number | boolean> = {};
  if (date) properties.date = isoOf(date);
  if (q?.approximate) properties.approximate = true;
  if (reading.predicate === "RESTRICTS_EXPORT") properties.policyType = policyType(frame.template);
  const quota = reading.predicate === "RESTRICTS_EXPORT" && q !== undefined;
  return {
    subject: { id: s.entity.id, name: s.entity.name, kind: s.entity.kind },
    predicate: reading.predicate,
    object: { id: o.entity.id, name: o.entity.name, kind: o.entity.kind },
    // A quota is a ceiling: its tonnage is the restriction's maximum.
    value: quota ? null : q ? (q.min !== undefined && q.max !== undefined ? q.min : q.value) : null,
    ...(quota ? { valueMax: q.value } : {}),
    ...(!quota && q?.min !== undefined ? { valueMin: q.min } : {}),
    ...(!quota && q?.max !== undefined ? { valueMax: q.max } : {}),
    unit: q?.unit ?? null,
    year: date?.year ?? null,
    status,
    confidence: Math.round(reading.probability * 100) / 100,
    properties,
    extractor: "relations-learned",
    evidence: [{ start: frame.sentence.start, end: frame.sentence.end, quote: sentenceText, sentence: frame.sentence.index }],
  };
}

/**
 * "公布2013年第二批钨出口配额,为5210吨": the export rules name the restriction but not its figure; a quota's
 * tonnage in the statement is its ceiling, as factOf reads it.
 */
function withQuota(frame: SentenceFrame, fact: ExtractedFact, reading: Reading | undefined): ExtractedFact {
  if (fact.predicate !== "RESTRICTS_EXPORT" || !reading || fact.value !== null || fact.valueMax !== undefined) return fact;
  const q = figureFor(frame, "RESTRICTS_EXPORT", reading.subject, reading.object);
  return q ? { ...fact, valueMax: q.value, unit: q.unit ?? null } : fact;
}

/** Figures of output, reserves and money, which read the same in every language (figures.ts). */
const MEASURED = new Set<Predicate>(["PRODUCES", "HAS_RESERVES", "INVESTS_IN"]);

/** Predicates whose statements carry a figure the model's readings take (figures.ts). */
const FIGURED = new Set<Predicate>(["OWNS", "PRODUCES", "HAS_RESERVES", "PLANS", "INVESTS_IN", "SHARE_OF_GLOBAL", "IMPORTS_FROM"]);

/**
 * "X becomes the top shareholder of Y, its stake growing to 27%": an English rule read the relation but
 * not its figure; the figure the model's reading of the pair would take is the statement's.
 */
function withFigure(frame: SentenceFrame, fact: ExtractedFact, reading: Reading | undefined): ExtractedFact {
  if (!reading || !FIGURED.has(fact.predicate) || fact.value !== null || fact.valueMin !== undefined || fact.valueMax !== undefined) return fact;
  const q = figureFor(frame, fact.predicate, reading.subject, reading.object) ?? (fact.predicate === "OWNS" ? shareInWords(frame, reading.subject, reading.object) : undefined);
  if (!q) return fact;
  return { ...fact, value: q.min !== undefined && q.max !== undefined ? q.min : q.value, ...(q.min !== undefined ? { valueMin: q.min } : {}), ...(q.max !== undefined ? { valueMax: q.max } : {}), unit: q.unit ?? null };
}

/**
 * A Russian or Chinese rule's reading that caught its figure ("Доля X в Y составляет 50%"): the model, trained on
 * a few dozen articles of each, reads them out of sample less precisely than such a rule, so it does not veto it.
 */
const stated = (frame: SentenceFrame, fact: ExtractedFact) => fact.value !== null && (frame.sentence.language === "ru" || frame.sentence.language === "zh");

const keyOf = (subject: string, predicate: string, object: string) => `${subject}|${predicate}|${object}`;

/**
 * The facts of one sentence: the rules' facts the model does not rule out, and the model's readings at or above
 * its threshold that the rules missed. Of the two directions of one predicate between two names, the likelier.
 * `carried`: the article's main subjects (carriedEntities), which a sentence may state a fact of without naming.
 */
export function combineFacts(sentenceFrame: SentenceFrame, ruleFacts: readonly ExtractedFact[], model: RelationModel, carried: readonly KnownEntity[] = []): ExtractedFact[] {
  // The article's main subjects the sentence leaves unnamed are read as if named at its end (see carried.ts).
  const frame = frameWithCarried(sentenceFrame, carried);
  const pairs = candidatePairs(frame);
  if (pairs.length === 0) return [...ruleFacts];
  const context = new SentenceContext(frame, ruleFacts);
  const best = new Map<string, Reading>();
  // What the sentence's own features add is the same for every pair: scored once.
  const base = model.scores(context.sentenceFeatures);
  const wordOffsets = new Map<string, number[]>();
  for (const pair of pairs) {
    const probabilities = model.probabilitiesAt(encodedPairFeatures(context, pair.subject, pair.object, model.offsetOf, wordOffsets), pair.predicates, base);
    const s = frame.entity(pair.subject)?.entity.id ?? "";
    const o = frame.entity(pair.object)?.entity.id ?? "";
    for (const [predicate, probability] of probabilities) {
      // A Chinese trade statement's 向/从 phrase fixes its direction: the reading goes the way it says.
      const swap = againstTradeDirectionZh(frame, predicate, pair.subject, pair.object);
      const key = swap ? keyOf(o, predicate, s) : keyOf(s, predicate, o);
      const reading = swap ? { subject: pair.object, object: pair.subject, predicate, probability } : { subject: pair.subject, object: pair.object, predicate, probability };
      if ((best.get(key)?.probability ?? -1) < probability) best.set(key, reading);
    }
  }
  const { vetoes } = model.parameters;
  const ruleKept = ruleFacts
    .filter((f) => !vetoes.has(f.predicate) || stated(frame, f) || (best.get(keyOf(f.subject.id, f.predicate, f.object.id))?.probability ?? 1) >= model.keepRulesOf(f.predicate))
    .filter((f) => !NEEDS_MODEL.has(f.predicate) || (best.get(keyOf(f.subject.id, f.predicate, f.object.id))?.probability ?? 1) >= WEAK_RULE_FLOOR)
    .filter((f) => !notTheSubjectsCountry(frame, f) && !notASupply(frame, f) && !misplacedArgument(frame, f) && !givenUp(frame, f))
    .map((f) => withQuota(frame, f, best.get(keyOf(f.subject.id, f.predicate, f.object.id))))
    .map((f) => {
      const reading = best.get(keyOf(f.subject.id, f.predicate, f.object.id));
      if (frame.sentence.language === "en") return withFigure(frame, f, reading);
      // "«Норникель» выпустил 61 400 т никеля": a Russian or Chinese rule that read output, reserves or an investment
      // without its figure takes the one the model's reading would, as in English.
      if (MEASURED.has(f.predicate)) return withFigure(frame, f, reading);
      return frame.sentence.language === "zh" ? withWholeShareZh(frame, f, reading) : f;
    });
  const read = new Set(ruleFacts.map((f) => keyOf(f.subject.id, f.predicate, f.object.id)));
  const added: ExtractedFact[] = [];
  for (const [key, reading] of best) {
    if (reading.probability < model.thresholdOf(reading.predicate) || read.has(key) || rulesOnly(frame.sentence.language, reading.predicate)) continue;
    const [s, predicate, o] = key.split("|") as [string, string, string];
    const reverse = best.get(keyOf(o, predicate, s));
    if (reverse && (reverse.probability > reading.probability || read.has(keyOf(o, predicate, s)))) continue;
    const fact = factOf(frame, reading);
    if (fact && !notTheSubjectsCountry(frame, fact) && !notASupply(frame, fact) && !misplacedArgument(frame, fact) && !givenUp(frame, fact)) added.push(fact);
  }
  // An amount several listed subjects gave or hold together is no one's alone (joint-figures.ts).
  const jointly = withJointFigures(frame, [...ruleKept, ...ruleOperatorsFirst(added, ruleKept)]);
  const kept = jointly.slice(0, ruleKept.length);
  const operators = jointly.slice(ruleKept.length);
  // Most sentences add no reading: then there is no figure to share, and the template need not be searched.
  const figures = operators.length === 0 || EACH_ZH.test(frame.template) || EACH_EN.test(frame.template) || EACH_RU.test(frame.template) ? operators : withoutSharedFigures(operators, kept);
  if (frame.sentence.language === "zh") return withShareholdersZh(frame, withRespectiveFiguresZh(frame, [...kept, ...figures]));
  if (frame.sentence.language === "ru") return russianReadings(frame, [...kept, ...figures]);
  if (frame.sentence.language !== "en") return [...kept, ...figures];
  const restrictors = likeliestOnly(figures, kept, "RESTRICTS_EXPORT", (f) => f.object.id);
  return withEarlierFigures(frame, [...kept, ...likeliestOnly(restrictors, kept, "LOCATED_IN", (f) => `${f.subject.id}|${f.object.kind}`)]);
}

/**
 * Readings of a predicate that one sentence states once per `slot`: the one state restricting an element's exports
 * ("Korea joins Canada and the EU in talks with China about its graphite export rules": the others round
 * it are the ones talking about it), the one country and the one region a firm or site is in ("X, a Canadian
 * miner, … its mine in Panama"). Of the model's readings that fill one slot, only the likeliest stays, and none
 * beside a rule's reading. English only: on the Russian and Chinese held-out sets it cost a true reading and
 * saved none.
 */
function likeliestOnly(added: readonly ExtractedFact[], kept: readonly ExtractedFact[], predicate: Predicate, slot: (f: ExtractedFact) => string): ExtractedFact[] {
  const top = new Map<string, number>();
  for (const f of kept) if (f.predicate === predicate) top.set(slot(f), Infinity);
  for (const f of added) if (f.predicate === predicate) top.set(slot(f), Math.max(top.get(slot(f)) ?? 0, f.confidence));
  return added.filter((f) => f.predicate !== predicate || f.confidence >= (top.get(slot(f)) ?? 0));
}

/** "A、B和C分别持有20.33%": each of the names holds the one figure, which withoutSharedFigures would give only one. */
/** A stake the words give without a figure: "a majority stake" in English, 全资 (wholly owned) in Chinese. */
function shareWithoutFigure(frame: SentenceFrame, subject: number, object: number) {
  if (frame.sentence.language === "en") return shareInWords(frame, subject, object);
  if (frame.sentence.language === "zh") return wholeShareZh(frame, subject, object);
  return undefined;
}

const EACH_ZH = /(?:分别|分別|各自|各)(?:持有|持股|拥有|擁有|占|佔|出资|出資|投资|投資)/u;
/** "JOGMEC and Sojitz have each invested $9 million", "… $9 million apiece": every subject listed holds the figure. */
const EACH_EN = /\beach\s+(?:invested|invests|invest|hold|holds|held|own|owns|owned|produced|produce|produces|contributed|contribute|put|committed|provided|provide|took|take)\b|\bapiece\b/iu;

const figureKey = (f: ExtractedFact) => `${f.predicate}|${f.object.id}|${f.value}|${f.valueMin}|${f.valueMax}|${f.unit}`;

/**
 * "The company, which mines at Mountain Pass, produced 40,000 tonnes": one figure of one predicate and object
 * belongs to one subject. Of the model's readings that would take the same figure, the likeliest keeps it, and
 * none does when a rule already gave the figure to a subject.
 */
function withoutSharedFigures(added: readonly ExtractedFact[], kept: readonly ExtractedFact[]): ExtractedFact[] {
  const figured = added.filter((f) => f.value !== null || f.valueMin !== undefined || f.valueMax !== undefined);
  if (figured.length === 0) return [...added];
  const taken = new Set(kept.filter((f) => f.value !== null || f.valueMax !== undefined).map(figureKey));
  const best = new Map<string, ExtractedFact>();
  for (const f of figured) {
    const key = figureKey(f);
    const other = best.get(key);
    if (!other || f.confidence > other.confidence) best.set(key, f);
  }
  return added.filter((f) => !figured.includes(f) || (!taken.has(figureKey(f)) && best.get(figureKey(f)) === f));
}
