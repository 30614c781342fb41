import { relationshipColumns, type GraphStore, type QueryResult, type ReadOptions } from "../../graph/index.js";
import type { ReviewFilter } from "../review-contract.js";
import { shownRoutes } from "../postprocess/dependency-routes.js";
import { graphOfRows, type StagedRead } from "./staged-read.js";

/**
 * The routes of dependency-paths and chokepoints on LadybugDB as four small statements anchored on what the
 * previous one found, joined here, instead of one statement: LadybugDB 0.19 plans the single statement's
 * producer walk (src)<-[:LOCATED_IN*0..1]-(producer)-[:PRODUCES]->(e) and the controllers as hash joins
 * over the whole LOCATED_IN, PRODUCES and OWNS tables and every Actor, Asset and Country (6.9 s at 1M
 * nodes for 1,656 routes), however the pattern is written. Anchored on the few source countries the import
 * walk reached, each statement extends adjacency lists from them. The rows are the ones the single
 * statement (the investigation's `ladybug.text`) returns, so the same post-processing runs on them;
 * tests/queries/staged-routes.test.ts holds both to the same answers.
 */

const REVIEWED = (r: string) =>
  `(coalesce(${r}.review, '') <> 'rejected' OR $reviews = 'all') AND (${r}.review IN ['confirmed', 'corrected', 'added'] OR $reviews <> 'confirmed-only')`;
// Filters that read $reviews sit in a WITH after each MATCH: in the MATCH's WHERE they turn LadybugDB 0.19's plan
// into scans of the whole relationship table (3.3 s instead of 30 ms for the producers at 100k nodes).
const CURRENT = (r: string) => `NOT coalesce(${r}.status, '') IN ['planned', 'target', 'historical']`;

/**
 * The import walk as the single statement has it (own country, one import, or two, the element tested after
 * each), as three fixed patterns: its two recursive walks of 0..1 hop scan the whole IMPORTS_FROM table and
 * every Country and Actor (0.3-0.4 s at any size), a fixed pattern extends from the country.
 */
const ELEMENTS = `MATCH (want:Element {id: $element})
MATCH (e:Element) WHERE e.id = want.id OR (e.\`group\` = 'rare_earth_group' AND want.\`group\` IN ['light_rare_earth', 'heavy_rare_earth'])`;

const imported = (i: string) => `(coalesce(${i}.element, '') = '' OR ${i}.element = e.id) AND ${CURRENT(i)} AND ${REVIEWED(i)}`;

const NO_IMPORT = `${ELEMENTS}
MATCH (c:Country {id: $country}) WHERE NOT c.code IN ['XW', 'XO']
RETURN want.id AS wanted, e.id AS element, e.name AS elementName, c`;

const ONE_IMPORT = `${ELEMENTS}
MATCH (c:Country {id: $country})-[i1:IMPORTS_FROM]->(src:Country)
WITH want, e, c, i1, src WHERE NOT src.code IN ['XW', 'XO'] AND ${imported("i1")}
RETURN want.id AS wanted, e.id AS element, e.name AS elementName, c, i1, src`;

const TWO_IMPORTS = `${ELEMENTS}
MATCH (c:Country {id: $country})-[i1:IMPORTS_FROM]->(mid:Country)-[i2:IMPORTS_FROM]->(src:Country)
WITH want, e, c, i1, mid, i2, src WHERE NOT src.code IN ['XW', 'XO'] AND ${imported("i1")} AND ${imported("i2")}
RETURN want.id AS wanted, e.id AS element, e.name AS elementName, c, i1, mid, i2, src`;

interface Walk {
  wanted: string;
  element: string;
  elementName: string;
  src: string;
  plen: number;
  /** Every import on the walk names the element (an import of no stated element is a route only with a producer). */
  specific: boolean;
  ids: string[];
  names: string[];
  p1: unknown;
  p2: unknown;
}

