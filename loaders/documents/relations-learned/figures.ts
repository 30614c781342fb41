import { isMoneyUnit } from "../parse-quantities.js";
import type { SentenceFrame } from "../sentence-frame.js";
import type { DateMention, Predicate, Quantity } from "../types.js";

const QUOTA = /quota|квот|配额/u;

function fitsPredicate(predicate: Predicate, q: Quantity, template: string): boolean {
  switch (predicate) {
    case "OWNS":
    case "IMPORTS_FROM":
    case "SHARE_OF_GLOBAL":
      return q.unit === "%";
    case "PRODUCES":
    case "HAS_RESERVES":
    case "PLANS":
      return q.unit === "t" || q.unit === "kg";
    case "INVESTS_IN":
      return isMoneyUnit(q.unit);
    case "RESTRICTS_EXPORT":
      // Only a quota carries a tonnage; other measures name none.
      return q.unit === "t" && QUOTA.test(template);
    default:
      return false;
  }
}

/** "由2012年的34%下降至29.2%", "从5万吨增至8万吨": the figure after 由/从 is the level before a change, not the one stated. */
const FROM_LEVEL_ZH = /(?:由|从|從)(?:⟦d\d+⟧年?底?的?)?$/u;
const TO_LEVEL_ZH = /^[^⟦，,。；;]{0,6}(?:至|到)⟦q/u;

function levelBeforeChangeZh(frame: SentenceFrame, i: number): boolean {
  if (frame.sentence.language !== "zh") return false;
  const start = frame.slotStart(i);
  const end = frame.slotEnd(i);
  return FROM_LEVEL_ZH.test(frame.template.slice(Math.max(0, start - 12), start)) && TO_LEVEL_ZH.test(frame.template.slice(end, end + 12));
}

/** Items apart from the span a pair covers: 0 inside it, else how far before or after. */
const gap = (i: number, first: number, last: number) => (i > first && i < last ? 0 : i < first ? first - i : i - last);

const CLAUSE_END = /[;；]/u;

/** Whether a semicolon stands between two items: "A holds 31%; B and C hold 20% each" gives B none of A's 31%. */
function acrossClauses(frame: SentenceFrame, a: number, b: number): boolean {
  return CLAUSE_END.test(a < b ? frame.between(a, b) : frame.between(b, a));
}

/** What may stand between a name and the share that is its own: "B with 24%", "Sumitomo 11.5%", "X (16%)", "A will hold 34%", "TFM 56%的股权". */
const OWN_SHARE_LINK = /^\s*(?:(?:(?:will|would|now|still|also)\s+)?(?:holds?|held|holding|owns?|owned|has|have|had|controls?)\s+|with\s+|at\s+|с\s+(?:долей\s+)?|[(（:：–—-]\s*)?(?:(?:a|an|its|about|around|some|nearly|almost|over|more\s+than|less\s+than|approximately)\s+)?$/u;

/** The name a share stands right after ("B with 24%", "TFM 56%"), whose share it is; undefined if none. */
function holderOfShare(frame: SentenceFrame, i: number): number | undefined {
  const mention = frame.entity(i - 1);
  if (!mention || (mention.entity.kind !== "Actor" && mention.entity.kind !== "Asset")) return undefined;
  return OWN_SHARE_LINK.test(frame.between(i - 1, i)) ? i - 1 : undefined;
}

/**
 * "A with 15.45%, B with 24%", "FMDRC 100%, TFM 56%": a share right after one of an ownership pair's names is the
 * pair's (as near as a share between them); one right after a third name is that name's, never the pair's.
 */
function shareDistance(frame: SentenceFrame, i: number, subject: number, object: number, plain: number): number | undefined {
  const holder = holderOfShare(frame, i);
  if (holder === undefined) return plain;
  return holder === subject || holder === object ? 0 : undefined;
}

/**
 * "Acme will hold 30% and Borel 12.5%", "A with 15%, B with 24%": two names that each carry their own share
 * are fellow holders in a list, not owner and owned.
 */
export function fellowHolders(frame: SentenceFrame, subject: number, object: number): boolean {
  let subjectShare = false;
  let objectShare = false;
  for (const i of frame.quantityIndexes()) {
    if (frame.quantity(i)?.unit !== "%") continue;
    const holder = holderOfShare(frame, i);
    if (holder === subject) subjectShare = true;
    if (holder === object) objectShare = true;
  }
  return subjectShare && objectShare;
}

/**
 * The figure a statement carries: of the sentence's figures in the predicate's unit (a share for ownership,
 * tonnes for output, money for investment), the one nearest the pair, one between the names first.
 */
export function figureFor(frame: SentenceFrame, predicate: Predicate, subject: number, object: number): Quantity | undefined {
  const first = Math.min(subject, object);
  const last = Math.max(subject, object);
  // A carried subject stands at the sentence's end, not where the sentence speaks of it.
  // A left-out Chinese subject (topic-zh.ts) is placed at the start only for the words' sake.
  const via = frame.entity(subject)?.via;
  const placed = via !== "carried" && via !== "topic";
  let best: { q: Quantity; d: number } | undefined;
  for (const i of frame.quantityIndexes()) {
    const q = frame.quantity(i);
    if (!q || !fitsPredicate(predicate, q, frame.template) || (placed && acrossClauses(frame, i, subject)) || levelBeforeChangeZh(frame, i)) continue;
    const d = predicate === "OWNS" ? shareDistance(frame, i, subject, object, gap(i, first, last)) : gap(i, first, last);
    if (d === undefined) continue;
    if (!best || d < best.d) best = { q, d };
  }
  return best?.q;
}

/** A date inside the statement, or right after it, or the nearest one before it. */
export function dateFor(frame: SentenceFrame, subject: number, object: number): DateMention | undefined {
  const first = Math.min(subject, object);
  const last = Math.max(subject, object);
  let best: { date: DateMention; d: number } | undefined;
  for (const i of frame.dateIndexes()) {
    const item = frame.items[i];
    if (item?.type !== "date") continue;
    const d = gap(i, first, last) + (i < first ? 0.5 : 0);
    if (!best || d < best.d) best = { date: item.date, d };
  }
  return best?.date;
}

/** An English share said in words: all of it, or more than half. */
const WHOLLY = /(?<!\p{L})(?:wholly[- ]owned|fully[- ]owned|full (?:control|ownership)|100 ?%[- ]owned|outright owner|sole owner)(?!\p{L})/u;
const MAJORITY = /(?<!\p{L})(?:majority (?:stake|interest|shareholding|holding|ownership|owner|shareholder)|majority[- ]owned)(?!\p{L})/u;

/**
 * "a wholly-owned subsidiary of X" is 100%, "a majority stake in X" more than half (at least 50): the share of
 * an ownership statement with no figure, read from the words between the names or just around them.
 */
export function shareInWords(frame: SentenceFrame, subject: number, object: number): Quantity | undefined {
  const first = Math.min(subject, object);
  const last = Math.max(subject, object);
  const from = Math.max(0, frame.slotStart(first) - 30);
  const to = Math.min(frame.template.length, frame.slotEnd(last) + 10);
  const words = frame.template.slice(from, to).toLowerCase();
  const at = { start: 0, end: 0, text: "" };
  if (WHOLLY.test(words)) return { ...at, value: 100, unit: "%" };
  if (MAJORITY.test(words)) return { ...at, value: 50, min: 50, unit: "%" };
  return undefined;
}
