import {
  ENTITY_KINDS,
  NODE_KINDS,
  RELATIONSHIP_ENDPOINTS,
  RELATIONSHIP_TYPES,
  REVIEW_COLUMNS,
  REVIEW_LABEL,
  nodeColumns,
  relationshipColumns,
  type Column,
  type RelationshipType,
} from "../../schema/index.js";

/** Bumped whenever the generated DDL changes; the store migrates older databases step by step. */
export const EMBEDDED_SCHEMA_VERSION = 4;
export const META_TABLE = "YtterbyMeta";

/** Evidence links are tables of their own; they have an id so re-loading finds them. */
export const LINK_TYPES = ["SUPPORTS", "CITES"] as const;
export type LinkType = (typeof LINK_TYPES)[number];
export type EmbeddedRelTable = RelationshipType | LinkType;

export function relTableColumns(type: EmbeddedRelTable): Column[] {
  return type === "SUPPORTS" || type === "CITES" ? [{ name: "id", type: "STRING" }] : relationshipColumns(type);
}

export function relTableEndpoints(type: EmbeddedRelTable): Array<[string, string]> {
  if (type === "SUPPORTS") return ENTITY_KINDS.map((kind) => ["Evidence", kind]);
  if (type === "CITES") return [["Evidence", "Document"]];
  const { from, to } = RELATIONSHIP_ENDPOINTS[type];
  return from.flatMap((f) => to.map((t): [string, string] => [f, t]));
}

// Backticks, because schema names such as `group` and `end` are Cypher keywords.
const columnSql = (columns: Column[]) => columns.map((c) => `\`${c.name}\` ${c.type}`).join(", ");

export function embeddedDdl(): string[] {
  const nodeTables = NODE_KINDS.map((kind) => {
    const [id, ...rest] = nodeColumns(kind);
    if (id?.name !== "id") throw new Error(`schema: ${kind} must declare id first`);
    return `CREATE NODE TABLE IF NOT EXISTS ${kind}(id STRING PRIMARY KEY, ${columnSql(rest)})`;
  });
  const relTables = [...RELATIONSHIP_TYPES, ...LINK_TYPES].map((type) => {
    const pairs = relTableEndpoints(type).map(([f, t]) => `FROM ${f} TO ${t}`);
    return `CREATE REL TABLE IF NOT EXISTS ${type}(${[...pairs, columnSql(relTableColumns(type))].join(", ")})`;
  });
  return [`CREATE NODE TABLE IF NOT EXISTS ${META_TABLE}(key STRING PRIMARY KEY, value STRING)`, ...nodeTables, ...relTables, reviewTableDdl()];
}

/**
 * Review statements are a node table of their own, outside the node kinds of graph/schema/nodes.ts, so they never
 * show up as entities (search, stats, investigations, the drawing). They refer to the fact, entity, document and
 * evidence by id instead of by relationships: a LadybugDB relationship cannot end on a relationship (the fact), a
 * review of an entity would need one table pair per kind, and ids read the same way on Neo4j.
 */
export function reviewTableDdl(): string {
  const [, ...rest] = REVIEW_COLUMNS;
  return `CREATE NODE TABLE IF NOT EXISTS ${REVIEW_LABEL}(id STRING PRIMARY KEY, ${columnSql(rest as unknown as Column[])})`;
}