type Drawn = { id: string; name?: string; properties?: Record<string, unknown> };
const node = (value: unknown) => value as Drawn;
const path = (nodes: unknown[], edges: unknown[]) => ({ nodes, edges });

/** The walk rows in the single statement's shape: a zero-length segment repeats its country (c, c or c, m, m, s). */
function walksOf(none: QueryResult, one: QueryResult, two: QueryResult): Walk[] {
  const base = (r: Record<string, unknown>) => ({ wanted: String(r.wanted), element: String(r.element), elementName: String(r.elementName) });
  const walk = (r: Record<string, unknown>, plen: number, hops: unknown[], p1: unknown, p2: unknown, specific: boolean): Walk => {
    const nodes = hops.map(node);
    return { ...base(r), src: nodes.at(-1)?.id ?? "", plen, specific, ids: nodes.map((n) => n.id), names: nodes.map((n) => String(n.name)), p1, p2 };
  };
  const named = (rel: unknown) => typeof (rel as { properties?: Record<string, unknown> }).properties?.["element"] === "string" && (rel as { properties: Record<string, unknown> }).properties["element"] !== "";
  return [
    ...none.rows.map((r) => walk(r, 0, [r.c, r.c], path([r.c], []), path([r.c], []), true)),
    ...one.rows.map((r) => walk(r, 1, [r.c, r.src, r.src], path([r.c, r.src], [r.i1]), path([r.src], []), named(r.i1))),
    ...two.rows.map((r) => walk(r, 2, [r.c, r.mid, r.mid, r.src], path([r.c, r.mid], [r.i1]), path([r.mid, r.src], [r.i2]), named(r.i1) && named(r.i2))),
  ];
}

/** The country nodes the walks returned, by id: every source country is one of them. */
function countriesOf(reads: readonly QueryResult[]): Map<string, unknown> {
  const countries = new Map<string, unknown>();
  for (const read of reads) for (const row of read.rows) for (const key of ["c", "mid", "src"]) if (row[key] !== undefined && row[key] !== null) countries.set(node(row[key]).id, row[key]);
  return countries;
}

// A zero-length LOCATED_IN step repeats the country in the single statement's path (src, src, element): kept, so
// the rows group alike.
const OWN_PRODUCTION = `MATCH (src:Country) WHERE src.id IN $sources
MATCH q = (src)-[pr:PRODUCES]->(g:Element)
WHERE g.id IN $elements
WITH src, pr, g, q AS q WHERE ${CURRENT("pr")} AND ${REVIEWED("pr")}
RETURN src.id AS src, g.id AS element, src.id AS producer, [src.id, src.id, g.id] AS ids, [src.name, src.name, g.name] AS names, 1 AS qlen, q`;

// Every located producer, for the routes drawn in full (chokepoints): what the routes need (ids, names) and what the
// drawing needs (the relationships' columns, their internal ids) as plain columns. Returning the producer as a node
// makes LadybugDB read every Actor and Asset (550,000 at 1M nodes) into a hash table; returning the relationships
// as values, or the producer's type, seat and aliases, costs as much again (0.8 CPU s at 1M nodes for 2,850
// producers, against ~0.3 for these columns and 0.1 for the producers' other columns read by key, below).
const relationshipValues = (variable: string, type: "LOCATED_IN" | "PRODUCES") =>
  [`id(${variable}) AS ${variable}_internal`, ...relationshipColumns(type).map((c) => `${variable}.${c.name} AS ${variable}_${c.name}`)].join(", ");

const LOCATED_PRODUCERS = `MATCH (src:Country) WHERE src.id IN $sources
MATCH (src)<-[l:LOCATED_IN]-(producer:Actor:Asset)-[pr:PRODUCES]->(g:Element)
WHERE g.id IN $elements
WITH src, l, producer, pr, g WHERE ${CURRENT("l")} AND ${REVIEWED("l")} AND ${CURRENT("pr")} AND ${REVIEWED("pr")}
RETURN src.id AS src, g.id AS element, producer.id AS producer, [src.id, producer.id, g.id] AS ids, [src.name, producer.name, g.name] AS names, 2 AS qlen,
  label(producer) AS kind, producer.name AS name, id(producer) AS producer_internal, ${relationshipValues("l", "LOCATED_IN")}, ${relationshipValues("pr", "PRODUCES")}`;

