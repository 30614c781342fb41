import { ENTITY_KINDS, type GraphStore } from "../../graph/index.js";
import type { EntityCandidate } from "./entity-match.js";

/** Rows read per kind and per column (names, aliases); the caller ranks them and keeps its limit. */
const PER_KIND = 100;

const lowerFn = (store: GraphStore) => (store.dialect === "neo4j" ? "toLower" : "lower");

/**
 * Entities whose name or an alias contains the text (case ignored), read from the store while the entity
 * index is still being built: a scan of one label's names, exact and prefix matches first, shortest names
 * next. LadybugDB 0.19 rejects a parameter inside a list predicate, so aliases are unwound instead.
 * `exact` keeps only names and aliases equal to the text.
 */
export async function candidatesFromStore(store: GraphStore, text: string, kinds: readonly string[], options: { exact?: boolean; timeoutMs?: number } = {}): Promise<EntityCandidate[]> {
  const q = text.trim().toLowerCase();
  if (!q) return [];
  const lower = lowerFn(store);
  const test = (value: string) => (options.exact ? `${lower}(${value}) = $q` : `${lower}(${value}) CONTAINS $q`);
  const order = `ORDER BY CASE WHEN ${lower}(n.name) = $q THEN 0 WHEN ${lower}(n.name) STARTS WITH $q THEN 1 ELSE 2 END, size(n.name), n.id LIMIT ${PER_KIND}`;
  const found = new Map<string, EntityCandidate>();
  for (const kind of kinds) {
    // The label comes from the schema's enum, never from input.
    if (!(ENTITY_KINDS as readonly string[]).includes(kind)) continue;
    const byName = `MATCH (n:${kind}) WHERE ${test("n.name")} RETURN n.id AS id, n.name AS name, n.aliases AS aliases ${order}`;
    const byAlias = `MATCH (n:${kind}) UNWIND n.aliases AS alias WITH n, alias WHERE ${test("alias")} RETURN DISTINCT n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY size(name), id LIMIT ${PER_KIND}`;
    for (const cypher of [byName, byAlias]) {
      const result = await store.read(cypher, { q }, { rowLimit: PER_KIND, timeoutMs: options.timeoutMs ?? 30_000 });
      for (const row of result.rows) {
        const id = String(row.id);
        if (!found.has(id)) found.set(id, { id, kind, name: String(row.name ?? id), aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [] });
      }
    }
  }
  return [...found.values()];
}
