import { speaksOfAPlan } from "./modality.js";
import { isMoneyUnit } from "./parse-quantities.js";
import type { SentenceFrame } from "./sentence-frame.js";
import type { ExtractedFact } from "./types.js";

/**
 * Words that put an output figure in the future beyond the plan words the modality check already knows ("will",
 * "plans to"): an estimate or guidance, a design capacity, output once a plant is built. The guidelines make
 * planned or targeted output a PLANS fact, not PRODUCES.
 */
const FUTURE_OUTPUT =
  /(?<!\p{L})(?:expected|projected|forecast\p{L}*|guid(?:ing|ance|es|ed)|planned|proposed|designed to|first[- ]phase|once (?:complete|completed|built|operational)|upon completion|when complete[d]?|предусматрива\p{L}*|предусмотрен\p{L}*|запланирован\p{L}*|составит|составят|позволит|обеспечит|проектн\p{L}* мощност\p{L}*|будет|будут|строительств\p{L}*|ввод\p{L}* в эксплуатацию)(?!\p{L})|预计|规划|建成后|达产后|投产后|设计产能/u;

/**
 * Plan words the modality check leaves out, for judging a plan already read (isClearPlan), not for turning output
 * into a plan: growth "to" come ("needs $45m to raise output"), efforts, Russian "планы" as a noun, and the
 * traditional Chinese forms of the plan words.
 */
const PLAN_FRAMING =
  /(?<!\p{L})(?:to (?:raise|increase|boost|expand|lift|double|triple|ramp up)|efforts? to|план(?:ы|ах|ам|ами|а)?)(?!\p{L})|努力|將|計劃|規劃|擬|目標|預計|建成後|達產後|投產後|設計產能/u;

/** Domestic production quotas are PRODUCES with a ceiling and status planned (tests/fixtures/news/README.md). */
const QUOTA = /quota|квот|лимит|指标|配额/u;

/**
 * What a plan of an element is about: making it, mining it, a plant for it, a tonnage. "Indonesia will develop new
 * rules to limit the export of nickel ore" plans a rule, not nickel.
 */
const OUTPUT_WORDS =
  /(?<!\p{L})(?:produc\p{L}*|output|capacit\p{L}*|min(?:e|es|ing)|refin\p{L}*|plants?|facilit\p{L}*|factor\p{L}*|smelt\p{L}*|source|suppl\p{L}*|extract\p{L}*|process\p{L}*|separat\p{L}*|recycl\p{L}*|tonnes|tons|tpa|annual\p{L}*|per (?:year|annum)|a year|build\p{L}*|construct\p{L}*|expan\p{L}*|производ\p{L}*|добыч\p{L}*|добы\p{L}*|выпуск\p{L}*|мощност\p{L}*|завод\p{L}*|комбинат\p{L}*|переработ\p{L}*|получ\p{L}*|строительств\p{L}*|тонн\p{L}*|т)(?!\p{L})|产|厂|开采|提取|冶炼|基地|吨|项目|產|廠|開採|冶煉|噸|項目/u;

/** What a plan about trade rules speaks of: with no output word beside it, the plan is the policy. */
const POLICY_WORDS = /(?<!\p{L})(?:polic\p{L}*|bans?|rules?|regulat\p{L}*|laws?|exports?|tariffs?|tax\p{L}*|политик\p{L}*|запрет\p{L}*|экспорт\p{L}*|закон\p{L}*|пошлин\p{L}*)(?!\p{L})|政策|禁止|出口|法规|关税/u;

/** How far before the first name a plan word may stand and still govern the figure ("the company expects Y to …"). */
const LEAD = 60;
/** How far after the last name the statement's own words may run ("plans to increase niobium output"), to a clause break. */
const TAIL = 40;

function mentionSpan(frame: SentenceFrame, id: string): Array<{ start: number; end: number }> {
  return frame.items.flatMap((item) => (item.type === "entity" && item.mention.entity.id === id ? [{ start: item.start, end: item.end }] : []));
}

/**
 * The words of a fact's statement: from a little before its first name (cut at a clause break) to its last name or
 * figure, and with `tail` the words after it up to the next comma or clause break.
 */
function statementOf(frame: SentenceFrame, fact: ExtractedFact, tail = 0): string | undefined {
  const subjects = mentionSpan(frame, fact.subject.id);
  const objects = mentionSpan(frame, fact.object.id);
  if (subjects.length === 0 || objects.length === 0) return undefined;
  let best: { from: number; to: number } | undefined;
  for (const s of subjects) {
    for (const o of objects) {
      const from = Math.min(s.start, o.start);
      const to = Math.max(s.end, o.end);
      if (!best || to - from < best.to - best.from) best = { from, to };
    }
  }
  if (!best) return undefined;
  const figure = frame.items.find((item) => item.type === "quantity" && item.quantity.value === (fact.valueMin ?? fact.valueMax ?? fact.value) && item.start >= best.from - 200);
  const to = figure ? Math.max(best.to, figure.end) : best.to;
  const lead = frame.text.slice(Math.max(frame.sentence.start, best.from - LEAD), best.from);
  const cut = Math.max(lead.lastIndexOf(";"), lead.lastIndexOf("；"), lead.lastIndexOf("。"));
  const after = frame.text.slice(to, Math.min(frame.sentence.end, to + tail));
  const stop = after.search(/[,;，；。、]/u);
  return (lead.slice(cut + 1) + frame.text.slice(best.from, to) + (stop < 0 ? after : after.slice(0, stop))).toLowerCase();
}

