import type { SentenceFrame } from "./sentence-frame.js";
import type { ExtractedFact, Predicate } from "./types.js";

/**
 * Ministries, customs and other state bodies set quotas, controls and licences; they do not mine, hold reserves or
 * supply. In Russian and Chinese news a tonnage or an output word beside one ("工信部确定…钨生产总量控制91300吨")
 * is the quota it set, not its output. English keeps its own handling (its relation model sees the actor type).
 */
const NOT_A_STATE_BODY_FACT: ReadonlySet<Predicate> = new Set<Predicate>(["PRODUCES", "PLANS", "HAS_RESERVES", "SHARE_OF_GLOBAL", "OPERATES", "SUPPLIES"]);

export function withoutStateBodyOutput(frame: SentenceFrame, facts: ExtractedFact[]): ExtractedFact[] {
  if (frame.sentence.language !== "ru" && frame.sentence.language !== "zh") return facts;
  const bodies = new Set(frame.items.flatMap((item) => (item.type === "entity" && item.mention.entity.type === "state_body" ? [item.mention.entity.id] : [])));
  if (bodies.size === 0) return facts;
  return facts.filter((f) => !(bodies.has(f.subject.id) && NOT_A_STATE_BODY_FACT.has(f.predicate)));
}
