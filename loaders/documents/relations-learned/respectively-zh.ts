import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Quantity } from "../types.js";
import { argKindOf } from "./arg-kinds.js";

/** 分别 (respectively): the names listed beside it and the figures listed after it go together in order. */
const RESPECTIVELY = /分别|分別/gu;
/** What stands between two members of a Chinese list of names or of figures. */
const LIST_GAP = /^\s*(?:、|，|,|和|及|与|與|以及|或)\s*$/u;
/** Between the listed names and 分别: nothing, or a noun of theirs ("的产量", "的持股比例"), never a clause break. */
const NAMES_TO_MARK = /^[^，,。；;：:⟦]{0,8}$/u;
/** Between 分别 and the listed names after it: a preposition ("向智利和阿根廷进口", "从…", "在…"). */
const MARK_TO_NAMES = /^(?:向|从|從|对|對|在|为|為|与|與|和)?$/u;
/** Between 分别 (or the names after it) and the first listed figure: the statement's words, within one clause. */
const TO_FIGURES = /^[^，,。；;⟦]{0,24}(?:⟦e\d+⟧[^，,。；;⟦]{0,12})?$/u;

/** A run of list members of one kind starting at item `at`, read toward `step` (-1 back, +1 on). */
function run(frame: SentenceFrame, at: number, step: 1 | -1, kindOf: (i: number) => string | undefined): number[] {
  const kind = kindOf(at);
  if (kind === undefined) return [];
  const members = [at];
  for (let next = at + step; next >= 0 && next < frame.items.length; next += step) {
    if (kindOf(next) !== kind) break;
    const last = members[members.length - 1] as number;
    if (!LIST_GAP.test(step < 0 ? frame.between(next, last) : frame.between(last, next))) break;
    members.push(next);
  }
  return step < 0 ? members.reverse() : members;
}

const entityKind = (frame: SentenceFrame) => (i: number) => {
  const mention = frame.entity(i);
  return mention ? argKindOf(mention.entity.id) : undefined;
};
const quantityUnit = (frame: SentenceFrame) => (i: number) => {
  const q = frame.quantity(i);
  return q ? `q:${q.unit ?? ""}` : undefined;
};

/** The item whose slot is the first at or after template offset `at`. */
function itemAtOrAfter(frame: SentenceFrame, at: number): number {
  for (let i = 0; i < frame.items.length; i++) if (frame.slotStart(i) >= at) return i;
  return -1;
}

/**
 * Each listed name's figure where a Chinese sentence says 分别: "甲、乙分别持有丙公司30%、20%股权" gives 甲 30%
 * and 乙 20%, "分别向甲国和乙国进口…5万吨和3万吨" the first country 5万吨. As many names as figures, two or more,
 * else nothing: one figure for all ("分别持有20%") is every name's (combine.ts keeps it for each).
 */
export function respectiveFiguresZh(frame: SentenceFrame): Map<string, Quantity> {
  const paired = new Map<string, Quantity>();
  if (frame.sentence.language !== "zh") return paired;
  const kindOf = entityKind(frame);
  for (const match of frame.template.matchAll(RESPECTIVELY)) {
    const mark = match.index;
    const next = itemAtOrAfter(frame, mark);
    const before = next < 0 ? frame.items.length - 1 : next - 1;
    let names: number[] = [];
    let from = mark + match[0].length;
    // The nearest list of two or more names in the clause before 分别: "甲和乙的锂产量分别为" skips the element.
    for (let i = before; i >= 0 && names.length < 2 && NAMES_TO_MARK.test(frame.template.slice(frame.slotEnd(i), mark).replace(/⟦[edq]\d+⟧/gu, "")); i--) {
      if (kindOf(i) !== undefined) names = run(frame, i, -1, kindOf);
      if (names.length >= 2) break;
      names = [];
    }
    if (names.length < 2 && next >= 0 && kindOf(next) !== undefined && MARK_TO_NAMES.test(frame.template.slice(from, frame.slotStart(next)))) {
      names = run(frame, next, 1, kindOf);
      from = frame.slotEnd(names[names.length - 1] as number);
    }
    if (names.length < 2) continue;
    const first = frame.quantityIndexes().find((i) => frame.slotStart(i) >= from) ?? -1;
    if (first < 0 || !TO_FIGURES.test(frame.template.slice(from, frame.slotStart(first)))) continue;
    const figures = run(frame, first, 1, quantityUnit(frame));
    if (figures.length !== names.length) continue;
    names.forEach((name, k) => {
      const id = frame.entity(name)?.entity.id;
      const q = frame.quantity(figures[k] as number);
      if (id && q && !paired.has(id)) paired.set(id, q);
    });
  }
  return paired;
}

const withFigure = (fact: ExtractedFact, q: Quantity): ExtractedFact => {
  const { valueMin: _min, valueMax: _max, ...rest } = fact;
  return {
    ...rest,
    value: q.min !== undefined && q.max !== undefined ? q.min : q.value,
    ...(q.min !== undefined ? { valueMin: q.min } : {}),
    ...(q.max !== undefined ? { valueMax: q.max } : {}),
    unit: q.unit ?? null,
  };
};

/**
 * The facts of a 分别 sentence with each listed name's own figure: a fact of one listed name that took a figure
 * takes that name's instead, and every other listed name that states nothing of the same predicate and other
 * argument is given the same fact with its own figure (the rules and the model read the first of a list best).
 */
export function withRespectiveFiguresZh(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  const paired = respectiveFiguresZh(frame);
  if (paired.size === 0) return [...facts];
  const listed = (f: ExtractedFact) => (paired.has(f.subject.id) ? "subject" : paired.has(f.object.id) ? "object" : undefined);
  const out = facts.map((f) => {
    const side = listed(f);
    const q = side && (f.value !== null || f.valueMin !== undefined || f.valueMax !== undefined) ? paired.get(f[side].id) : undefined;
    return q && (q.unit ?? null) === f.unit ? withFigure(f, q) : f;
  });
  const keys = new Set(out.map((f) => `${f.subject.id}|${f.predicate}|${f.object.id}`));
  const entities = new Map(frame.items.flatMap((item) => (item.type === "entity" ? [[item.mention.entity.id, item.mention.entity] as const] : [])));
  for (const f of [...out]) {
    const side = listed(f);
    if (!side || f.value === null) continue;
    for (const [id, q] of paired) {
      const entity = entities.get(id);
      if (!entity || id === f[side].id || (q.unit ?? null) !== f.unit) continue;
      const moved = { ...f, [side]: { id, name: entity.name, kind: entity.kind } };
      const key = `${moved.subject.id}|${moved.predicate}|${moved.object.id}`;
      if (moved.subject.id === moved.object.id || keys.has(key)) continue;
      keys.add(key);
      out.push(withFigure(moved, q));
    }
  }
  return out;
}
