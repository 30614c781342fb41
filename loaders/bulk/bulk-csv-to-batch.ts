import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { z } from "zod";
import {
  ID_PREFIX,
  NODE_SCHEMAS,
  RELATIONSHIP_SCHEMAS,
  RELATIONSHIP_TYPES,
  type EvidenceInput,
  type GraphBatchInput,
  type InputIssue,
  type NodeInput,
  type RelationshipInput,
  type RelationshipType,
} from "../../graph/index.js";
import { CellError, readCell, type CellValue } from "./bulk-cells.js";
import { EVIDENCE_COLUMNS, NODE_KEY_COLUMNS, RELATIONSHIP_KEY_COLUMNS, bulkFileKind, parseHeaderCell, type BulkColumn, type BulkFileKind } from "./bulk-header.js";

export const BULK_LOADER = "bulk";
/** Kinds a bulk file may define; documents and evidence come from their own loaders. */
const BULK_NODE_KINDS = ["Actor", "Asset", "Element", "Country", "Region", "Policy"] as const;

const nodeKeySchema = z.object({
  kind: z.enum(BULK_NODE_KINDS, { message: `kind must be one of ${BULK_NODE_KINDS.join(", ")}` }),
  id: z.string().min(1, "id is empty"),
  name: z.string().min(1, "name is empty"),
});
const relationshipKeySchema = z.object({
  type: z.enum(RELATIONSHIP_TYPES as [RelationshipType, ...RelationshipType[]], { message: "type must be a relationship type such as OWNS or PRODUCES (see graph/schema)" }),
  from: z.string().min(1, "from is empty"),
  to: z.string().min(1, "to is empty"),
});
const evidenceSchema = z.object({
  source_url: z.string().url("source_url is not a URL").optional(),
  source_date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "source_date must be YYYY, YYYY-MM or YYYY-MM-DD").optional(),
  note: z.string().optional(),
});

interface Output {
  batch: GraphBatchInput;
  issues: InputIssue[];
}

/**
 * A bulk CSV file (loaders/bulk/README.md) → nodes or relationships. Rows are read as a stream; each row is
 * checked against the graph schema here so a bad one is reported with its line and column and skipped.
 */
export async function bulkCsvToBatch(path: string, bytes: Buffer): Promise<Output> {
  const nodes: NodeInput[] = [];
  const relationships: RelationshipInput[] = [];
  const issues: InputIssue[] = [];
  for await (const chunk of bulkCsvChunks(path, bytes, Number.POSITIVE_INFINITY)) {
    for (const node of chunk.batch.nodes ?? []) nodes.push(node);
    for (const relationship of chunk.batch.relationships ?? []) relationships.push(relationship);
    for (const issue of chunk.issues) issues.push(issue);
  }
  return { batch: { source: path, nodes, relationships }, issues };
}

/**
 * Rows per chunk of a relationship file, whatever `chunkRows` says. Its chunks go straight to the load's spool, and
 * resolution renames their ends by a map that spans the file, so their size changes nothing but how long each
 * record lives: 50,000 at a time outlived young-generation collections and were copied and promoted.
 */
const RELATIONSHIP_CHUNK_ROWS = 5_000;

/** The same, in chunks of `chunkRows` rows, so a load holds one chunk of a large file at a time. */
export async function* bulkCsvChunks(path: string, bytes: Buffer, chunkRows: number): AsyncGenerator<Output> {
  let issues: InputIssue[] = [];
  let nodes: NodeInput[] = [];
  let relationships: RelationshipInput[] = [];
  const take = (): Output => {
    const chunk = { batch: { source: path, nodes, relationships }, issues };
    nodes = [];
    relationships = [];
    issues = [];
    return chunk;
  };
  let columns: BulkColumn[] | undefined;
  let kind: BulkFileKind | undefined;
  // Records are read without csv-parse's per-record info objects (about half its parse time); an issue is given
  // its record's line afterwards, from a second reading of the file that only a file with issues needs.
  const parser = Readable.from([bytes]).pipe(parse(CSV_OPTIONS));
  let lines: number[] | undefined;
  let position = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const reported = issues.length;
      if (!columns) {
        const header = readHeader(AT_RECORD, record, issues);
        if (issues.length > reported) placeIssues(issues, reported, `${path} line ${(lines ??= recordLines(bytes))[position]}`);
        position++;
        if (!header) break;
        ({ columns, kind } = header);
        continue;
      }
      const item = readRecord(record, columns, kind, issues);
      if (issues.length > reported) placeIssues(issues, reported, `${path} line ${(lines ??= recordLines(bytes))[position]}`);
      position++;
      if (item && kind === "nodes") nodes.push(item as NodeInput);
      else if (item) relationships.push(item as RelationshipInput);
      if (nodes.length >= chunkRows || relationships.length >= Math.min(chunkRows, RELATIONSHIP_CHUNK_ROWS)) yield take();
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    issues.push({ where: line ? `${path} line ${line}` : path, message: `not valid CSV: ${(error as Error).message}` });
  }
  yield take();
}

const CSV_OPTIONS = { bom: true, skip_empty_lines: true, relax_column_count: true } as const;
/** Where an issue of the record being read stands until its line is known. */
const AT_RECORD = "\u0000record";

function placeIssues(issues: InputIssue[], from: number, where: string): void {
  for (let i = from; i < issues.length; i++) if (issues[i]!.where === AT_RECORD) issues[i]!.where = where;
}

