import { z } from "zod";

/** Cell types a header may declare after a colon, as Neo4j's admin import does ("share:float"). */
export const CELL_TYPES = ["string", "int", "float", "boolean", "string[]"] as const;
export type CellType = (typeof CELL_TYPES)[number];

export interface BulkColumn {
  name: string;
  type: CellType;
}

export const NODE_KEY_COLUMNS = ["kind", "id", "name"] as const;
export const RELATIONSHIP_KEY_COLUMNS = ["type", "from", "to"] as const;
/** Columns that become the row's evidence rather than properties. */
export const EVIDENCE_COLUMNS = ["source_url", "source_date", "note"] as const;
/** Items of a string[] cell. */
export const LIST_SEPARATOR = ";";

export type BulkFileKind = "nodes" | "relationships";

const columnSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a column name is letters, digits and _"),
  type: z.enum(CELL_TYPES, { message: `a column type is one of ${CELL_TYPES.join(", ")}` }),
});

export function parseHeaderCell(cell: string): z.ZodSafeParseResult<BulkColumn> {
  const [name = "", type = "string"] = cell.trim().split(":");
  return columnSchema.safeParse({ name, type: type.toLowerCase() });
}

/** Which kind of bulk file a header line announces, from its first three columns; undefined if none. */
export function bulkFileKind(headerLine: string): BulkFileKind | undefined {
  const names = headerLine.split(",").slice(0, 3).map((c) => c.trim().split(":")[0]?.toLowerCase());
  if (NODE_KEY_COLUMNS.every((c, i) => names[i] === c)) return "nodes";
  if (RELATIONSHIP_KEY_COLUMNS.every((c, i) => names[i] === c)) return "relationships";
  return undefined;
}
