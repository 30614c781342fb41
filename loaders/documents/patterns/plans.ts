import type { SentenceFrame } from "../sentence-frame.js";
import { isMoneyUnit } from "../parse-quantities.js";
import type { FactDraft, Pattern } from "./draft.js";
import { afterPreposition, asidesBefore, canBeSubject, insideAside } from "./draft.js";

const PLAN_CUE =
  /(\bplan(?:s|ned|ning)?\s+to\b|\bintend(?:s|ed)?\s+to\b|\baim(?:s|ed|ing)?\s+to\b|\bexpect(?:s|ed)?\s+to\b|(?<!\p{L})(?:is|are)\s+set\s+to\b|\bgoal\s+(?:to|of)\b|\btarget\s+(?:to|of)\b|\bseek(?:s|ing)?\s+to\b|\bwill\s+(?:build|launch|open|start|construct|produce|increase|invest|develop|create)\b|\bwith plans to\b|(?<!\p{L})планиру\p{L}*|(?<!\p{L})намерен\p{L}*|(?<!\p{L})собира\p{L}*\s+|(?<!\p{L})рассчитыва\p{L}*|计划|拟|将(?:建设|投资|投产|启动))/u;
const PLANNERS = ["Actor", "Country", "Asset"] as const;
const TARGET_CUE = /(goal|target|aim|expect|seek|цель|рассчитыва|目标)/;
/**
 * "В «Росатоме» рассчитывают …", "в компании планируют …": Russian states an organisation's plan through its
 * people, with "в" and an impersonal plural, so the planner stands after a preposition.
 */
const RU_PLANNER_INSIDE = /^(?:[^⟦]|⟦d\d+⟧){0,40}?(?<!\p{L})в\s+[«"]?⟦e(\d+)⟧[»"”]?\s+(?=(?:рассчитыва|планиру|намерен|собира)\p{L}*)/u;
/**
 * Russian plans whose planner is not a name before the cue: "планируется увеличить" states no planner at all, and
 * "предприятие планирует" is the plant's (an unnamed noun), not the owner named earlier in the sentence.
 */
const RU_IMPERSONAL_CUE = /^(?:планиру(?:ется|ются)|планировал(?:ось|ись))$/u;
const RU_UNNAMED_PLANNER_BEFORE = /(?<!\p{L})(?:предприятие|комбинат|завод|рудник|фабрика|месторождение)\s+$/u;
/** A plan to spend: "plans to invest about $1.1 billion in the deposit, which could yield 12,000 tonnes" — the sum is the plan's figure. */
const SPEND_AFTER_CUE = /^\s*(?:(?:invest|spend|commit|allocate|put)\b|(?:вложить|инвестировать|направить|потратить|выделить)(?!\p{L})|投资|投入)/u;

/**
 * Who states the plan: the last name before the cue that is neither inside an aside nor after a preposition,
 * within 80 characters of the cue once asides are left out. "The company, which mines ore at Mount Weld in
 * Western Australia, said it expects to …" is the company's plan, not Australia's.
 */
function plannerBefore(frame: SentenceFrame, cueAt: number): number | undefined {
  const asides = asidesBefore(frame, cueAt);
  const asideLength = (from: number) => asides.reduce((n, [a, b]) => n + (a >= from && b <= cueAt ? b - a : 0), 0);
  const candidates = frame.entityIndexes(PLANNERS).filter((i) => {
    const mention = frame.entity(i);
    const end = frame.slotEnd(i);
    if (!mention || end > cueAt || mention.via === "demonym" || !canBeSubject(mention, frame, i)) return false;
    if (cueAt - end - asideLength(end) >= 80 || insideAside(frame, i, asides, cueAt)) return false;
    return !afterPreposition(frame, i);
  });
  return candidates[candidates.length - 1];
}

