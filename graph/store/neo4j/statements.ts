import { nodeColumns, relationshipColumns, reviewCondition, type NodeKind, type RelationshipType } from "../../schema/index.js";

/**
 * Every Cypher statement the Neo4j store sends, built from the schema. Labels and types cannot be
 * parameters in Cypher, so they are interpolated here, and only from the schema's own names.
 */

/** Fill what is missing, never overwrite: a second source stating the same fact must not erase the first's details. */
function fillMissing(variable: string, columns: Array<{ name: string; type: string }>, source: string, except: string[] = []): string {
  return columns
    .filter((c) => c.name !== "id" && !except.includes(c.name))
    .map((c) =>
      c.type === "STRING[]"
        ? `${variable}.${c.name} = coalesce(${variable}.${c.name}, []) + [x IN coalesce(${source}.${c.name}, []) WHERE NOT x IN coalesce(${variable}.${c.name}, [])]`
        : `${variable}.${c.name} = coalesce(${variable}.${c.name}, ${source}.${c.name})`,
    )
    .join(", ");
}

export const neo4jStatements = {
  existingIds: (kind: string) => `UNWIND $ids AS id MATCH (n:${kind} {id: id}) RETURN n.id AS id`,

  // A node counts as updated only when its properties changed, as on the embedded store: the properties before
  // the SET are read first and compared with those after it.
  mergeNodes: (kind: NodeKind) =>
    `UNWIND $rows AS row OPTIONAL MATCH (old:${kind} {id: row.id}) WITH row, properties(old) AS before ` +
    `MERGE (n:${kind} {id: row.id}) SET ${fillMissing("n", nodeColumns(kind), "row")} ` +
    `RETURN sum(CASE WHEN before IS NOT NULL AND before <> properties(n) THEN 1 ELSE 0 END) AS updated`,

  // Endpoints are matched in two clauses so each uses the id constraint's index. Neo4j 5 evaluates every
  // right-hand side of one SET before assigning any, so confidence (only ever raised) is set once, from the
  // stored value, and not also through fillMissing (a second assignment from the old, null value won).
  mergeRelationships: (type: RelationshipType, fromKind: string, toKind: string) =>
    `UNWIND $rows AS row MATCH (a:${fromKind} {id: row.src}) MATCH (b:${toKind} {id: row.dst}) ` +
    `MERGE (a)-[r:${type} {id: row.id}]->(b) SET ${fillMissing("r", relationshipColumns(type), "row", ["confidence"])}, ` +
    `r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END`,

  mergeEvidenceLinks: (type: "SUPPORTS" | "CITES", targetKind: string) =>
    `UNWIND $rows AS row MATCH (e:Evidence {id: row.src}) MATCH (n:${targetKind} {id: row.dst}) MERGE (e)-[:${type}]->(n)`,

  nodesById: () => "UNWIND $ids AS id MATCH (n {id: id}) RETURN n",

  neighbourhoodCount: (kind: string, types: string) => `MATCH (n:${kind} {id: $id})-[r:${types}]-(m) WHERE ${reviewCondition("r")} RETURN count(DISTINCT m) AS total`,

  neighbourhood: (kind: string, types: string) => `MATCH (n:${kind} {id: $id})-[r:${types}]-(m) WHERE ${reviewCondition("r")} RETURN n, r, m LIMIT $limit`,

  shortestPaths: (fromKind: string, toKind: string, types: string, maxHops: number) =>
    `MATCH p = allShortestPaths((a:${fromKind} {id: $from})-[:${types}*..${maxHops}]-(b:${toKind} {id: $to})) RETURN p LIMIT $limit`,

  evidenceFor: () => "MATCH (e:Evidence {factId: $id}) RETURN e ORDER BY e.confidence DESC, e.id",

  countNodes: (kind: string) => `MATCH (n:${kind}) RETURN count(n) AS c`,

  countRelationships: (type: string) => `MATCH ()-[r:${type}]->() RETURN count(r) AS c`,

  deleteAll: (kind: string) => `MATCH (n:${kind}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
};
