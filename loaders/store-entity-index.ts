import type { GraphStore } from "../graph/index.js";
import { EntityIndex, type IndexedEntity } from "./resolution/entity-index.js";

const QUERIES = [
  { kind: "Actor", cypher: "MATCH (n:Actor) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.identifiers AS identifiers, n.type AS type" },
  { kind: "Asset", cypher: "MATCH (n:Asset) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.type AS type" },
] as const;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Actors and assets already in the store, so files loaded today resolve to nodes loaded last week. */
export async function entityIndexFromStore(store: GraphStore): Promise<EntityIndex> {
  const entities: IndexedEntity[] = [];
  for (const { kind, cypher } of QUERIES) {
    const result = await store.read(cypher, {}, { rowLimit: 1_000_000 });
    for (const row of result.rows) {
      if (typeof row.id !== "string" || typeof row.name !== "string") continue;
      entities.push({ id: row.id, kind, name: row.name, aliases: strings(row.aliases), identifiers: strings(row.identifiers), type: typeof row.type === "string" ? row.type : undefined });
    }
  }
  return EntityIndex.from(entities);
}
