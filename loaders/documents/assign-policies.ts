import { slugify } from "../../graph/index.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import type { ExtractedFact } from "./types.js";

function sameDate(known: string | undefined, stated: string | undefined): boolean {
  if (!known || !stated) return false;
  const [a, b] = known.length <= stated.length ? [known, stated] : [stated, known];
  return b.startsWith(a);
}

/**
 * Every export restriction belongs to a policy: the reference base's own when issuer, date and an element
 * agree, else a new one named from issuer, date and elements so the same measure read twice gets one id.
 */
export function assignPolicies(facts: ExtractedFact[], kb: KnowledgeBase): void {
  const groups = new Map<string, ExtractedFact[]>();
  for (const fact of facts) {
    if (fact.predicate !== "RESTRICTS_EXPORT") continue;
    const key = JSON.stringify([fact.evidence[0]?.start, fact.subject.id, fact.properties.date ?? null, fact.properties.target ?? null, fact.properties.policyType]);
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const issuer = first.subject.id;
    const issuerCountry = kb.countryOf.get(issuer) ?? issuer;
    const date = typeof first.properties.date === "string" ? first.properties.date : undefined;
    const elements = group.map((f) => f.object.id);
    const known = kb.policies.find(
      (p) => (p.issuers.has(issuer) || p.issuers.has(issuerCountry)) && sameDate(p.announced, date) && elements.some((e) => p.elements.has(e)),
    );
    const symbols = elements.map((e) => e.slice(e.indexOf(":") + 1)).sort().join("-");
    const id = known?.id ?? `policy:${slugify(`${issuer.slice(issuer.indexOf(":") + 1)} ${date ?? "undated"} ${symbols} ${String(first.properties.policyType)}`)}`;
    for (const fact of group) fact.properties.policy = id;
  }
}