/**
 * Plans and targets: "By 2028, Rusatom MetalTech plans to launch a neodymium magnet plant with a production
 * volume of about 1,000 tons per year", "the Ministry … sets a goal to start producing 50 thousand tons of REM
 * by 2030". The object is the element, or the site or company a planned sum is spent on; the figure and year come along.
 */
export const plans: Pattern = ({ frame, topicElement }) => {
  const t = frame.template;
  // A plan needs a planner named before its cue; without one the long cue pattern need not run.
  if (!frame.names(PLANNERS)) return [];
  const cue = PLAN_CUE.exec(t);
  if (!cue) return [];
  const cueAt = cue.index;
  const inside = RU_PLANNER_INSIDE.exec(t);
  if (!inside && (RU_IMPERSONAL_CUE.test(cue[0]) || RU_UNNAMED_PLANNER_BEFORE.test(t.slice(Math.max(0, cueAt - 24), cueAt)))) return [];
  const subject = inside && inside.index + inside[0].length === cueAt ? Number(inside[1]) : plannerBefore(frame, cueAt);
  const subjectMention = subject === undefined ? undefined : frame.entity(subject);
  if (subject === undefined || !subjectMention) return [];
  const after = (i: number) => frame.slotStart(i) > cueAt;
  const spends = SPEND_AFTER_CUE.test(t.slice(cueAt + cue[0].length));
  // What a sum is spent on may be a company as well as a site: "намерена вложить в модернизацию СМЗ 30 млрд рублей".
  // A plan that spends nothing plans output of an element; the site it names is where, not what (PLANS takes an element).
  const asset = spends ? frame.entityIndexes(["Asset", "Actor"]).find((i) => after(i) && i !== subject && frame.entity(i)?.entity.id !== subjectMention.entity.id) : undefined;
  const elementsAfter = frame.entityIndexes(["Element"]).filter(after);
  const elementIndexes = elementsAfter.length > 0 ? elementsAfter : frame.entityIndexes(["Element"]).slice(0, 1);
  const money = spends ? frame.quantityIndexes((q) => isMoneyUnit(q.unit)).find(after) : undefined;
  // A sum of money is a plan's figure only when the plan spends it; "拟以3.4亿美元收购" plans no output of 3.4 × 10⁸.
  const quantity = money ?? frame.quantityIndexes((q) => q.unit === "t").find(after) ?? frame.quantityIndexes((q) => q.unit !== "%" && q.unit !== undefined && !isMoneyUnit(q.unit)).find(after);
  const objectIndexes = asset !== undefined ? [asset] : [...new Map(elementIndexes.map((i) => [frame.entity(i)?.entity.id, i])).values()];
  // A plan with neither a named object nor a figure ("ties will create a problem") is too vague to keep.
  if (objectIndexes.length === 0 && quantity === undefined) return [];
  const objects = objectIndexes.length > 0 ? objectIndexes.map((i) => ({ index: i as number | undefined, entity: frame.entity(i)?.entity })) : [{ index: undefined, entity: topicElement }];
  const dates = frame.dateIndexes().filter((i) => frame.items[i]?.type === "date");
  const year = dates.find((i) => /^(by|in|to|until|through|к|до)$/.test((frame.items[i] as { date: { preposition?: string } }).date.preposition ?? "")) ?? dates[0];
  const dateItem = year === undefined ? undefined : frame.items[year];
  return objects.flatMap(({ index, entity }): FactDraft[] =>
    entity
      ? [{
          predicate: "PLANS",
          subject: subjectMention.entity,
          object: entity,
          items: [subject, ...(index === undefined ? [] : [index])],
          quantity: quantity === undefined ? undefined : frame.quantity(quantity),
          date: dateItem?.type === "date" ? dateItem.date : undefined,
          status: TARGET_CUE.test(cue[0]) ? "target" : "planned",
          extractor: "plan",
          confidence: (index === undefined ? 0.5 : 0.75) * subjectMention.confidence,
        }]
      : [],
  );
};
