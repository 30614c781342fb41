import type { ResolvedEntity } from "./contract.js";

type Row = Record<string, unknown>;

const text = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(text).join(" → ");
  if (typeof value === "number") return Number.isInteger(value) ? value.toLocaleString("en") : String(Math.round(value * 100) / 100);
  return typeof value === "object" ? JSON.stringify(value) : String(value);
};

/** Fills {{param}} (entity parameters give their names), {{rowCount}} and {{first.column}}. */
export function renderSummary(template: string, context: { params: Record<string, unknown>; entities: Record<string, ResolvedEntity>; rows: Row[] }): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g, (_, key: string) => {
    if (key === "rowCount") return String(context.rows.length);
    if (key.startsWith("first.")) return text(context.rows[0]?.[key.slice(6)]);
    const entity = context.entities[key];
    if (entity) return entity.name;
    return text(context.params[key]);
  });
}
