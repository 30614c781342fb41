import type { OwnershipSnapshot } from "../../graph/index.js";
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

export class OwnershipIndex {
  readonly position = new Map<string, number>();
  /** OWNS edges by holder, then by held node (parallel claims next to each other): edges[start[n] … start[n+1]). */
  private readonly start: Int32Array;
  private readonly edges: Int32Array;
  /** Per edge, the numbers the walks read, unpacked once (NaN for unset). */
  private readonly share: Float64Array;
  private readonly shareMin: Float64Array;
  private readonly shareMax: Float64Array;
  private readonly confidence: Float64Array;
  /** Per node: its LOCATED_IN edges to countries. */
  private readonly located: Array<number[] | undefined>;
  private readonly countriesByCode = new Map<string, number[]>();

  constructor(readonly snapshot: OwnershipSnapshot) {
    const { nodes, owns, located } = snapshot;
    nodes.id.forEach((id, i) => this.position.set(id, i));
    nodes.code.forEach((code, i) => {
      if (code !== null && nodes.kind[i] === "Country") this.countriesByCode.set(code, [...(this.countriesByCode.get(code) ?? []), i]);
    });
    const count = owns.from.length;
    const order = Array.from({ length: count }, (_, e) => e).sort((a, b) => (owns.from[a] as number) - (owns.from[b] as number) || (owns.to[a] as number) - (owns.to[b] as number) || a - b);
    this.edges = Int32Array.from(order);
    this.start = new Int32Array(nodes.id.length + 1);
    for (const from of owns.from) this.start[from + 1] = (this.start[from + 1] as number) + 1;
    for (let n = 0; n < nodes.id.length; n++) this.start[n + 1] = (this.start[n + 1] as number) + (this.start[n] as number);
    const unpack = (column: string) => Float64Array.from(owns[column] ?? [], (v) => (typeof v === "number" ? v : Number.NaN));
    this.share = unpack("share");
    this.shareMin = unpack("shareMin");
    this.shareMax = unpack("shareMax");
    this.confidence = unpack("confidence");
    this.located = new Array(nodes.id.length);
    located.from.forEach((from, l) => (this.located[from] ??= []).push(l));
  }

  /** The held nodes of `node`, each with its run of parallel edges, in the order the walks take them. */
  private *heldBy(node: number): Generator<[target: number, edges: number[]]> {
    const to = this.snapshot.owns.to;
    const end = this.start[node + 1] as number;
    let i = this.start[node] as number;
    while (i < end) {
      const target = to[this.edges[i] as number] as number;
      const run: number[] = [];
      while (i < end && to[this.edges[i] as number] === target) run.push(this.edges[i++] as number);
      yield [target, run];
    }
  }

  get size(): number {
    return this.snapshot.nodes.id.length;
  }

  id = (n: number): string => this.snapshot.nodes.id[n] as string;
  name = (n: number): string => this.snapshot.nodes.name[n] as string;
  kind = (n: number): string => this.snapshot.nodes.kind[n] as string;
  type = (n: number): string | null => this.snapshot.nodes.type[n] ?? null;
  country = (n: number): string | null => this.snapshot.nodes.country[n] ?? null;
  stateLinked = (n: number): boolean | null => this.snapshot.nodes.stateLinked[n] ?? null;
  code = (n: number): string | null => this.snapshot.nodes.code[n] ?? null;
  countriesWithCode = (code: string | null): number[] => (code === null ? [] : (this.countriesByCode.get(code) ?? []));
  /** Nodes that hold something. */
  holders(): number[] {
    const found: number[] = [];
    for (let n = 0; n < this.size; n++) if ((this.start[n + 1] as number) > (this.start[n] as number)) found.push(n);
    return found;
  }

  /** The LOCATED_IN edges to countries of a node that pass the review filter, as [country, edge] pairs. */
  placesOf(n: number, reviews: ReviewFilter): number[] {
    const { to, review } = this.snapshot.located;
    return (this.located[n] ?? []).filter((l) => reviewPasses(review[l] ?? null, reviews)).map((l) => to[l] as number);
  }

  private edgePasses(e: number, follow: Follow, reviews: ReviewFilter): boolean {
    const status = str(this.snapshot.owns.status?.[e]) ?? "";
    if (status === "historical" || (follow === "held" && PLANNED.has(status))) return false;
    return reviewPasses(str(this.snapshot.owns.review?.[e]), reviews);
  }

  private combo(c: Combo, e: number): Combo {
    const o = this.snapshot.owns;
    const share = this.share[e] as number;
    const stated = !Number.isNaN(share);
    const or = (v: number, otherwise: number) => (Number.isNaN(v) ? otherwise : v);
    const since = str(o.since?.[e]);
    return {
      weakest: Math.min(c.weakest, or(this.confidence[e] as number, 1)),
      latest: since && since > c.latest ? since : c.latest,
      stake: c.stake === null || !stated ? null : (c.stake * share) / 100,
      min: c.min * ((stated ? share : or(this.shareMin[e] as number, 0)) / 100),
      max: c.max * ((stated ? share : or(this.shareMax[e] as number, 100)) / 100),
      planned: c.planned || PLANNED.has(str(o.status?.[e]) ?? ""),
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
    const o = this.snapshot.owns;
    const nodes: number[] = [owner];
    const edges: number[] = [];
    const emit = () => {
      rows.push({
        ids: nodes.map(this.id),
        names: nodes.map(this.name),
        relIds: edges.map((e) => str(o.id?.[e]) ?? ""),
        shares: edges.map((e) => num(o.share?.[e])),
        shareMins: edges.map((e) => num(o.shareMin?.[e])),
        shareMaxs: edges.map((e) => num(o.shareMax?.[e])),
        confidences: edges.map((e) => num(o.confidence?.[e])),
        sinces: edges.map((e) => str(o.since?.[e])),
        statuses: edges.map((e) => str(o.status?.[e])),
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
    for (const [column, values] of Object.entries(this.snapshot.owns)) {
      if (column === "from" || column === "to" || column === "id") continue;
      const value = values[e];
      if (value !== null && value !== undefined) properties[column] = value;
    }
    return properties;
  }

  /** The OWNS edge positions with these ids. */
  edgesById(ids: ReadonlySet<string>): number[] {
    const found: number[] = [];
    (this.snapshot.owns.id ?? []).forEach((id, e) => typeof id === "string" && ids.has(id) && found.push(e));
    return found;
  }

  edgeEnds(e: number): [string, string] {
    return [this.id(this.snapshot.owns.from[e] as number), this.id(this.snapshot.owns.to[e] as number)];
  }

  edgeId(e: number): string {
    return String(this.snapshot.owns.id?.[e] ?? "");
  }
}

/** The review filter on one fact, as the LadybugDB texts apply it to every edge of a chain. */
export function reviewPasses(review: string | null, reviews: ReviewFilter): boolean {
  if (reviews === "all") return true;
  if (reviews === "confirmed-only") return review !== null && REVIEWED.has(review);
  return review !== "rejected";
}