// A bare UNWIND of keys into a labelled node is a key lookup (an UNWIND followed by a longer pattern is not).
const producerDetails = (label: "Actor" | "Asset") => `UNWIND $ids AS key
MATCH (producer:${label} {id: key})
RETURN producer.id AS id, producer.type AS type, producer.country AS seat, producer.aliases AS aliases`;

const ELEMENT_NODES = `MATCH (g:Element) WHERE g.id IN $elements RETURN g`;

// Anchored on the source countries again (an IN list of asset ids is compared with every Asset: 15 s at 1M nodes).
// The asset comes back as its internal id, matched to the located producers' (a.id is one more read of every Asset:
// 0.47 against 0.36 CPU s at 1M nodes).
const CONTROLLERS = `MATCH (src:Country) WHERE src.id IN $sources
MATCH (src)<-[:LOCATED_IN]-(a:Asset)-[:PRODUCES]->(g:Element)
WHERE g.id IN $elements
MATCH (ctl:Actor)-[r:OWNS|OPERATES]->(a)
WITH a, ctl, r WHERE ${REVIEWED("r")}
RETURN DISTINCT id(a) AS asset, ctl.id AS id, ctl.name AS name
ORDER BY id`;

// For the routes shown only: the located producers' ids and names, enough to rank the routes (postprocess
// shownRoutes); their nodes, relationships and controllers are read for the k shown routes alone, below. Returning
// the producers' other columns and the LOCATED_IN and PRODUCES relationships for every route costs 0.66 CPU s at 1M
// nodes (2,850 located producers), the ids and names 0.2.
const LOCATED_NAMES = `MATCH (src:Country) WHERE src.id IN $sources
MATCH (src)<-[l:LOCATED_IN]-(producer:Actor:Asset)-[pr:PRODUCES]->(g:Element)
WHERE g.id IN $elements
WITH src, l, producer, pr, g WHERE ${CURRENT("l")} AND ${REVIEWED("l")} AND ${CURRENT("pr")} AND ${REVIEWED("pr")}
RETURN src.id AS src, g.id AS element, producer.id AS producer, [src.id, producer.id, g.id] AS ids, [src.name, producer.name, g.name] AS names, 2 AS qlen`;

// One shown route's producer path, anchored on the producer by its key: an UNWIND of many keys, or a join with
// the controllers, makes LadybugDB scan every Actor and Asset instead (2.9 CPU s for 2,850 producers at 1M).
const producerPath = (label: "Actor" | "Asset") => `MATCH (producer:${label} {id: $producer})-[l:LOCATED_IN]->(src:Country)
MATCH (producer)-[pr:PRODUCES]->(g:Element)
WITH src, l, producer, pr, g WHERE src.id = $src AND g.id = $element AND ${CURRENT("l")} AND ${REVIEWED("l")} AND ${CURRENT("pr")} AND ${REVIEWED("pr")}
RETURN src AS country, l, producer, pr, g`;

const ASSET_CONTROLLERS = `MATCH (ctl:Actor)-[r:OWNS|OPERATES]->(a:Asset {id: $asset})
WITH ctl, r WHERE ${REVIEWED("r")}
RETURN DISTINCT ctl.id AS id, ctl.name AS name
ORDER BY id`;

