import { NODE_KINDS, RELATIONSHIP_TYPES, REVIEW_LABEL } from "../../schema/index.js";

/** Uniqueness on every node id (also the index MERGE uses), and indexes for claim ids and evidence lookups. */
export function neo4jSchemaStatements(): string[] {
  return [
    ...NODE_KINDS.map((kind) => `CREATE CONSTRAINT ytterby_${kind.toLowerCase()}_id IF NOT EXISTS FOR (n:${kind}) REQUIRE n.id IS UNIQUE`),
    ...RELATIONSHIP_TYPES.map((type) => `CREATE INDEX ytterby_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`),
    "CREATE INDEX ytterby_evidence_fact IF NOT EXISTS FOR (e:Evidence) ON (e.factId)",
    // Review statements (graph/schema/review.ts) are looked up by the fact, entity or document they concern.
    `CREATE CONSTRAINT ytterby_review_id IF NOT EXISTS FOR (v:${REVIEW_LABEL}) REQUIRE v.id IS UNIQUE`,
    `CREATE INDEX ytterby_review_fact IF NOT EXISTS FOR (v:${REVIEW_LABEL}) ON (v.factId)`,
    `CREATE INDEX ytterby_review_entity IF NOT EXISTS FOR (v:${REVIEW_LABEL}) ON (v.entityId)`,
    `CREATE INDEX ytterby_review_document IF NOT EXISTS FOR (v:${REVIEW_LABEL}) ON (v.documentId)`,
    "CREATE INDEX ytterby_actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
    "CREATE INDEX ytterby_asset_name IF NOT EXISTS FOR (n:Asset) ON (n.name)",
  ];
}
