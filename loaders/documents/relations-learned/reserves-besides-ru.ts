import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact } from "../types.js";

/** "помимо ⟦лития⟧ содержит запасы …", "кроме ⟦золота⟧, располагает ресурсами …": an element set aside before the verb of holding. */
const BESIDES = /(?<!\p{L})(?:помимо|кроме)\s+⟦e(\d+)⟧\s*,?\s*(?:\p{Ll}+\s+)?(?:содерж|облада|располага)\p{L}*/gu;

/**
 * "Рудник кроме олова содержит запасы вольфрама": the element named after «помимо» or «кроме» is held as well
 * as those after the verb. Where the sentence's reserves of a holder were read (by a rule), that holder holds the
 * set-aside element too.
 */
export function withReservesBesidesRu(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  if (frame.sentence.language !== "ru") return [...facts];
  const holders = [...new Map(facts.filter((f) => f.predicate === "HAS_RESERVES").map((f) => [f.subject.id, f])).values()];
  if (holders.length !== 1) return [...facts];
  const [held] = holders as [ExtractedFact];
  const out = [...facts];
  for (const match of frame.template.matchAll(BESIDES)) {
    const element = frame.entity(Number(match[1]))?.entity;
    if (element?.kind !== "Element" || out.some((f) => f.predicate === "HAS_RESERVES" && f.subject.id === held.subject.id && f.object.id === element.id)) continue;
    out.push({ ...held, object: { id: element.id, name: element.name, kind: element.kind }, value: null, valueMin: undefined, valueMax: undefined, unit: null, properties: {}, extractor: "reserves-besides-ru" });
  }
  return out;
}