const POLICIES = `MATCH policyPath = (issuer)-[iss:ISSUED]->(pol:Policy)-[res:RESTRICTS]->(re:Element)
WHERE re.id IN $elements AND ${REVIEWED("iss")} AND ${REVIEWED("res")}
OPTIONAL MATCH (pol)-[tg:TARGETS]->(other)
WHERE ${REVIEWED("tg")}
WITH policyPath AS policyPath, issuer.id AS issuer, issuer.country AS issuerCountry, pol.name AS policy, re.id AS restricted, collect(other.id) AS targets
RETURN policyPath, issuer, issuerCountry, policy, restricted, targets`;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

interface Route {
  element: string;
  producer: string | null;
  ids: string[];
  names: string[];
  hops: number;
  paths: unknown[];
  producerPaths: unknown[];
}

type Row = Record<string, unknown>;

/** A relationship as the stores' result collector gives it: unset columns, the key and heavy text left out. */
function relationshipOf(row: Row, variable: string, type: "LOCATED_IN" | "PRODUCES", source: string, target: string) {
  const properties: Record<string, unknown> = {};
  for (const { name } of relationshipColumns(type)) {
    const value = row[`${variable}_${name}`];
    if (value !== null && value !== undefined && !["id", "name", "text"].includes(name)) properties[name] = value;
  }
  const key = row[`${variable}_id`];
  const internal = row[`${variable}_internal`] as { table?: unknown; offset?: unknown } | undefined;
  const id = typeof key === "string" ? key : `${type.toLowerCase()}:${String(internal?.table)}:${String(internal?.offset)}`;
  return { id, type, source, target, properties };
}

/**
 * The located producers' paths (country, LOCATED_IN, producer, PRODUCES, element) drawn from their columns, the
 * producers' type, seat and aliases read by key, and the countries and elements as the walks and a read of the
 * elements return them.
 */
async function drawnLocated(store: GraphStore, located: QueryResult, countries: Map<string, unknown>, elements: string[], limits: ReadOptions): Promise<{ rows: Row[]; reads: QueryResult[] }> {
  const keysOf = (kind: string) => [...new Set(located.rows.filter((r) => r.kind === kind).map((r) => String(r.producer)))];
  const reads = await Promise.all([
    store.read(ELEMENT_NODES, { elements }, limits),
    ...(["Asset", "Actor"] as const).flatMap((label) => (keysOf(label).length > 0 ? [store.read(producerDetails(label), { ids: keysOf(label) }, limits)] : [])),
  ]);
  const [elementRead, ...detailReads] = reads;
  const elementNodes = new Map((elementRead?.rows ?? []).map((r) => [node(r.g).id, r.g]));
  const details = new Map(detailReads.flatMap((read) => read.rows.map((r) => [String(r.id), r] as const)));
  const rows = located.rows.map((row) => {
    const properties: Record<string, unknown> = {};
    const detail = details.get(String(row.producer)) ?? {};
    for (const [key, column] of [["aliases", "aliases"], ["type", "type"], ["country", "seat"]] as const) if (detail[column] !== null && detail[column] !== undefined) properties[key] = detail[column];
    const producer = { id: String(row.producer), kind: String(row.kind), name: String(row.name ?? row.producer), properties };
    const [src, element] = [String(row.src), String(row.element)];
    const edges = [relationshipOf(row, "l", "LOCATED_IN", producer.id, src), relationshipOf(row, "pr", "PRODUCES", producer.id, element)];
    return { ...row, q: { nodes: [countries.get(src), producer, elementNodes.get(element)], edges } };
  });
  return { rows, reads };
}

