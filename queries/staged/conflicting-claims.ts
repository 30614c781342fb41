import type { GraphStore, ReadOptions } from "../../graph/index.js";
import type { ReviewFilter } from "../review-contract.js";
import type { StagedRead } from "./staged-read.js";

/**
 * Conflicting claims about one entity: the investigation's LadybugDB text with the entity found by its key
 * instead of `$entity = '' OR x.id = $entity` (a scan of every node: 3.3 s at 1M nodes), and the second claim
 * taken from the claims already matched between the same two nodes: matching r2 with both ends bound makes
 * LadybugDB 0.19 join over whole relationship tables. With no entity the text runs as written. tests/queries/staged-reads.test.ts holds both to the same answers.
 */
const PREFIX = `MATCH (x:Actor:Asset:Element:Country:Policy)
WHERE $entity = '' OR x.id = $entity
MATCH (x)-[r1:OWNS|PRODUCES|HAS_RESERVES|IMPORTS_FROM|SHARE_OF_GLOBAL|INVESTS_IN|PLANS]-(y)
WITH x, y, r1, struct_extract(r1, '_src') = id(x) AS outgoing
WHERE ($entity <> '' OR outgoing) AND r1.status <> 'historical'
MATCH (x)-[r2:OWNS|PRODUCES|HAS_RESERVES|IMPORTS_FROM|SHARE_OF_GLOBAL|INVESTS_IN|PLANS]-(y)
WHERE `;

// The entity's claims grouped by the other end, and paired only within a group: linear in the entity's degree
// (an element has 15,000 PRODUCES at 1M nodes), where matching r2 from x again pairs every claim with every one.
const ONE_ENTITY = `MATCH (x:Actor:Asset:Element:Country:Policy {id: $entity})
MATCH (x)-[claim:OWNS|PRODUCES|HAS_RESERVES|IMPORTS_FROM|SHARE_OF_GLOBAL|INVESTS_IN|PLANS]-(y)
WITH x, y, collect(claim) AS claims
WHERE size(claims) > 1
UNWIND claims AS r1
UNWIND claims AS r2
WITH x, y, r1, r2, struct_extract(r1, '_src') = id(x) AS outgoing
WHERE ($entity <> '' OR outgoing) AND r1.status <> 'historical' AND `;

export function oneEntityText(text: string): string {
  if (!text.startsWith(PREFIX)) throw new Error("conflicting-claims: the LadybugDB text no longer starts as the staged read expects (queries/staged/conflicting-claims.ts).");
  return ONE_ENTITY + text.slice(PREFIX.length);
}

export const conflictingClaimRows: StagedRead = (store: GraphStore, params: Record<string, unknown>, reviews: ReviewFilter, limits: ReadOptions, text: string) => {
  const entity = typeof params.entity === "string" ? params.entity : "";
  return store.read(entity === "" ? text : oneEntityText(text), { entity, reviews }, limits);
};