/**
 * A plan of an element is kept only when its own statement frames it as a plan (a plan word or future-output word
 * between or just around its names, not in another clause: "X signed a deal to supply Y to the EU, which plans to
 * cut …") and speaks of output (a figure, or an output word: "plans to restrict exports of antimony" plans a rule,
 * "will start exploration of lithium blocks" no output).
 */
function isClearPlan(frame: SentenceFrame, fact: ExtractedFact): boolean {
  const statement = statementOf(frame, fact, TAIL);
  // A subject carried from earlier in the article has no words here to judge by.
  if (statement === undefined) return true;
  if (!speaksOfAPlan(statement) && !FUTURE_OUTPUT.test(statement) && !PLAN_FRAMING.test(statement)) return false;
  if (POLICY_WORDS.test(statement) && !OUTPUT_WORDS.test(statement)) return false;
  return hasFigure(fact) || OUTPUT_WORDS.test(statement);
}

/**
 * The guidelines give PLANS an element only; a planned sum spent on a site or company is a funding promise, which
 * they make INVESTS_IN with status planned. A plan of a site with no sum is dropped.
 */
function plannedSpending(fact: ExtractedFact): ExtractedFact[] {
  if (fact.unit === null || !isMoneyUnit(fact.unit)) return [];
  return [{ ...fact, predicate: "INVESTS_IN", status: "planned" }];
}

/** A relative clause opened after a comma: "The company, which mines ore at X, says …" ("который", "где" in Russian). */
const RELATIVE_OPENER = /^\s*(?:which|where|that|who|котор\p{L}*|где)(?!\p{L})/u;

/**
 * Whether a plan's subject is named only inside a relative clause set off by commas ("The company, which mines ore
 * at X, expects to produce …"): there it describes another subject and is not the one that plans.
 */
function subjectOnlyInRelativeClause(frame: SentenceFrame, fact: ExtractedFact): boolean {
  const spans = mentionSpan(frame, fact.subject.id);
  if (spans.length === 0) return false;
  return spans.every(({ start, end }) => {
    const before = frame.text.slice(frame.sentence.start, start);
    const comma = before.lastIndexOf(",");
    if (comma < 0 || !RELATIVE_OPENER.test(before.slice(comma + 1))) return false;
    return frame.text.slice(end, frame.sentence.end).includes(",");
  });
}

function hasFigure(fact: ExtractedFact): boolean {
  return fact.value !== null || fact.valueMin !== undefined || fact.valueMax !== undefined;
}

/**
 * The plan facts of one sentence as the guidelines call them ("plans, goals and targets are PLANS"; PLANS takes an
 * element): output stated as planned, targeted or to come is PLANS rather than PRODUCES; a plan of an element is
 * kept only when its own words frame a plan of output (isClearPlan); a plan of the same subject and element that
 * carries a figure makes a figureless one redundant; and a plan whose object is a site or a company is a planned
 * investment when it spends a sum on it, else nothing (plannedSpending).
 */
export function futureOutputAsPlans(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  if (!facts.some((f) => f.predicate === "PRODUCES" || f.predicate === "PLANS")) return [...facts];
  const sentence = frame.text.slice(frame.sentence.start, frame.sentence.end).toLowerCase();
  const quota = QUOTA.test(sentence);
  const read = facts.flatMap((fact): ExtractedFact[] => {
    if (fact.predicate === "PLANS" && fact.object.kind !== "Element") return plannedSpending(fact);
    if (fact.predicate === "PLANS" && !isClearPlan(frame, fact)) return [];
    if (fact.predicate !== "PRODUCES" || quota) return [fact];
    const statement = fact.status === "reported" ? statementOf(frame, fact) : undefined;
    if (fact.status === "reported" && !(statement !== undefined && FUTURE_OUTPUT.test(statement))) return [fact];
    if (subjectOnlyInRelativeClause(frame, fact)) return [];
    return [{ ...fact, predicate: "PLANS", status: fact.status === "target" ? "target" : "planned" }];
  });
  const figured = new Set(read.filter((f) => f.predicate === "PLANS" && hasFigure(f)).map((f) => `${f.subject.id}|${f.object.id}`));
  return read.filter((f) => f.predicate !== "PLANS" || hasFigure(f) || !figured.has(`${f.subject.id}|${f.object.id}`));
}