/** The line each record ends on, as csv-parse counts it (quoted line breaks and skipped empty lines included). */
function recordLines(bytes: Buffer): number[] {
  const lines: number[] = [];
  try {
    const onRecord = (_record: string[], context: { lines: number }) => {
      lines.push(context.lines);
      return null;
    };
    parseSync(bytes, { ...CSV_OPTIONS, on_record: onRecord });
  } catch {
    // Records before a CSV error keep their lines; the error is reported by the streaming read with its own.
  }
  return lines;
}

function readRecord(record: string[], columns: BulkColumn[], kind: BulkFileKind | undefined, issues: InputIssue[]): NodeInput | RelationshipInput | undefined {
  if (record.length !== columns.length) {
    issues.push({ where: AT_RECORD, message: `has ${record.length} cells but the header names ${columns.length}. Quote cells that contain commas.` });
    return undefined;
  }
  const row = readRow(AT_RECORD, record, columns, kind === "nodes" ? NODE_KEY_COLUMNS : RELATIONSHIP_KEY_COLUMNS, issues);
  if (!row) return undefined;
  return kind === "nodes" ? toNode(AT_RECORD, row, issues) : toRelationship(AT_RECORD, row, issues);
}

function readHeader(at: string, record: string[], issues: InputIssue[]): { columns: BulkColumn[]; kind: BulkFileKind } | undefined {
  const kind = bulkFileKind(record.join(","));
  if (!kind) {
    issues.push({ where: at, message: `the header must start with ${NODE_KEY_COLUMNS.join(",")} (nodes) or ${RELATIONSHIP_KEY_COLUMNS.join(",")} (relationships). See loaders/bulk/README.md.` });
    return undefined;
  }
  const columns: BulkColumn[] = [];
  for (const cell of record) {
    const parsed = parseHeaderCell(cell);
    if (!parsed.success) {
      issues.push({ where: at, field: cell, message: `${parsed.error.issues[0]?.message ?? "bad column"}. Write name or name:type (${"string, int, float, boolean, string[]"}).` });
      return undefined;
    }
    columns.push(parsed.data);
  }
  const names = columns.map((c) => c.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) {
    issues.push({ where: at, field: repeated, message: `column "${repeated}" appears twice. Name each column once.` });
    return undefined;
  }
  return { columns, kind };
}

/** A record's cells by role: its key columns, its evidence, its properties. */
interface SplitRow {
  key: Record<string, CellValue>;
  source: Record<string, CellValue>;
  properties: Record<string, unknown>;
}

const EVIDENCE_COLUMN_NAMES: ReadonlySet<string> = new Set(EVIDENCE_COLUMNS);

/**
 * Reads and splits a record in one pass over its cells: a row object, its entries and a wrapper per cell were
 * garbage at once, a record at a time.
 */
function readRow(at: string, record: string[], columns: BulkColumn[], keys: readonly string[], issues: InputIssue[]): SplitRow | undefined {
  const key: Record<string, CellValue> = {};
  const source: Record<string, CellValue> = {};
  const properties: Record<string, unknown> = {};
  let ok = true;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const text = (record[i] ?? "").trim();
    if (text === "") continue;
    const value = readCell(text, column);
    if (value instanceof CellError) {
      issues.push({ where: at, field: column.name, message: value.message });
      ok = false;
    } else if (keys.includes(column.name)) key[column.name] = value;
    else if (EVIDENCE_COLUMN_NAMES.has(column.name)) source[column.name] = value;
    else properties[column.name] = value;
  }
  return ok ? { key, source, properties } : undefined;
}

function report(at: string, error: z.ZodError, issues: InputIssue[]): void {
  for (const issue of error.issues) issues.push({ where: at, field: issue.path.join("."), message: issue.message });
}

function evidenceOf(at: string, source: Record<string, CellValue>, issues: InputIssue[]): EvidenceInput[] | undefined {
  const parsed = evidenceSchema.safeParse(source);
  if (!parsed.success) {
    report(at, parsed.error, issues);
    return undefined;
  }
  const { source_url: sourceUrl, source_date: sourceDate, note } = parsed.data;
  return sourceUrl ? [{ sourceUrl, sourceDate, note, loader: BULK_LOADER, confidence: 1 }] : [];
}

function toNode(at: string, { key, source, properties }: SplitRow, issues: InputIssue[]): NodeInput | undefined {
  const keys = nodeKeySchema.safeParse(key);
  if (!keys.success) return void report(at, keys.error, issues);
  const { kind, id, name } = keys.data;
  if (!id.startsWith(`${ID_PREFIX[kind]}:`)) {
    issues.push({ where: at, field: "id", message: `"${id}" is not an id of a ${kind}. Start it with "${ID_PREFIX[kind]}:".` });
    return undefined;
  }
  const checked = NODE_SCHEMAS[kind].safeParse({ ...properties, id, name });
  if (!checked.success) return void report(at, checked.error, issues);
  const evidence = evidenceOf(at, source, issues);
  if (!evidence) return undefined;
  return { ...properties, id, name, evidence };
}

function toRelationship(at: string, { key, source, properties }: SplitRow, issues: InputIssue[]): RelationshipInput | undefined {
  const keys = relationshipKeySchema.safeParse(key);
  if (!keys.success) return void report(at, keys.error, issues);
  const checked = RELATIONSHIP_SCHEMAS[keys.data.type].safeParse(properties);
  if (!checked.success) return void report(at, checked.error, issues);
  const evidence = evidenceOf(at, source, issues);
  if (!evidence) return undefined;
  return { ...keys.data, properties, evidence };
}
