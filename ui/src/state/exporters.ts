// Result exports: GraphML and JSON written here; GEXF via graphology-gexf (see ../canvas/export-files.ts).
// Properties are flattened to scalars because both Gephi formats type attributes as scalars.
import type { Subgraph } from "../../../graph/schema/index.js";
import type { InvestigationResult } from "../../../queries/contract.js";

export const EXPORT_FORMAT_VERSION = 1;

export function flattenProperties(properties: Record<string, unknown>): Record<string, string | number | boolean> {
  const flat: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") flat[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) flat[key] = value.join("|");
    else flat[key] = JSON.stringify(value);
  }
  return flat;
}

const xml = (text: string): string =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

type AttrType = "string" | "double" | "boolean";
const attrType = (v: string | number | boolean): AttrType => (typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string");

export function toGraphML(subgraph: Subgraph): string {
  const nodeKeys = new Map<string, AttrType>([["label", "string"], ["kind", "string"]]);
  const edgeKeys = new Map<string, AttrType>([["type", "string"]]);
  const nodes = subgraph.nodes.map((n) => ({ id: n.id, data: { label: n.name, kind: n.kind, ...flattenProperties(n.properties) } }));
  const edges = subgraph.edges.map((e) => ({ ...e, data: { type: e.type, ...flattenProperties(e.properties) } }));
  // A key seen with two types falls back to string, which every reader accepts.
  const note = (keys: Map<string, AttrType>, data: Record<string, string | number | boolean>): void => {
    for (const [k, v] of Object.entries(data)) {
      const seen = keys.get(k);
      keys.set(k, seen === undefined || seen === attrType(v) ? attrType(v) : "string");
    }
  };
  nodes.forEach((n) => note(nodeKeys, n.data));
  edges.forEach((e) => note(edgeKeys, e.data));
  const keyId = (scope: "n" | "e", name: string): string => `${scope}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...nodeKeys].map(([k, t]) => `  <key id="${keyId("n", k)}" for="node" attr.name="${xml(k)}" attr.type="${t}"/>`),
    ...[...edgeKeys].map(([k, t]) => `  <key id="${keyId("e", k)}" for="edge" attr.name="${xml(k)}" attr.type="${t}"/>`),
    '  <graph edgedefault="directed">',
  ];
  for (const n of nodes) {
    lines.push(`    <node id="${xml(n.id)}">`);
    for (const [k, v] of Object.entries(n.data)) lines.push(`      <data key="${keyId("n", k)}">${xml(String(v))}</data>`);
    lines.push("    </node>");
  }
  for (const e of edges) {
    lines.push(`    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    for (const [k, v] of Object.entries(e.data)) lines.push(`      <data key="${keyId("e", k)}">${xml(String(v))}</data>`);
    lines.push("    </edge>");
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

export interface ResultExport {
  format: "ytterby-result";
  version: typeof EXPORT_FORMAT_VERSION;
  investigation?: string;
  params?: Record<string, unknown>;
  query?: string;
  summary?: string;
  columns: string[];
  rows: Record<string, unknown>[];
  graph: Subgraph;
}

export function toResultJson(result: Pick<InvestigationResult, "columns" | "rows" | "graph"> & Partial<Pick<InvestigationResult, "investigation" | "params" | "summary">>, query?: string): string {
  const payload: ResultExport = {
    format: "ytterby-result",
    version: EXPORT_FORMAT_VERSION,
    ...(result.investigation ? { investigation: result.investigation, params: result.params ?? {}, summary: result.summary ?? "" } : {}),
    ...(query ? { query } : {}),
    columns: result.columns,
    rows: result.rows,
    graph: result.graph,
  };
  return `${JSON.stringify(payload, null, 2)}\n`;
}