function routesOf(walks: Walk[], producers: QueryResult["rows"]): Route[] {
  const bySource = new Map<string, QueryResult["rows"]>();
  for (const p of producers) {
    const key = `${String(p.src)}|${String(p.element)}`;
    bySource.set(key, [...(bySource.get(key) ?? []), p]);
  }
  const routes = new Map<string, Route>();
  const add = (walk: Walk, producer: string | null, tailIds: string[], tailNames: string[], len: number, q: unknown) => {
    const ids = [...walk.ids, ...tailIds];
    const names = [...walk.names, ...tailNames];
    const key = JSON.stringify([walk.element, producer, ids, names]);
    const route = routes.get(key) ?? { element: walk.element, producer, ids, names, hops: len, paths: [], producerPaths: [] };
    route.hops = Math.min(route.hops, len);
    route.paths.push(walk.p1, walk.p2);
    if (q !== undefined) route.producerPaths.push(q);
    routes.set(key, route);
  };
  for (const walk of walks) {
    const found = bySource.get(`${walk.src}|${walk.element}`) ?? [];
    for (const p of found) add(walk, String(p.producer), strings(p.ids), strings(p.names), walk.plen + Number(p.qlen), p.q);
    if (found.length === 0 && walk.plen > 0 && walk.specific) add(walk, null, [walk.element], [walk.elementName], walk.plen + 1, undefined);
  }
  // The single statement collects p1s first, then p2s.
  return [...routes.values()].map((r) => ({ ...r, paths: [...r.paths.filter((_, i) => i % 2 === 0), ...r.paths.filter((_, i) => i % 2 === 1)] }));
}

/**
 * The rows of the single statement. With `shown` (dependency-paths' k), only the routes the dependency-routes step
 * will show get their located producer's path and their controllers; the rest keep ids, names, hops, import paths
 * and policies, all the step ranks on, and are left out of the answer by it.
 */
async function routeRows(store: GraphStore, params: Record<string, unknown>, reviews: ReviewFilter, limits: ReadOptions, shown?: unknown) {
  const walkParams = { country: params.country, element: params.element, reviews };
  const walkReads = [await store.read(NO_IMPORT, { country: params.country, element: params.element }, limits), await store.read(ONE_IMPORT, walkParams, limits), await store.read(TWO_IMPORTS, walkParams, limits)] as const;
  const walks = walksOf(...walkReads);
  const country = String(params.country);
  const wanted = walks[0]?.wanted ?? String(params.element);
  const elements = [...new Set(walks.map((r) => r.element))];
  const sources = [...new Set(walks.map((r) => r.src))];
  const reads: QueryResult[] = [...walkReads];
  if (sources.length === 0) return { rows: [], columns: COLUMNS, graph: { nodes: [], edges: [] }, truncated: reads.some((r) => r.truncated) };
  const own = await store.read(OWN_PRODUCTION, { sources, elements, reviews }, limits);
  const located = await store.read(shown === undefined ? LOCATED_PRODUCERS : LOCATED_NAMES, { sources, elements, reviews }, limits);
  reads.push(own, located);
  const drawn = shown === undefined ? await drawnLocated(store, located, countriesOf(walkReads), elements, limits) : undefined;
  reads.push(...(drawn?.reads ?? []));
  const routes = routesOf(walks, [...own.rows, ...(drawn?.rows ?? located.rows)]);
  const assets = [...new Set(routes.flatMap((r) => (r.producer?.startsWith("asset:") ? [r.producer] : [])))];
  const controllers = shown === undefined && assets.length > 0 ? await store.read(CONTROLLERS, { sources, elements, reviews }, limits) : undefined;
  const controllersByAsset = controllers ? byAsset(controllers, located) : new Map<string, Row[]>();
  const policies = await store.read(POLICIES, { elements: [...new Set([...elements, wanted])], reviews }, limits);
  reads.push(policies, ...(controllers ? [controllers] : []));
  const routeOf = new Map<Row, Route>();
  const rows = routes.map((route) => {
    const onRoute = new Set(route.ids);
    const ctl = controllersByAsset.get(String(route.producer)) ?? [];
    const hits = policies.rows.filter(
      (p) =>
        (p.restricted === route.element || p.restricted === wanted) &&
        p.issuer !== country &&
        (onRoute.has(String(p.issuer)) || (typeof p.issuerCountry === "string" && onRoute.has(`country:${p.issuerCountry.toLowerCase()}`))) &&
        strings(p.targets).every((t) => onRoute.has(t)),
    );
    const row = {
      ids: route.ids,
      names: route.names,
      hops: route.hops,
      paths: route.paths,
      producerPaths: route.producerPaths,
      policyPaths: hits.map((p) => p.policyPath),
      // collect(DISTINCT …) of each, as the single statement has them.
      policies: [...new Set(hits.map((p) => String(p.policy)))],
      ...controllersOf(ctl),
    };
    routeOf.set(row, route);
    return row;
  });
  rows.sort((a, b) => a.hops - b.hops);
  if (shown !== undefined) reads.push(...(await detailShown(store, rows, routeOf, shown, reviews, limits)));
  return { rows, columns: COLUMNS, graph: graphOfRows(rows), truncated: reads.some((r) => r.truncated) };
}

