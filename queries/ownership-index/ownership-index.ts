import { CodedColumn, IntColumn, NullColumn, NumberColumn, TextColumn, compactSnapshot, type Column, type CompactSnapshot, type OwnershipSnapshot } from "../../graph/index.js";
import type { ReviewFilter } from "../review-contract.js";
import type { Row } from "../postprocess/types.js";

/**
 * The ownership snapshot (graph/ownership/snapshot.ts) as an in-memory graph, walked the way the LadybugDB Cypher
 * of actor-holdings, state-control and foreign-stakes walks OWNS: walks (nodes and edges may repeat, as
 * LadybugDB's recursive patterns allow) of 1..maxDepth edges, each edge passing the status filter of the
 * investigation and the review filter of the run.
 *
 * Two walks: `sums` gives every held entity's effective stake as the postprocess step would sum it (parallel
 * edges between two holders are rival claims of which preferClaims keeps one per node path), without building a
 * chain; `chains` builds the chains, as rows of the Cypher's shape, only to the entities that will be listed.
 */

/** Which edges a walk follows: actor-holdings keeps planned stakes (listed apart); the others only held ones. */
export type Follow = "not-historical" | "held";

const PLANNED = new Set(["planned", "target"]);
const REVIEWED = new Set(["confirmed", "corrected", "added"]);

interface Combo {
  weakest: number;
  latest: string;
  stake: number | null;
  min: number;
  max: number;
  planned: boolean;
}

/** Sums over the kept chains of one holder→held pair, as aggregateHoldings makes them (min and max not capped). */
export interface Sums {
  stake: number | null;
  min: number;
  max: number;
  unknownChains: number;
}

export interface PairSums {
  owner: number;
  target: number;
  current?: Sums;
  planned?: Sums;
}

const START: Combo = { weakest: Number.POSITIVE_INFINITY, latest: "", stake: 100, min: 100, max: 100, planned: false };

/** preferClaims' order (queries/postprocess/ownership-chain.ts): the first of a sorted group is kept. */
const better = (a: Combo, b: Combo) => b.weakest - a.weakest || b.latest.localeCompare(a.latest) || (b.stake ?? -1) - (a.stake ?? -1);

function add(sums: Sums | undefined, c: Combo): Sums {
  const s = sums ?? { stake: null, min: 0, max: 0, unknownChains: 0 };
  // As aggregateHoldings adds a chain: a missing share counts as its range.
  s.min += c.stake ?? c.min;
  s.max += c.stake ?? c.max;
  if (c.stake === null) s.unknownChains += 1;
  else s.stake = (s.stake ?? 0) + c.stake;
  return s;
}

const num = (v: unknown) => (typeof v === "number" ? v : null);
const str = (v: unknown) => (typeof v === "string" ? v : null);

/** An edge's status as the walks test it. */
const enum Status {
  Held = 0,
  Historical = 1,
  Planned = 2,
}
/** A fact's review, as far as the review filters tell reviews apart. */
const enum Review {
  None = 0,
  Reviewed = 1,
  Rejected = 2,
  Other = 3,
}

const reviewOf = (review: string | null): Review => (review === null ? Review.None : REVIEWED.has(review) ? Review.Reviewed : review === "rejected" ? Review.Rejected : Review.Other);
const statusOf = (status: string | null): Status => (status === "historical" ? Status.Historical : PLANNED.has(status ?? "") ? Status.Planned : Status.Held);

/** The review filter on one fact, as the LadybugDB texts apply it to every edge of a chain. */
function reviewKindPasses(review: Review, reviews: ReviewFilter): boolean {
  if (reviews === "all") return true;
  if (reviews === "confirmed-only") return review === Review.Reviewed;
  return review !== Review.Rejected;
}

/** A column's cells as numbers, NaN for unset; the column's own array when it already is one; none when no cell is set. */
function floats(column: Column | undefined, length: number): Float64Array | undefined {
  if (column === undefined || column instanceof NullColumn) return undefined;
  if (column instanceof NumberColumn) return column.values;
  const values = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const v = column?.get(i);
    values[i] = typeof v === "number" ? v : Number.NaN;
  }
  return values;
}

