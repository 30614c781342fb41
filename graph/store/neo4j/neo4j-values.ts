import neo4j from "neo4j-driver";
import type { Column } from "../../schema/index.js";
import type { ResultCollector } from "../result-collector.js";

function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === "object") {
    if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isDuration(value)) return String(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

export function plainNumber(value: unknown): number {
  return Number(toPlain(value) ?? 0);
}

/** Converts one neo4j-driver value into plain JSON, registering nodes and relationships with the collector. */
export function fromNeo4j(value: unknown, collector: ResultCollector): unknown {
  if (neo4j.isNode(value)) return collector.node(value.elementId, value.labels[0] ?? "Node", toPlain(value.properties) as Record<string, unknown>);
  if (neo4j.isRelationship(value)) {
    return collector.edge(value.elementId, value.type, value.startNodeElementId, value.endNodeElementId, toPlain(value.properties) as Record<string, unknown>);
  }
  if (neo4j.isPath(value)) {
    const nodes = [value.start, ...value.segments.map((s) => s.end)].map((n) => fromNeo4j(n, collector));
    const edges = value.segments.map((s) => fromNeo4j(s.relationship, collector));
    return { nodes, edges };
  }
  if (Array.isArray(value)) return value.map((v) => fromNeo4j(v, collector));
  if (value && typeof value === "object" && !neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromNeo4j(v, collector)]));
  }
  return toPlain(value);
}

/**
 * The driver sends every JS number as a float, so a year would be stored as 2024.0 and print as "2024.0".
 * Values of the schema's INT64 columns go as Neo4j integers instead, as the embedded store types them.
 */
export function integerColumns(columns: Column[]): Set<string> {
  return new Set(columns.filter((c) => c.type === "INT64").map((c) => c.name));
}

export function toNeo4jRow(row: Record<string, unknown>, integers: ReadonlySet<string>): Record<string, unknown> {
  if (integers.size === 0) return row;
  const out: Record<string, unknown> = { ...row };
  for (const name of integers) {
    const value = out[name];
    if (typeof value === "number" && Number.isInteger(value)) out[name] = neo4j.int(value);
  }
  return out;
}
