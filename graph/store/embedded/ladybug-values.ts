import type { ResultCollector } from "../result-collector.js";

interface InternalId {
  offset: number | bigint;
  table: number | bigint;
}

const internalKey = (id: InternalId) => `${id.table}:${id.offset}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Map);
}

function propertiesOf(value: Record<string, unknown>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!key.startsWith("_")) properties[key] = toPlain(v);
  return properties;
}

function toPlain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toPlain(v)]));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

/** Converts one LadybugDB value into plain JSON, registering nodes and relationships with the collector. */
export function fromLadybug(value: unknown, collector: ResultCollector): unknown {
  if (Array.isArray(value)) return value.map((v) => fromLadybug(v, collector));
  if (!isRecord(value)) return toPlain(value);
  if (Array.isArray(value._nodes) && Array.isArray(value._rels)) {
    return { nodes: value._nodes.map((n) => fromLadybug(n, collector)), edges: value._rels.map((r) => fromLadybug(r, collector)) };
  }
  const id = value._id as InternalId | undefined;
  if (id && typeof value._label === "string" && value._src && value._dst) {
    return collector.edge(internalKey(id), value._label, internalKey(value._src as InternalId), internalKey(value._dst as InternalId), propertiesOf(value));
  }
  if (id && typeof value._label === "string") {
    return collector.node(internalKey(id), value._label, propertiesOf(value));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromLadybug(v, collector)]));
}