function ints(column: Column | undefined, length: number): Int32Array {
  if (column instanceof IntColumn) return column.values;
  return Int32Array.from({ length }, (_, i) => Number(column?.get(i)));
}

/** Per cell, a small code for a text column's values (status, review), so the walks compare numbers. */
function kinds(column: Column | undefined, length: number, kind: (value: string | null) => number): Uint8Array {
  const out = new Uint8Array(length);
  if (column instanceof CodedColumn) {
    const byCode = column.dictionary.map(kind);
    const none = kind(null);
    for (let i = 0; i < length; i++) {
      const code = column.codes[i] as number;
      out[i] = code === 0 ? none : (byCode[code - 1] as number);
    }
  } else {
    for (let i = 0; i < length; i++) out[i] = kind(str(column?.get(i) ?? null));
  }
  return out;
}

/** A node column read by position, null when the snapshot has no such column. */
const cellOf = (column: Column | undefined) => (n: number) => column?.get(n) ?? null;

/**
 * The index holds the snapshot's columns compact (graph/ownership/compact-columns.ts: typed arrays, text interned
 * once per column) and the OWNS edges in CSR form: at 1M nodes this is ~100-150 MB where the snapshot as JS arrays
 * with a Map of ids was ~650 MB of heap.
 */
export class OwnershipIndex {
  readonly data: CompactSnapshot;
  private readonly ids: Column;
  /** OWNS edges by holder, then by held node (parallel claims next to each other): edges[start[n] … start[n+1]). */
  private readonly start: Int32Array;
  private readonly edges: Int32Array;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  /** Per edge, the numbers the walks read (NaN for unset), and its status and review as codes. */
  private readonly share: Float64Array | undefined;
  private readonly shareMin: Float64Array | undefined;
  private readonly shareMax: Float64Array | undefined;
  private readonly confidence: Float64Array | undefined;
  private readonly status: Uint8Array;
  private readonly review: Uint8Array;
  private readonly since: Column | undefined;
  /** Per node: its LOCATED_IN edges to countries, locatedEdges[locatedStart[n] … locatedStart[n+1]). */
  private readonly locatedStart: Int32Array;
  private readonly locatedEdges: Int32Array;
  private readonly locatedTo: Int32Array;
  private readonly locatedReview: Uint8Array;
  private readonly countriesByCode = new Map<string, number[]>();

  constructor(snapshot: OwnershipSnapshot | CompactSnapshot) {
    const data = isCompact(snapshot) ? snapshot : compactSnapshot(snapshot);
    this.data = data;
    const { nodes, owns, located } = data;
    const size = nodes.id?.length ?? 0;
    this.ids = nodes.id as Column;
    this.name = (n) => (nodes.name?.get(n) as string | null) ?? this.id(n);
    this.kind = cellOf(nodes.kind) as (n: number) => string;
    this.type = cellOf(nodes.type) as (n: number) => string | null;
    this.country = cellOf(nodes.country) as (n: number) => string | null;
    this.stateLinked = cellOf(nodes.stateLinked) as (n: number) => boolean | null;
    this.code = cellOf(nodes.code) as (n: number) => string | null;
    for (let i = 0; i < size; i++) {
      const code = this.code(i);
      if (code !== null && this.kind(i) === "Country") this.countriesByCode.set(code, [...(this.countriesByCode.get(code) ?? []), i]);
    }
    const count = owns.from?.length ?? 0;
    this.from = ints(owns.from, count);
    this.to = ints(owns.to, count);
    const { from, to } = this;
    this.edges = Int32Array.from({ length: count }, (_, e) => e).sort((a, b) => (from[a] as number) - (from[b] as number) || (to[a] as number) - (to[b] as number) || a - b);
    this.start = csrStarts(from, size);
    this.share = floats(owns.share, count);
    this.shareMin = floats(owns.shareMin, count);
    this.shareMax = floats(owns.shareMax, count);
    this.confidence = floats(owns.confidence, count);
    this.status = kinds(owns.status, count, statusOf);
    this.review = kinds(owns.review, count, reviewOf);
    this.since = owns.since;
    const places = located.from?.length ?? 0;
    const placeFrom = ints(located.from, places);
    this.locatedTo = ints(located.to, places);
    this.locatedReview = kinds(located.review, places, reviewOf);
    this.locatedStart = csrStarts(placeFrom, size);
    this.locatedEdges = new Int32Array(places);
    const filled = this.locatedStart.slice(0, size);
    for (let l = 0; l < places; l++) {
      const n = placeFrom[l] as number;
      this.locatedEdges[filled[n] as number] = l;
      filled[n] = (filled[n] as number) + 1;
    }
  }

