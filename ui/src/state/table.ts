// The result table as data: cell text, sorting and CSV.
import { edgeFigure } from "./edge-label.js";
export type SortDirection = "asc" | "desc";

export interface SortState {
  column: string;
  direction: SortDirection;
}

function isRelationship(value: object): value is { type: string; properties: Record<string, unknown> } {
  return "type" in value && "source" in value && "properties" in value && typeof (value as { properties: unknown }).properties === "object";
}

function isNamed(value: object): value is { name: string } {
  return "name" in value && typeof (value as { name: unknown }).name === "string";
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(cellText).join("; ");
  if (typeof value === "object" && isNamed(value)) return value.name;
  if (typeof value === "object" && isRelationship(value)) return `${value.type} ${edgeFigure(value.properties) ?? ""}`.trim();
  return JSON.stringify(value);
}

export function sortRows<R extends Record<string, unknown>>(rows: readonly R[], sort: SortState | undefined): R[] {
  if (!sort) return [...rows];
  const factor = sort.direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.column];
    const y = b[sort.column];
    // Blanks sort last either way: they are missing data, not small values.
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
    if (y === null || y === undefined) return -1;
    if (typeof x === "number" && typeof y === "number") return (x - y) * factor;
    return cellText(x).localeCompare(cellText(y), undefined, { numeric: true }) * factor;
  });
}

export function nextSort(current: SortState | undefined, column: string): SortState {
  if (current?.column !== column) return { column, direction: "asc" };
  return { column, direction: current.direction === "asc" ? "desc" : "asc" };
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(cellText(row[c]))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function cellNodeId(value: unknown, drawn: ReadonlySet<string>): string | undefined {
  const id = typeof value === "string" ? value : typeof value === "object" && value !== null && "id" in value ? String((value as { id: unknown }).id) : undefined;
  return id !== undefined && drawn.has(id) ? id : undefined;
}

/**
 * The drawn node a row is about, for focusing it. A column that names the same node in every row (the
 * entity a neighbourhood is of) says nothing about the row, so a node that varies between rows wins.
 */
export function rowNode(row: Record<string, unknown>, rows: readonly Record<string, unknown>[], drawn: ReadonlySet<string>): string | undefined {
  const candidates = Object.entries(row).flatMap(([column, value]) => {
    const id = cellNodeId(value, drawn);
    return id === undefined ? [] : [{ column, id }];
  });
  const varies = candidates.find(({ column, id }) => rows.some((other) => cellNodeId(other[column], drawn) !== id));
  return (varies ?? candidates[0])?.id;
}
