import { CLAIM_IDENTITY, type GraphStore, type RelationshipInput, type RelationshipType } from "../../graph/index.js";
import { DATED_TYPES, type Claim } from "./align-claim-dates.js";

/**
 * The stored claims with dates between the pairs of nodes the incoming relationships connect. One read per
 * relationship type present; the type and property names come from the schema, never from input.
 */
export async function storedDatedClaims(store: GraphStore, incoming: readonly RelationshipInput[]): Promise<Claim[]> {
  const dated = incoming.filter((r) => DATED_TYPES.has(r.type));
  const pairKey = (type: string, from: string, to: string) => `${type}\u0000${from}\u0000${to}`;
  const types = [...new Set(dated.map((r) => r.type))];
  const claims: Claim[] = [];
  // Built only once the store holds a dated claim: a first load of a large file would build it for nothing.
  let pairs: Set<string> | undefined;
  for (const type of types) {
    const keys = CLAIM_IDENTITY[type];
    const columns = keys.map((key) => `r.${key} AS ${key}`).join(", ");
    const result = await store.read(`MATCH (a)-[r:${type}]->(b) WHERE r.since IS NOT NULL OR r.until IS NOT NULL RETURN a.id AS \`from\`, b.id AS \`to\`, ${columns}`, {}, { rowLimit: 10_000_000 });
    if (result.rows.length > 0) pairs ??= new Set(dated.map((r) => pairKey(r.type, r.from, r.to)));
    for (const row of result.rows) {
      const { from, to, ...properties } = row;
      if (typeof from !== "string" || typeof to !== "string" || !pairs?.has(pairKey(type, from, to))) continue;
      claims.push({ type: type as RelationshipType, from, to, properties: Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null && v !== undefined)) });
    }
  }
  return claims;
}
