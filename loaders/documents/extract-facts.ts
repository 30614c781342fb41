import { isoOf } from "./parse-dates.js";
import { modalityOf } from "./modality.js";
import { amountsPattern, producerOf } from "./patterns/amounts.js";
import type { FactDraft, Pattern, PatternContext } from "./patterns/draft.js";
import { exportRestrictions } from "./patterns/export-restrictions.js";
import { exportRestrictionsRu } from "./patterns/export-restrictions-ru.js";
import { plans } from "./patterns/plans.js";
import { possessives } from "./patterns/possessives.js";
import { relations } from "./patterns/relations.js";
import { sharesOfGlobal } from "./patterns/shares.js";
import { triggerFallback } from "./patterns/trigger-fallback.js";
import type { SentenceFrame } from "./sentence-frame.js";
import type { DateMention, EntityRef, ExtractedFact, KnownEntity } from "./types.js";

function ref(entity: KnownEntity): EntityRef {
  return { id: entity.id, name: entity.name, kind: entity.kind };
}

/** The words a statement spans, plus a little before its subject where hedges and negations sit. */
function scopeOf(frame: SentenceFrame, draft: FactDraft): string {
  const starts = draft.items.map((i) => frame.slotStart(i));
  const ends = draft.items.map((i) => frame.slotEnd(i));
  const from = Math.min(...starts);
  const lead = frame.template.slice(Math.max(0, from - 40), from);
  const cut = Math.max(lead.lastIndexOf(";"), lead.lastIndexOf(","));
  return lead.slice(cut + 1) + frame.template.slice(from, Math.max(...ends));
}

export function patternsFor(worldId: string | undefined): Pattern[] {
  return [sharesOfGlobal, amountsPattern(worldId), producerOf, relations, possessives, exportRestrictions, exportRestrictionsRu, plans, triggerFallback];
}

const FIGURES = new Set(["PRODUCES", "HAS_RESERVES", "SHARE_OF_GLOBAL", "INVESTS_IN"]);

/** A date inside the statement, or right after it ("transferred to Rosatom in 2023"), or just before it. */
function dateNear(frame: SentenceFrame, draft: FactDraft): DateMention | undefined {
  const first = Math.min(...draft.items);
  const last = Math.max(...draft.items);
  const dates = frame.dateIndexes();
  const pick = (i: number | undefined) => {
    const item = i === undefined ? undefined : frame.items[i];
    return item?.type === "date" ? item.date : undefined;
  };
  const after = dates.find((i) => i > last && frame.slotStart(i) - frame.slotEnd(last) <= 20);
  if (after !== undefined) return pick(after);
  const inside = dates.find((i) => i > first && i < last);
  if (inside !== undefined) return pick(inside);
  const before = [...dates].reverse().find((i) => i < first && !/[;]/.test(frame.between(i, first)));
  return pick(before);
}

/** ", down from roughly 90% in 2010", ", up from 9% a year earlier": the same claim's earlier figure. */
const EARLIER_FIGURE = /^[^;⟦]{0,40}?,\s*(?:down|up|falling|rising|compared)\s+(?:from|with)\s+(?:about\s+|roughly\s+|around\s+)?⟦q(\d+)⟧/u;

/**
 * A figure followed by the one it changed from ("imports about 60% … from China, down from roughly 90% in 2010")
 * states the relation twice: now, and historically with the earlier figure.
 */
function withEarlierFigures(frame: SentenceFrame, drafts: FactDraft[]): FactDraft[] {
  if (!/\b(?:down|up|falling|rising|compared)\s+(?:from|with)\s/.test(frame.template)) return drafts;
  const earlier: FactDraft[] = [];
  for (const draft of drafts) {
    const unit = draft.quantity?.unit;
    if (!unit || draft.status === "historical") continue;
    const match = EARLIER_FIGURE.exec(frame.template.slice(frame.slotEnd(Math.max(...draft.items))));
    const index = match ? Number(match[1]) : undefined;
    const quantity = index === undefined ? undefined : frame.quantity(index);
    if (index === undefined || quantity?.unit !== unit) continue;
    earlier.push({ ...draft, items: [...draft.items, index], quantity, date: undefined, status: "historical", confidence: draft.confidence * 0.9 });
  }
  return earlier.length === 0 ? drafts : [...drafts, ...earlier];
}

/**
 * One figure, one statement: tonnes that a supply or import relation carries ("supplies Sojitz with up to 9,000
 * tonnes of NdPr") are not also the receiver's output or reserves.
 */
