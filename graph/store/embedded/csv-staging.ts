import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Column } from "../../schema/index.js";

/** Joins list cells; a control character no source text uses, since LadybugDB's CSV lists do not unquote items. */
export const LIST_SEPARATOR = "\u001f";

function cell(value: unknown, column: Column): string {
  if (value === undefined || value === null) return "";
  if (column.type === "STRING[]") {
    const items = (value as unknown[]).map((v) => String(v).replaceAll(LIST_SEPARATOR, " "));
    return `"${items.join(LIST_SEPARATOR).replaceAll('"', '""')}"`;
  }
  if (column.type === "STRING") return `"${String(value).replaceAll('"', '""')}"`;
  return String(value);
}

export function toCsv(columns: Column[], rows: Array<Record<string, unknown>>): string {
  const header = columns.map((c) => c.name).join(",");
  const lines = rows.map((row) => columns.map((c) => cell(row[c.name], c)).join(","));
  return `${header}\n${lines.join("\n")}\n`;
}

/**
 * COPY from a LOAD subquery, so list columns can be split back and rows typed by their declared
 * columns (a plain COPY would read "[a, b]" literals and mangle items containing commas).
 * For relationship tables the first two columns are the endpoint ids.
 */
export function copyStatement(table: string, columns: Column[], file: string, endpoints?: [string, string]): string {
  const name = (c: Column) => `\`${c.name}\``;
  const declared = columns.map((c) => `${name(c)} ${c.type === "STRING[]" ? "STRING" : c.type}`).join(", ");
  const projected = columns
    .map((c) =>
      c.type === "STRING[]"
        ? `CASE WHEN ${name(c)} IS NULL OR ${name(c)} = '' THEN CAST([] AS STRING[]) ELSE string_split(${name(c)}, '${LIST_SEPARATOR}') END`
        : name(c),
    )
    .join(", ");
  const options = endpoints ? ` (from='${endpoints[0]}', to='${endpoints[1]}')` : "";
  const path = file.replaceAll("'", "\\'");
  // Target columns are named, so a table created by an older schema with another column order still loads right.
  const targets = (endpoints ? columns.slice(2) : columns).map(name).join(", ");
  return `COPY ${table}(${targets}) FROM (LOAD WITH HEADERS (${declared}) FROM '${path}' (header=true, parallel=false) RETURN ${projected})${options}`;
}

/** A private folder for staged files, removed after the load whatever happens. */
export async function withStagingDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "ytterby-copy-"));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function stageCsv(dir: string, name: string, columns: Column[], rows: Array<Record<string, unknown>>): Promise<string> {
  const file = join(dir, `${name}.csv`);
  await writeFile(file, toCsv(columns, rows), "utf8");
  return file;
}
