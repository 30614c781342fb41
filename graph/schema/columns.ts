import type { z } from "zod";
import { NODE_SCHEMAS, type NodeKind } from "./nodes.js";
import { RELATIONSHIP_SCHEMAS, type RelationshipType } from "./relationships.js";

export type ColumnType = "STRING" | "DOUBLE" | "INT64" | "BOOLEAN" | "STRING[]";
export interface Column {
  name: string;
  type: ColumnType;
}

type ZodDef = { type: string; innerType?: z.ZodType; element?: z.ZodType; checks?: Array<{ _zod: { def: { check: string; format?: string } } }> };

function defOf(schema: z.ZodType): ZodDef {
  return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

/** Maps a zod property schema to a database column type, so the DDL is derived, never restated. */
export function columnTypeOf(schema: z.ZodType): ColumnType {
  let def = defOf(schema);
  while (def.innerType && ["optional", "nullable", "default", "prefault", "readonly"].includes(def.type)) {
    def = defOf(def.innerType);
  }
  switch (def.type) {
    case "string":
    case "enum":
    case "literal":
      return "STRING";
    case "boolean":
      return "BOOLEAN";
    case "number": {
      const isInt = (def.checks ?? []).some((c) => c._zod.def.format === "safeint" || c._zod.def.check === "number_format");
      return isInt ? "INT64" : "DOUBLE";
    }
    case "array":
      return "STRING[]";
    default:
      throw new Error(`schema: property type "${def.type}" has no column mapping. Add one in graph/schema/columns.ts.`);
  }
}

function columnsOf(shape: Record<string, z.ZodType>): Column[] {
  return Object.entries(shape).map(([name, schema]) => ({ name, type: columnTypeOf(schema) }));
}

export function nodeColumns(kind: NodeKind): Column[] {
  return columnsOf(NODE_SCHEMAS[kind].shape as Record<string, z.ZodType>);
}

/**
 * Every relationship carries `id`: the claim's stable key, since relationships have no primary key of their own.
 * `review` is the fact's latest review state (graph/schema/review.ts), kept on the relationship so Cypher filters
 * rejected facts cheaply; it is not in the relationship schemas, so no loader can set it, and both stores' upserts
 * keep a stored value, so reloading a document never undoes a review.
 */
export function relationshipColumns(type: RelationshipType): Column[] {
  return [{ name: "id", type: "STRING" }, ...columnsOf(RELATIONSHIP_SCHEMAS[type].shape as Record<string, z.ZodType>), { name: "review", type: "STRING" }];
}

export const EVIDENCE_LINK_COLUMNS: Column[] = [{ name: "id", type: "STRING" }];