function withoutTradedFiguresAsOutput(drafts: FactDraft[]): FactDraft[] {
  const traded = new Set(drafts.filter((d) => (d.predicate === "SUPPLIES" || d.predicate === "IMPORTS_FROM") && d.quantity).map((d) => d.quantity));
  if (traded.size === 0) return drafts;
  return drafts.filter((d) => !((d.predicate === "PRODUCES" || d.predicate === "HAS_RESERVES") && traded.has(d.quantity)));
}

/** Facts of one sentence: every pattern's drafts, filtered by modality and turned into output facts. */
export function extractFacts(context: PatternContext, patterns: readonly Pattern[], documentText: string): ExtractedFact[] {
  const { frame } = context;
  // Each pattern sees what the ones before it read, so the last one, the trigger fallback, reads only what they missed.
  const read: FactDraft[] = [];
  // Spelled out rather than spread: a spread of the caller's object is a slow generic copy, once per sentence.
  const withEarlier: PatternContext = { frame, topicElement: context.topicElement, earlier: read };
  for (const pattern of patterns) read.push(...pattern(withEarlier));
  const drafts = withEarlierFigures(frame, withoutTradedFiguresAsOutput(read));
  const planned = new Set(drafts.filter((d) => d.predicate === "PLANS").map((d) => d.subject.id));
  // A plan's figure is a target, so the same figure is no one's current output as well ("В «Росатоме»
  // рассчитывают довести производство в России до 20 тыс. тонн").
  const plannedFigures = new Set(drafts.filter((d) => d.predicate === "PLANS" && d.quantity).map((d) => d.quantity));
  for (const draft of drafts) draft.date ??= dateNear(frame, draft);
  const facts: ExtractedFact[] = [];
  if (drafts.length === 0) return facts;
  const sentenceText = documentText.slice(frame.sentence.start, frame.sentence.end);
  for (const draft of drafts) {
    const modality = modalityOf(scopeOf(frame, draft), sentenceText, { allowNegation: draft.allowNegation });
    if (!modality.keep) continue;
    let status = draft.status ?? modality.status;
    // The plan pattern already states what is planned; a figure read as output or reserves would only
    // repeat it as if it existed.
    if (FIGURES.has(draft.predicate) && planned.size > 0 && (planned.has(draft.subject.id) || status !== "reported" || plannedFigures.has(draft.quantity))) continue;
    if (draft.predicate === "PLANS" && status === "reported") status = "planned";
    const q = draft.quantity;
    const properties = { ...(draft.properties ?? {}) };
    if (draft.date) properties.date = isoOf(draft.date);
    if (q?.approximate) properties.approximate = true;
    facts.push({
      subject: ref(draft.subject),
      predicate: draft.predicate,
      object: ref(draft.object),
      value: q ? (q.min !== undefined && q.max !== undefined ? q.min : q.value) : null,
      ...(q?.min !== undefined ? { valueMin: q.min } : {}),
      ...(q?.max !== undefined ? { valueMax: q.max } : {}),
      unit: q?.unit ?? null,
      year: draft.date?.year ?? null,
      status,
      confidence: Math.round(draft.confidence * 100) / 100,
      properties,
      extractor: draft.extractor,
      evidence: [{ start: frame.sentence.start, end: frame.sentence.end, quote: sentenceText, sentence: frame.sentence.index }],
    });
  }
  return facts;
}

/** One fact per claim: the same statement read twice (or by two patterns) keeps every piece of evidence. */
export function mergeFacts(facts: readonly ExtractedFact[]): ExtractedFact[] {
  // The spans seen per fact live in a set: a claim repeated throughout a long document would otherwise
  // rescan its growing evidence list for every repetition.
  const byKey = new Map<string, { fact: ExtractedFact; spans?: Set<string> }>();
  for (const fact of facts) {
    const key = JSON.stringify([fact.subject.id, fact.predicate, fact.object.id, fact.value, fact.valueMin, fact.valueMax, fact.unit, fact.year, fact.status, fact.properties.metric ?? null, fact.properties.target ?? null]);
    const merged = byKey.get(key);
    if (!merged) {
      byKey.set(key, { fact: { ...fact, evidence: [...fact.evidence] } });
      continue;
    }
    const existing = merged.fact;
    merged.spans ??= new Set(existing.evidence.map((e) => `${e.start}:${e.end}`));
    for (const evidence of fact.evidence) {
      const span = `${evidence.start}:${evidence.end}`;
      if (merged.spans.has(span)) continue;
      merged.spans.add(span);
      existing.evidence.push(evidence);
    }
    existing.confidence = Math.max(existing.confidence, fact.confidence);
    existing.properties = { ...fact.properties, ...existing.properties };
  }
  return [...byKey.values()].map((m) => m.fact);
}
