import { percentText, type PostProcessor, type Row } from "./types.js";
import { countNoun } from "./count-noun.js";

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** LadybugDB repeats the joining node where a zero-length segment meets the next one; drop the repeats. */
export function withoutRepeats<T>(ids: string[], values: T[]): T[] {
  return values.filter((_, i) => i === 0 || ids[i] !== ids[i - 1]);
}

interface ImportEdge {
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

/**
 * The share of the first import on a route, from the import records drawn for it: USGS gives shares per
 * product ("Germanium metal", "Germanium dioxide") and a "Combined total"; the total speaks for the route,
 * and without one the largest product share does.
 */
export function importShare(edges: readonly ImportEdge[], from: string, to: string, element: string): number | undefined {
  const records = edges.filter((e) => e.type === "IMPORTS_FROM" && e.source === from && e.target === to && (e.properties["element"] === undefined || e.properties["element"] === null || e.properties["element"] === element));
  const shares = (list: readonly ImportEdge[]) => list.flatMap((e) => (typeof e.properties["share"] === "number" ? [e.properties["share"]] : []));
  const total = shares(records.filter((e) => /total/i.test(String(e.properties["product"] ?? ""))));
  const all = total.length > 0 ? total : shares(records);
  return all.length > 0 ? Math.max(...all) : undefined;
}

/** Ids of every node and relationship in a row's path values (paths, producerPaths, policyPaths). */
function drawnIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) drawnIds(v, into);
  } else if (value !== null && typeof value === "object") {
    const { nodes, edges } = value as { nodes?: unknown; edges?: unknown };
    for (const item of [...(Array.isArray(nodes) ? nodes : []), ...(Array.isArray(edges) ? edges : [])]) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === "string") into.add(id);
    }
  }
}

/** A route row as text, with its import share read from the drawn import records. */
function describeRoute(row: Row, edges: readonly ImportEdge[]) {
  const ids = list(row.ids);
  const names = withoutRepeats(ids, list(row.names));
  const steps = withoutRepeats(ids, ids);
  const imported = steps.slice(1, -1).some((id) => id.startsWith("country:") && id !== ids[0]);
  const share = imported && steps[0] !== undefined && steps[1] !== undefined ? importShare(edges, steps[0], steps[1], steps.at(-1) ?? "") : undefined;
  return {
    out: {
      route: names.join(" → "),
      hops: row.hops,
      // Read by people: the names of the countries and assets between; their ids stay beside them for code.
      via: names.slice(1, -1).join(", "),
      viaIds: steps.slice(1, -1),
      imported,
      importShare: share ?? null,
      // collect() leaves names in whatever order the engine met them; both stores must print the same list.
      policies: list(row.policies).sort(),
      // Names once each, as before the controllers came as [id, name] pairs (two actors may share a name).
      controllers: [...new Set(list(row.controllerNames))].sort(),
    },
    row,
    exporter: names[1] ?? "",
  };
}

/**
 * The k routes shown, in order: shortest first; among equally short routes the larger import share first. The
 * Cypher returns every route (LadybugDB cannot order by a list, so a LIMIT there would cut ties arbitrarily).
 * Only ids, names, hops and the import records decide it, so a staged read can tell which routes are shown
 * before it reads their producers and controllers (queries/staged/dependency-routes.ts).
 */
export function shownRoutes(rows: readonly Row[], edges: readonly ImportEdge[], k: unknown) {
  const all = rows.map((row) => describeRoute(row, edges));
  all.sort((a, b) => Number(a.out.hops) - Number(b.out.hops) || (b.out.importShare ?? -1) - (a.out.importShare ?? -1) || a.out.route.localeCompare(b.out.route));
  const count = typeof k === "number" ? k : Number(k ?? all.length);
  return all.slice(0, Number.isFinite(count) ? count : all.length);
}

/** Investigation 4: each route as readable text with its import share and the policies that sit on it. */
export const dependencyRoutes: PostProcessor = ({ rows, entities, graph, params }) => {
  const kept = shownRoutes(rows, graph.edges, params["k"]);
  const drawn = new Set<string>();
  for (const { row } of kept) for (const value of Object.values(row)) drawnIds(value, drawn);
  const out = kept.map((r) => r.out);
  const shares = kept.flatMap((r) => (r.out.importShare === null ? [] : [`${r.exporter} ${percentText(r.out.importShare)}`]));
  const country = entities.country?.name ?? "the country";
  const element = entities.element?.name ?? "the element";
  const [first] = out;
  const restricted = out.filter((r) => r.policies.length > 0).length;
  return {
    columns: ["route", "hops", "via", "viaIds", "imported", "importShare", "policies", "controllers"],
    rows: out,
    summary: first
      ? `${countNoun(out.length, "route")} by which ${country} gets ${element}; the shortest: ${first.route}.${shares.length > 0 ? ` Import shares: ${shares.join(", ")}.` : ""} ${restricted === 0 ? "None" : restricted} of them ${restricted === 1 ? "crosses" : "cross"} a restricting policy.`
      : `No route from ${country} to ${element} is recorded (no production, imports or producing assets).`,
    graph: { nodes: graph.nodes.filter((n) => drawn.has(n.id)), edges: graph.edges.filter((e) => drawn.has(e.id)) },
  };
};
