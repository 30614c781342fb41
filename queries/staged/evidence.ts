import type { GraphStore, ReadOptions } from "../../graph/index.js";
import { FACT_ID_PATTERN } from "../params/param-values.js";
import type { ReviewFilter } from "../review-contract.js";
import type { StagedRead } from "./staged-read.js";

/**
 * Evidence for an entity: the investigation's LadybugDB texts without the search for a relationship whose id is
 * the entity's. That search has no index to use (relationship ids are not keys), so LadybugDB reads every node
 * of every table and every relationship for it (1M nodes: most of the 1.2 s), and an entity id never names a
 * relationship. A relationship id (owns:…) runs the texts as written.
 */
const RELATIONSHIP_LOOKUP = /^\s*OPTIONAL MATCH \((fa|a)\)-\[fr\]->\((fb|b)\) WHERE fr\.id = \$fact .*$/m;

function withoutRelationshipLookup(text: string, replacements: Array<[string, string]>): string {
  if (!RELATIONSHIP_LOOKUP.test(text)) throw new Error("evidence: the LadybugDB text no longer looks the given relationship up as the staged read expects (queries/staged/evidence.ts).");
  let out = text.replace(RELATIONSHIP_LOOKUP, "");
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`evidence: the LadybugDB text no longer contains "${from}" (queries/staged/evidence.ts).`);
    out = out.replace(from, to);
  }
  return out;
}

const isRelationshipId = (params: Record<string, unknown>) => typeof params.fact === "string" && FACT_ID_PATTERN.test(params.fact);

export const evidenceRows: StagedRead = (store: GraphStore, params: Record<string, unknown>, reviews: ReviewFilter, limits: ReadOptions, text: string) =>
  store.read(
    isRelationshipId(params) ? text : withoutRelationshipLookup(text, [["CASE WHEN fr.id IS NULL THEN coalesce(n.name, $fact) ELSE fa.name + ' ' + label(fr) + ' ' + fb.name END", "coalesce(n.name, $fact)"]]),
    { fact: params.fact, reviews },
    limits,
  );

export const evidenceDrawing: StagedRead = (store: GraphStore, params: Record<string, unknown>, reviews: ReviewFilter, limits: ReadOptions, text: string) =>
  store.read(isRelationshipId(params) ? text : withoutRelationshipLookup(text, [["RETURN n, r, m, a, fr, b", "RETURN n, r, m"]]), { fact: params.fact, reviews }, limits);
