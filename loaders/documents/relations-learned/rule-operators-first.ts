import type { ExtractedFact } from "../types.js";

/**
 * "«А» дочернее предприятие «Б» признано победителем аукциона … месторождения", "victory went to the joint venture
 * of A and B, C": when a phrase rule names who works a site, the model's other readings of an operator of that site
 * in the same sentence are the parent or the partners the rule passed over, not a second operator.
 */
export function ruleOperatorsFirst(added: readonly ExtractedFact[], kept: readonly ExtractedFact[]): ExtractedFact[] {
  const operated = new Set(kept.filter((f) => f.predicate === "OPERATES").map((f) => f.object.id));
  if (operated.size === 0) return [...added];
  return added.filter((f) => f.predicate !== "OPERATES" || !operated.has(f.object.id));
}