/**
 * The located producer's path and the controllers of the routes the step will show, each read anchored on the
 * producer's key, filled into those rows (the same objects the step ranks).
 */
async function detailShown(store: GraphStore, rows: Array<Row & { producerPaths: unknown[]; controllerIds: string[]; controllerNames: string[] }>, routeOf: Map<Row, Route>, shown: unknown, reviews: ReviewFilter, limits: ReadOptions): Promise<QueryResult[]> {
  // The import records drawn, as the step reads the import shares from them.
  const edges = graphOfRows(rows).edges;
  const kept = shownRoutes(rows, edges, shown).map((r) => r.row as (typeof rows)[number]);
  const reads = await Promise.all(
    kept.map(async (row) => {
      const route = routeOf.get(row);
      const producer = route?.producer;
      if (!route || !producer || !(producer.startsWith("asset:") || producer.startsWith("actor:"))) return [];
      const label = producer.startsWith("asset:") ? "Asset" : "Actor";
      const [src, element] = [route.ids[route.ids.length - 3], route.element];
      const path = await store.read(producerPath(label), { producer, src, element, reviews }, limits);
      for (const r of path.rows) row.producerPaths.push({ nodes: [r.country, r.producer, r.g], edges: [r.l, r.pr] });
      if (label !== "Asset") return [path];
      const ctl = await store.read(ASSET_CONTROLLERS, { asset: producer, reviews }, limits);
      Object.assign(row, controllersOf(ctl.rows));
      return [path, ctl];
    }),
  );
  return reads.flat();
}

const internalKey = (value: unknown) => {
  const id = value as { table?: unknown; offset?: unknown } | null;
  return `${String(id?.table)}:${String(id?.offset)}`;
};

/** The controller rows of each located asset, by the asset's key, in the read's order (by controller id). */
function byAsset(controllers: QueryResult, located: QueryResult): Map<string, Row[]> {
  const keys = new Map(located.rows.map((r) => [internalKey(r.producer_internal), String(r.producer)]));
  const grouped = new Map<string, Row[]>();
  for (const c of controllers.rows) {
    const asset = keys.get(internalKey(c.asset));
    if (asset !== undefined) grouped.set(asset, [...(grouped.get(asset) ?? []), c]);
  }
  return grouped;
}

/** Each controller once, its name at the same position as its id (two actors may share a name). */
function controllersOf(rows: Row[]): { controllerIds: string[]; controllerNames: string[] } {
  const byId = new Map(rows.map((c) => [String(c.id), String(c.name)]));
  return { controllerIds: [...byId.keys()], controllerNames: [...byId.values()] };
}

export const dependencyRouteRows: StagedRead = (store, params, reviews, limits) => routeRows(store, params, reviews, limits);

/** dependency-paths: every route ranked, only the k shown read in full (the step keeps those k). */
export const shownDependencyRouteRows: StagedRead = (store, params, reviews, limits) => routeRows(store, params, reviews, limits, params.k ?? 5);

const COLUMNS = ["ids", "names", "hops", "paths", "producerPaths", "policyPaths", "policies", "controllerIds", "controllerNames"];

