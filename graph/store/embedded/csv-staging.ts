import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Column } from "../../schema/index.js";

/** Joins list cells; a control character, since LadybugDB's CSV lists do not unquote items. */
export const LIST_SEPARATOR = "\u001f";
/**
 * Items are escaped so that any text survives, the separator included: U+001E becomes U+001E 0 and the separator
 * U+001E 1, and the COPY statement undoes both (in the opposite order). Replacing the separator by a space made
 * reloads of such an item see a changed value.
 */
const ESCAPE = "\u001e";

export function escapeListItem(item: string): string {
  return item.replaceAll(ESCAPE, `${ESCAPE}0`).replaceAll(LIST_SEPARATOR, `${ESCAPE}1`);
}

/**
 * Text that must be quoted: the empty string (unquoted it would read as NULL), quotes, separators, line breaks
 * and edge spaces. Everything else goes bare: LadybugDB 0.19 reads quoted fields about 4× slower (318k evidence
 * rows: 7.3 CPU s quoted, 1.8 bare).
 */
const NEEDS_QUOTES = /^$|[",\r\n\\]|^\s|\s$/;

function text(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function cell(value: unknown, column: Column): string {
  if (value === undefined || value === null) return "";
  if (column.type === "STRING[]") {
    // Most list cells (aliases, evidence's) are empty: no mapped copy for them.
    const list = value as unknown[];
    if (list.length === 0) return "";
    return text(list.map((v) => escapeListItem(String(v))).join(LIST_SEPARATOR));
  }
  if (column.type === "STRING") return text(typeof value === "string" ? value : String(value));
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
export function copyStatement(table: string, columns: Column[], file: string | StagedCsv, endpoints?: [string, string]): string {
  const staged = typeof file === "string" ? { path: file, lineBreaks: true } : file;
  const name = (c: Column) => `\`${c.name}\``;
  const declared = columns.map((c) => `${name(c)} ${c.type === "STRING[]" ? "STRING" : c.type}`).join(", ");
  const projected = columns
    .map((c) =>
      c.type === "STRING[]"
        ? `CASE WHEN ${name(c)} IS NULL OR ${name(c)} = '' THEN CAST([] AS STRING[]) ELSE list_transform(string_split(${name(c)}, '${LIST_SEPARATOR}'), x -> replace(replace(x, '${ESCAPE}1', '${LIST_SEPARATOR}'), '${ESCAPE}0', '${ESCAPE}')) END`
        : name(c),
    )
    .join(", ");
  const options = endpoints ? ` (from='${endpoints[0]}', to='${endpoints[1]}')` : "";
  const path = staged.path.replaceAll("'", "\\'");
  // Parallel reading splits the file at arbitrary offsets, which a quoted line break would straddle.
  const parallel = staged.lineBreaks ? "false" : "true";
  // Target columns are named, so a table created by an older schema with another column order still loads right.
  const targets = (endpoints ? columns.slice(2) : columns).map(name).join(", ");
  return `COPY ${table}(${targets}) FROM (LOAD WITH HEADERS (${declared}) FROM '${path}' (header=true, parallel=${parallel}) RETURN ${projected})${options}`;
}

const STAGING_PREFIX = "ytterby-copy-";
/** Folders named before the owner's pid was part of the name: stale once nothing could still be writing them. */
const UNNAMED_STALE_MS = 60 * 60 * 1000;
let staleRemoved: Promise<void> | undefined;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A load killed with SIGKILL leaves its staging folder behind (up to 59 MB measured), so the first write of a
 * process removes the ones whose process is gone.
 */
export async function removeStaleStagingDirs(root = tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(root).catch(() => [] as string[])) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const path = join(root, name);
    const pid = /^ytterby-copy-(\d+)-/.exec(name)?.[1];
    const modified = pid ? 0 : ((await stat(path).catch(() => undefined))?.mtimeMs ?? 0);
    const stale = pid ? Number(pid) !== process.pid && !alive(Number(pid)) : Date.now() - modified > UNNAMED_STALE_MS;
    if (!stale) continue;
    await rm(path, { recursive: true, force: true }).catch(() => undefined);
    removed.push(path);
  }
  return removed;
}

/** A private folder for staged files, named after this process so a later one can tell when it is stale. */
export async function makeStagingDir(): Promise<string> {
  staleRemoved ??= removeStaleStagingDirs().then(() => undefined);
  await staleRemoved;
  return mkdtemp(join(tmpdir(), `${STAGING_PREFIX}${process.pid}-`));
}

/** A private folder for staged files, removed after the load whatever happens. */
export async function withStagingDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await makeStagingDir();
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Rows per write: one string for a whole million-row table would pass V8's string limit (~512 MB). */
const STAGE_CHUNK_ROWS = 20_000;

/** A staged file, and whether any cell holds a line break (which rules out reading it in parallel). */
export interface StagedCsv {
  path: string;
  lineBreaks: boolean;
}

const LINE_BREAK = /[\r\n]/;

export async function stageCsv(dir: string, name: string, columns: Column[], rows: Array<Record<string, unknown>>): Promise<StagedCsv> {
  const file = join(dir, `${name}.csv`);
  const stream = createWriteStream(file, { encoding: "utf8" });
  const finished = once(stream, "finish");
  const failed = once(stream, "error").then(([error]) => Promise.reject(error as Error));
  const write = async (text: string) => {
    if (!stream.write(text)) await Promise.race([once(stream, "drain"), failed]);
  };
  await write(`${columns.map((c) => c.name).join(",")}\n`);
  let lineBreaks = false;
  for (let start = 0; start < rows.length; start += STAGE_CHUNK_ROWS) {
    const lines = rows.slice(start, start + STAGE_CHUNK_ROWS).map((row) => columns.map((c) => cell(row[c.name], c)).join(","));
    lineBreaks ||= lines.some((line) => LINE_BREAK.test(line));
    await write(`${lines.join("\n")}\n`);
  }
  stream.end();
  await Promise.race([finished, failed]);
  return { path: file, lineBreaks };
}