  /** The held nodes of `node`, each with its run of parallel edges, in the order the walks take them. */
  private *heldBy(node: number): Generator<[target: number, edges: number[]]> {
    const { to, edges } = this;
    const end = this.start[node + 1] as number;
    let i = this.start[node] as number;
    while (i < end) {
      const target = to[edges[i] as number] as number;
      const run: number[] = [];
      while (i < end && to[edges[i] as number] === target) run.push(edges[i++] as number);
      yield [target, run];
    }
  }

  get size(): number {
    return this.ids.length;
  }

  /** The node with this id, or undefined. */
  positionOf(id: string): number | undefined {
    return this.ids instanceof TextColumn ? this.ids.find(id) : lastIndexOf(this.ids, id);
  }

  id = (n: number): string => String(this.ids.get(n));
  readonly name: (n: number) => string;
  readonly kind: (n: number) => string;
  readonly type: (n: number) => string | null;
  readonly country: (n: number) => string | null;
  readonly stateLinked: (n: number) => boolean | null;
  readonly code: (n: number) => string | null;
  countriesWithCode = (code: string | null): number[] => (code === null ? [] : (this.countriesByCode.get(code) ?? []));
  /** Nodes that hold something. */
  holders(): number[] {
    const found: number[] = [];
    for (let n = 0; n < this.size; n++) if ((this.start[n + 1] as number) > (this.start[n] as number)) found.push(n);
    return found;
  }

  /** The countries of a node's LOCATED_IN edges that pass the review filter. */
  placesOf(n: number, reviews: ReviewFilter): number[] {
    const found: number[] = [];
    for (let i = this.locatedStart[n] as number; i < (this.locatedStart[n + 1] as number); i++) {
      const l = this.locatedEdges[i] as number;
      if (reviewKindPasses(this.locatedReview[l] as Review, reviews)) found.push(this.locatedTo[l] as number);
    }
    return found;
  }

  private edgePasses(e: number, follow: Follow, reviews: ReviewFilter): boolean {
    const status = this.status[e] as Status;
    if (status === Status.Historical || (follow === "held" && status === Status.Planned)) return false;
    return reviewKindPasses(this.review[e] as Review, reviews);
  }

  private combo(c: Combo, e: number): Combo {
    const share = this.share?.[e] ?? Number.NaN;
    const stated = !Number.isNaN(share);
    const or = (v: number | undefined, otherwise: number) => (v === undefined || Number.isNaN(v) ? otherwise : v);
    const since = str(this.since?.get(e));
    return {
      weakest: Math.min(c.weakest, or(this.confidence?.[e], 1)),
      latest: since && since > c.latest ? since : c.latest,
      stake: c.stake === null || !stated ? null : (c.stake * share) / 100,
      min: c.min * ((stated ? share : or(this.shareMin?.[e], 0)) / 100),
      max: c.max * ((stated ? share : or(this.shareMax?.[e], 100)) / 100),
      planned: c.planned || this.status[e] === Status.Planned,
    };
  }

  /**
   * Every entity the owner holds through chains of up to maxDepth followed edges, with the sums of the chains
   * preferClaims would keep: current ones, and (when planned edges are followed) planned ones apart.
   */
  sums(owner: number, follow: Follow, reviews: ReviewFilter, maxDepth: number): Map<number, PairSums> {
    const pairs = new Map<number, PairSums>();
    const walk = (node: number, depth: number, combos: Combo[]) => {
      if (depth >= maxDepth) return;
      for (const [target, edges] of this.heldBy(node)) {
        const next: Combo[] = [];
        for (const e of edges) {
          if (!this.edgePasses(e, follow, reviews)) continue;
          for (const c of combos) next.push(this.combo(c, e));
        }
        if (next.length === 0) continue;
        let kept = next[0] as Combo;
        for (const c of next) if (better(c, kept) < 0) kept = c;
        let pair = pairs.get(target);
        if (!pair) pairs.set(target, (pair = { owner, target }));
        if (kept.planned) pair.planned = add(pair.planned, kept);
        else pair.current = add(pair.current, kept);
        walk(target, depth + 1, next);
      }
    };
    walk(owner, 0, [START]);
    return pairs;
  }

