import type { DbSchema } from "@neo4j-cypher/language-support";
import {
  ENTITY_KINDS,
  EVIDENCE_RELATIONSHIPS,
  NODE_KINDS,
  RELATIONSHIP_ENDPOINTS,
  RELATIONSHIP_TYPES,
  REVIEW_COLUMNS,
  REVIEW_LABEL,
  nodeColumns,
  relationshipColumns,
} from "../graph/index.js";
import type { Investigation } from "./format/investigation-file.js";

/** Example values per parameter type, so the linter knows each parameter's type. */
const SAMPLE: Record<string, unknown> = { entity: "actor:rosatom", fact: "owns:0db96867204e57f4", integer: 1, number: 1.5, year: 2024, enum: "x", boolean: true, string: "x" };

/**
 * The database as Neo4j's Cypher linter should see it, derived from the zod schema: labels,
 * relationship types, property keys and which labels each relationship joins.
 */
export function cypherDbSchema(investigation?: Investigation): DbSchema {
  const propertyKeys = new Set<string>();
  for (const kind of NODE_KINDS) for (const column of nodeColumns(kind)) propertyKeys.add(column.name);
  for (const type of RELATIONSHIP_TYPES) for (const column of relationshipColumns(type)) propertyKeys.add(column.name);
  for (const column of REVIEW_COLUMNS) propertyKeys.add(column.name);
  const graphSchema: Array<{ from: string; to: string; relType: string }> = RELATIONSHIP_TYPES.flatMap((relType) => {
    const { from, to } = RELATIONSHIP_ENDPOINTS[relType];
    return from.flatMap((f) => to.map((t) => ({ from: f, to: t, relType })));
  });
  // Evidence nodes back entities (SUPPORTS) and cite documents (CITES), as graph/batch.ts links them.
  graphSchema.push(...ENTITY_KINDS.map((to) => ({ from: "Evidence", to, relType: "SUPPORTS" })), { from: "Evidence", to: "Document", relType: "CITES" });
  const parameters = Object.fromEntries(Object.entries(investigation?.params ?? {}).map(([name, spec]) => [name, SAMPLE[spec.type]]));
  // Every run supplies the review filter (runner.ts), so every investigation may use it undeclared.
  if (investigation) parameters.reviews = "hide-rejected";
  return {
    labels: [...NODE_KINDS, REVIEW_LABEL],
    relationshipTypes: [...RELATIONSHIP_TYPES, ...EVIDENCE_RELATIONSHIPS],
    propertyKeys: [...propertyKeys].sort(),
    parameters,
    graphSchema,
  };
}
