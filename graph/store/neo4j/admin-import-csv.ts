import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import { InputError } from "../../errors.js";
import { NODE_KINDS, RELATIONSHIP_TYPES, nodeColumns, relationshipColumns, type Column, type ColumnType } from "../../schema/index.js";
import type { GraphStore } from "../graph-store.js";

/**
 * The graph as CSV files in the header format of `neo4j-admin database import full`, for loads too big for
 * transactions: load into the embedded store (COPY FROM), write these, and let the launcher's `import` mode
 * (tools/neo4j) build a Neo4j database from them offline. One nodes-<Kind>.csv per kind and one
 * relationships-<TYPE>.csv per type; node ids share one ID space, as they are unique across kinds.
 * neo4j-admin cannot write an empty list, so a property holding [] is absent after the import.
 */

/** Joins list values; a control character no text of ours holds. tools/neo4j passes the same to --array-delimiter. */
export const ADMIN_IMPORT_ARRAY_DELIMITER = "\u001F";

const HEADER_TYPE: Record<ColumnType, string> = { STRING: "", DOUBLE: ":double", INT64: ":long", BOOLEAN: ":boolean", "STRING[]": ":string[]" };

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
const property = (name: string) => `n.\`${name}\``;

function field(value: unknown, column: Column, where: string): string {
  if (value === null || value === undefined) return "";
  if (column.type === "STRING[]") {
    const items = (value as unknown[]).map(String);
    if (items.length === 0) return "";
    const bad = items.find((item) => item.includes(ADMIN_IMPORT_ARRAY_DELIMITER));
    if (bad !== undefined) throw new InputError(`${where}: ${column.name} holds the list delimiter U+001F ("${bad.slice(0, 40)}"). Remove it from the source.`);
    return quoted(items.join(ADMIN_IMPORT_ARRAY_DELIMITER));
  }
  return column.type === "STRING" ? quoted(String(value)) : String(value);
}

async function writeCsv(path: string, header: string[], rows: string[][]): Promise<void> {
  const out = createWriteStream(path, { encoding: "utf8" });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  await write(header.join(","));
  for (const row of rows) await write(row.join(","));
  out.end();
  await once(out, "finish");
}

export interface AdminImportCsvSummary {
  files: string[];
  nodes: number;
  relationships: number;
}

/** Writes every node, relationship and evidence link of `store` into `dir` (created if missing). */
export async function writeAdminImportCsv(store: GraphStore, dir: string): Promise<AdminImportCsvSummary> {
  await mkdir(dir, { recursive: true });
  const summary: AdminImportCsvSummary = { files: [], nodes: 0, relationships: 0 };
  const all = { rowLimit: Number.MAX_SAFE_INTEGER, timeoutMs: 3_600_000 };
  for (const kind of NODE_KINDS) {
    const columns = nodeColumns(kind).filter((c) => c.name !== "id");
    const result = await store.read(`MATCH (n:${kind}) RETURN n.id AS id, ${columns.map((c) => `${property(c.name)} AS \`${c.name}\``).join(", ")} ORDER BY id`, {}, all);
    const path = join(dir, `nodes-${kind}.csv`);
    const header = ["id:ID", ":LABEL", ...columns.map((c) => `${c.name}${HEADER_TYPE[c.type]}`)];
    await writeCsv(path, header, result.rows.map((row) => [quoted(String(row.id)), kind, ...columns.map((c) => field(row[c.name], c, String(row.id)))]));
    summary.files.push(path);
    summary.nodes += result.rows.length;
  }
  const relationshipFiles = [
    ...RELATIONSHIP_TYPES.map((type) => ({ type, columns: relationshipColumns(type) })),
    // Evidence links carry no properties on Neo4j (the store MERGEs them bare), so none are written.
    ...(["SUPPORTS", "CITES"] as const).map((type) => ({ type, columns: [] as Column[] })),
  ];
  for (const { type, columns } of relationshipFiles) {
    const returned = columns.map((c) => `r.\`${c.name}\` AS \`${c.name}\``);
    const result = await store.read(`MATCH (a)-[r:${type}]->(b) RETURN a.id AS src, b.id AS dst${returned.map((r) => `, ${r}`).join("")} ORDER BY src, dst`, {}, all);
    const path = join(dir, `relationships-${type}.csv`);
    const header = [":START_ID", ":END_ID", ":TYPE", ...columns.map((c) => `${c.name}${HEADER_TYPE[c.type]}`)];
    await writeCsv(path, header, result.rows.map((row) => [quoted(String(row.src)), quoted(String(row.dst)), type, ...columns.map((c) => field(row[c.name], c, `${type} ${String(row.src)}→${String(row.dst)}`))]));
    summary.files.push(path);
    summary.relationships += result.rows.length;
  }
  return summary;
}