  /**
   * The chains from the owner to the wanted entities, one per combination of parallel edges, as rows of the
   * ownership Cypher's shape (ids, names, relIds, shares …, statuses) for chainsFromRows.
   */
  chains(owner: number, wanted: ReadonlySet<number>, follow: Follow, reviews: ReviewFilter, maxDepth: number): Row[] {
    const rows: Row[] = [];
    const o = this.data.owns;
    const nodes: number[] = [owner];
    const edges: number[] = [];
    const emit = () => {
      rows.push({
        ids: nodes.map(this.id),
        names: nodes.map(this.name),
        relIds: edges.map((e) => str(o.id?.get(e)) ?? ""),
        shares: edges.map((e) => num(o.share?.get(e))),
        shareMins: edges.map((e) => num(o.shareMin?.get(e))),
        shareMaxs: edges.map((e) => num(o.shareMax?.get(e))),
        confidences: edges.map((e) => num(o.confidence?.get(e))),
        sinces: edges.map((e) => str(o.since?.get(e))),
        statuses: edges.map((e) => str(o.status?.get(e))),
      });
    };
    const walk = (node: number, depth: number) => {
      if (depth >= maxDepth) return;
      for (const [target, parallel] of this.heldBy(node)) {
        nodes.push(target);
        for (const e of parallel) {
          if (!this.edgePasses(e, follow, reviews)) continue;
          edges.push(e);
          if (wanted.has(target)) emit();
          walk(target, depth + 1);
          edges.pop();
        }
        nodes.pop();
      }
    };
    walk(owner, 0);
    return rows;
  }

  /** An OWNS edge as the drawing shows it: its stored properties, unset ones left out. */
  edgeProperties(e: number): Record<string, unknown> {
    const properties: Record<string, unknown> = {};
    for (const [column, values] of Object.entries(this.data.owns)) {
      if (column === "from" || column === "to" || column === "id") continue;
      const value = values.get(e);
      if (value !== null && value !== undefined) properties[column] = value;
    }
    return properties;
  }

  /** The OWNS edge positions with these ids, in increasing order. */
  edgesById(ids: ReadonlySet<string>): number[] {
    const column = this.data.owns.id;
    if (!column) return [];
    if (column instanceof TextColumn) return [...ids].flatMap((id) => column.findAll(id)).sort((a, b) => a - b);
    const found: number[] = [];
    for (let e = 0; e < column.length; e++) {
      const id = column.get(e);
      if (typeof id === "string" && ids.has(id)) found.push(e);
    }
    return found;
  }

  edgeEnds(e: number): [string, string] {
    return [this.id(this.from[e] as number), this.id(this.to[e] as number)];
  }

  edgeId(e: number): string {
    return String(this.data.owns.id?.get(e) ?? "");
  }
}

/** Starts of each node's run in CSR form: run of node n is [starts[n], starts[n + 1]). */
function csrStarts(owner: Int32Array, size: number): Int32Array {
  const starts = new Int32Array(size + 1);
  for (const n of owner) starts[n + 1] = (starts[n + 1] as number) + 1;
  for (let n = 0; n < size; n++) starts[n + 1] = (starts[n + 1] as number) + (starts[n] as number);
  return starts;
}

function lastIndexOf(column: Column, value: string): number | undefined {
  for (let i = column.length - 1; i >= 0; i--) if (column.get(i) === value) return i;
  return undefined;
}

const isCompact = (s: OwnershipSnapshot | CompactSnapshot): s is CompactSnapshot => !Array.isArray((s.nodes as Record<string, unknown>).id);
