import type { SentenceFrame } from "./sentence-frame.js";
import type { ExtractedFact, Predicate } from "./types.js";

/**
 * Ministries, customs and other state bodies set quotas, controls and licences, and people sign, say and hold shares;
 * neither mines, holds reserves or supplies. In Russian and Chinese news a tonnage or an output word beside one
 * ("工信部确定…钨生产总量控制91300吨", a minister quoted on a plant's output) is the quota it set or the figure it
 * gave, not its own output. English keeps its own handling (its relation model sees the actor type).
 */
const NOT_A_STATE_BODY_FACT: ReadonlySet<Predicate> = new Set<Predicate>(["PRODUCES", "PLANS", "HAS_RESERVES", "SHARE_OF_GLOBAL", "OPERATES", "SUPPLIES"]);

export function withoutStateBodyOutput(frame: SentenceFrame, facts: ExtractedFact[]): ExtractedFact[] {
  if (frame.sentence.language !== "ru" && frame.sentence.language !== "zh") return facts;
  const bodies = new Set(frame.items.flatMap((item) => (item.type === "entity" && (item.mention.entity.type === "state_body" || item.mention.entity.type === "person") ? [item.mention.entity.id] : [])));
  if (bodies.size === 0) return facts;
  return facts.filter((f) => !(bodies.has(f.subject.id) && NOT_A_STATE_BODY_FACT.has(f.predicate)));
}
