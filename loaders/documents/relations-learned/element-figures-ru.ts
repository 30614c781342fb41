import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Predicate } from "../types.js";

/** Predicates whose figure is a tonnage of the element they name. */
const WEIGHED = new Set<Predicate>(["PRODUCES", "HAS_RESERVES", "PLANS"]);
/** What may stand between a tonnage and the element it weighs: "61 тыс. т никеля", "2 т – палладия", "5 т металлического лития". */
const FIGURE_THEN_ELEMENT = /^\s*(?:[–—-]\s*)?(?:(?:металлическ|чист|элементн|условн|оксид|окис|рафинированн|катодн)\p{L}*\s+)?$/u;
const CLAUSE_END = /[;.]/u;

const isTonnage = (frame: SentenceFrame, i: number) => {
  const unit = frame.quantity(i)?.unit;
  return unit === "t" || unit === "kg";
};

/**
 * The tonnage that is the element's own at item `e`: the one right before it ("20 тыс. т никеля"), or else, where
 * Russian names the element first ("палладия — на 9%, до 64 т, платины — до 17 т"), the first tonnage after it
 * before the next element. Undefined when neither shape holds.
 */
export function ownTonnage(frame: SentenceFrame, e: number): number | undefined {
  if (isTonnage(frame, e - 1) && FIGURE_THEN_ELEMENT.test(frame.between(e - 1, e))) return e - 1;
  for (let i = e + 1; i < frame.items.length; i++) {
    if (frame.entity(i)?.entity.kind === "Element" || CLAUSE_END.test(frame.between(i - 1, i))) return undefined;
    // A tonnage right before the next element is that element's ("… никеля, 41 тыс. т меди").
    if (isTonnage(frame, i)) return frame.entity(i + 1)?.entity.kind === "Element" && FIGURE_THEN_ELEMENT.test(frame.between(i, i + 1)) ? undefined : i;
  }
  return undefined;
}

/**
 * A Russian sentence that lists several elements each with its own tonnage ("снизил выпуск палладия до 64 т,
 * платины — до 17 т"): a reading of one element that took another's figure (the nearest to the pair, figures.ts)
 * takes its own instead, or none when its own cannot be told.
 */
export function withOwnTonnagesRu(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  if (frame.sentence.language !== "ru") return [...facts];
  const elements = frame.entityIndexes(["Element"]);
  if (elements.length < 2) return [...facts];
  const own = new Map<string, number | undefined>();
  const claimed = new Set<number>();
  for (const e of elements) {
    const id = frame.entity(e)?.entity.id ?? "";
    const q = ownTonnage(frame, e);
    if (q === undefined) continue;
    claimed.add(frame.quantity(q)?.value ?? NaN);
    if (!own.has(id)) own.set(id, q);
  }
  if (claimed.size < 2) return [...facts];
  return facts.map((f) => {
    if (!WEIGHED.has(f.predicate) || f.object.kind !== "Element" || f.value === null) return f;
    const q = own.get(f.object.id);
    const quantity = q === undefined ? undefined : frame.quantity(q);
    if (quantity) {
      const value = quantity.min !== undefined && quantity.max !== undefined ? quantity.min : quantity.value;
      if (value === f.value) return f;
      return { ...f, value, valueMin: quantity.min, valueMax: quantity.max, unit: quantity.unit ?? f.unit };
    }
    // Another element's figure is not this one's.
    return claimed.has(f.value) ? { ...f, value: null, valueMin: undefined, valueMax: undefined, unit: null } : f;
  });
}
