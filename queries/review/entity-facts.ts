import { RELATIONSHIP_TYPES, type GraphStore } from "../../graph/index.js";

/** The ids of every fact (not MENTIONS) that has the entity as subject or object. */
export async function factIdsOf(store: GraphStore, entityId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const type of RELATIONSHIP_TYPES) {
    if (type === "MENTIONS") continue;
    const result = await store.read(`MATCH (a)-[r:${type}]->(b) WHERE a.id = $id OR b.id = $id RETURN r.id AS id`, { id: entityId }, { rowLimit: 100_000 });
    ids.push(...result.rows.map((row) => String(row.id)));
  }
  return ids;
}

/** The documents that mention the entity, with their spans, so a merge or split can carry the mentions over. */
export async function mentionsOf(store: GraphStore, entityId: string): Promise<Array<{ documentId: string; spans: string[] }>> {
  const result = await store.read("MATCH (d:Document)-[m:MENTIONS]->(n) WHERE n.id = $id RETURN d.id AS documentId, m.spans AS spans", { id: entityId }, { rowLimit: 100_000 });
  return result.rows.map((row) => ({ documentId: String(row.documentId), spans: Array.isArray(row.spans) ? (row.spans as string[]) : [] }));
}
