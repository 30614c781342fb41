import { DATA_STAMP_KEY, DATA_STAMP_QUERY, readCompactSnapshot, snapshotStamp, type GraphStore, type ResultEdge, type Subgraph } from "../../graph/index.js";
import type { ResolvedEntity } from "../contract.js";
import type { ReviewFilter } from "../review-contract.js";
import { aggregateHoldings, chainsFromRows, holdingRow, preferClaims, type Holding, type OwnershipChain } from "../postprocess/ownership-chain.js";
import { actorHoldingsAnswer, foreignStakesAnswer, foreignStakesRow, holdingsRow, isPlanned, stateControlAnswer, stateControlRow } from "../postprocess/ownership.js";
import { round, type PostProcessOutput, type Row } from "../postprocess/types.js";
import { OwnershipIndex, type Follow, type PairSums, type Sums } from "./ownership-index.js";

/** The investigations answered from the ownership index when it matches the data. */
export const INDEXED_INVESTIGATIONS = new Set(["actor-holdings", "state-control", "foreign-stakes"]);

const STATE_TYPES = new Set(["government", "state_body", "state_corporation"]);
/** The drawing holds at most this many chains, as the investigations' drawing queries (LIMIT 500). */
const DRAWN_CHAINS = 500;

const cache = new WeakMap<GraphStore, { stamp: string; index: Promise<OwnershipIndex | undefined> }>();

/**
 * The ownership index of the store's data as it is now, or undefined: not the embedded store, no snapshot, or a
 * snapshot of other data (a write since the last load's end). One small read per question: the data stamp.
 */
export async function freshOwnershipIndex(store: GraphStore): Promise<OwnershipIndex | undefined> {
  if (store.dialect !== "ladybug") return undefined;
  const stamp = (await store.read(DATA_STAMP_QUERY, { key: DATA_STAMP_KEY })).rows[0]?.value;
  if (typeof stamp !== "string") return undefined;
  const cached = cache.get(store);
  if (cached?.stamp === stamp) return cached.index;
  if ((await snapshotStamp(store.location)) !== stamp) return undefined;
  const index = readCompactSnapshot(store.location).then((s) => (s?.stamp === stamp ? new OwnershipIndex(s) : undefined));
  cache.set(store, { stamp, index });
  index.catch(() => cache.delete(store));
  return index;
}

/** The index disagreed with its own chains: a bug, answered from the database instead. */
class IndexMismatch extends Error {}

interface IndexedAnswer extends PostProcessOutput {
  graph: Subgraph;
}

type Pair = { owner: number; target: number; sums: Sums };

/** A holding as the answer functions rank it: its sums, no chains (only listed holdings get theirs). */
function summary(index: OwnershipIndex, owner: number, target: number, s: Sums): Holding {
  return { ownerId: index.id(owner), ownerName: index.name(owner), targetId: index.id(target), targetName: index.name(target), stake: s.stake, min: Math.min(100, s.min), max: Math.min(100, s.max), chains: [], unknownChains: s.unknownChains };
}

const pairKey = (ownerId: string, targetId: string) => `${ownerId}>${targetId}`;
const sameStake = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && round(a, 6) === round(b, 6));

/** The listed holdings rebuilt from their chains, exactly as the postprocess step builds them from the Cypher's rows. */
function detailed(rows: Row[], investigation: string, split: boolean) {
  const all = chainsFromRows(investigation, rows);
  const { kept, alternatives } = preferClaims(all);
  const noEdges = new Map<string, Record<string, unknown>>();
  const byStatus = (chains: OwnershipChain[]) => new Map(aggregateHoldings(chains).map((h) => [pairKey(h.ownerId, h.targetId), h]));
  return split
    ? { all, current: byStatus(kept.filter((c) => !isPlanned(c, noEdges))), planned: byStatus(kept.filter((c) => isPlanned(c, noEdges))), alternatives }
    : { all, current: byStatus(kept), planned: new Map<string, Holding>(), alternatives };
}

function checked(found: Holding | undefined, listed: Holding): Holding {
  if (!found || !sameStake(found.stake, listed.stake) || round(found.min, 6) !== round(listed.min, 6) || round(found.max, 6) !== round(listed.max, 6)) {
    throw new IndexMismatch(`${listed.ownerId} → ${listed.targetId}: the index sums ${listed.stake}, its chains ${found?.stake}`);
  }
  return found;
}

/** Chains of the listed pairs, walked again, this time built; grouped by owner so each owner is walked once. */
function chainRows(index: OwnershipIndex, listed: Holding[], follow: Follow, reviews: ReviewFilter, maxDepth: number, copies: (target: number) => number = () => 1): Row[] {
  const byOwner = new Map<number, Set<number>>();
  for (const h of listed) {
    const owner = index.positionOf(h.ownerId) as number;
    const wanted = byOwner.get(owner) ?? new Set<number>();
    wanted.add(index.positionOf(h.targetId) as number);
    byOwner.set(owner, wanted);
  }
  const rows: Row[] = [];
  for (const [owner, wanted] of byOwner) {
    for (const row of index.chains(owner, wanted, follow, reviews, maxDepth)) {
      const ids = row.ids as string[];
      // The Cypher returns a chain once per location row of the held entity (OPTIONAL MATCH), so rival copies show.
      const n = copies(index.positionOf(ids[ids.length - 1] as string) as number);
      for (let i = 0; i < n; i++) rows.push(row);
    }
  }
  return rows;
}

/** The drawing: the listed holdings' chains, rival claims included (the first 500, shortest first), their nodes read from the store. */
async function drawing(store: GraphStore, index: OwnershipIndex, chains: OwnershipChain[]): Promise<Subgraph> {
  const drawn = [...chains].sort((a, b) => a.ids.length - b.ids.length).slice(0, DRAWN_CHAINS);
  const relIds = new Set(drawn.flatMap((c) => c.relIds));
  const edges: ResultEdge[] = index.edgesById(relIds).map((e) => {
    const [source, target] = index.edgeEnds(e);
    return { id: index.edgeId(e), type: "OWNS", source, target, properties: index.edgeProperties(e) };
  });
  const nodes = await store.getNodes([...new Set(drawn.flatMap((c) => c.ids))]);
  return { nodes, edges };
}

async function actorHoldings(store: GraphStore, index: OwnershipIndex, params: Record<string, unknown>, entities: Record<string, ResolvedEntity>, reviews: ReviewFilter): Promise<IndexedAnswer> {
  const maxDepth = Number(params.maxDepth ?? 8);
  const holder = index.positionOf(String(params.actor));
  const sums = holder === undefined ? new Map<number, PairSums>() : index.sums(holder, "not-historical", reviews, maxDepth);
  const current: Holding[] = [];
  const planned: Holding[] = [];
  for (const p of sums.values()) {
    if (p.current) current.push(summary(index, p.owner, p.target, p.current));
    if (p.planned) planned.push(summary(index, p.owner, p.target, p.planned));
  }
  let chains: OwnershipChain[] = [];
  const output = actorHoldingsAnswer(current, planned, params, entities, (shown) => {
    const rows = chainRows(index, shown.map(([h]) => h), "not-historical", reviews, maxDepth);
    const found = detailed(rows, "actor-holdings", true);
    chains = found.all;
    return shown.map(([h, status]) => {
      const d = checked((status === "current" ? found.current : found.planned).get(pairKey(h.ownerId, h.targetId)), h);
      return holdingsRow(d, holdingRow(d, found.alternatives), status);
    });
  });
  return { ...output, graph: await drawing(store, index, chains) };
}

/** Owners and their held pairs (current chains only), with the held entities' location rows. */
function pairsOf(index: OwnershipIndex, owners: number[], reviews: ReviewFilter, maxDepth: number, keep: (target: number) => boolean): Pair[] {
  const pairs: Pair[] = [];
  for (const owner of owners) {
    for (const p of index.sums(owner, "held", reviews, maxDepth).values()) {
      if (p.current && keep(p.target)) pairs.push({ owner, target: p.target, sums: p.current });
    }
  }
  return pairs;
}

async function pairAnswer(
  store: GraphStore,
  index: OwnershipIndex,
  pairs: Pair[],
  investigation: string,
  maxDepth: number,
  reviews: ReviewFilter,
  answer: (holdings: Holding[], rowsFor: (shown: Holding[]) => Row[]) => PostProcessOutput,
  locate: (target: number) => { copies: number; location: string },
  row: (h: Holding, location: string, detail: Row) => Row,
): Promise<IndexedAnswer> {
  let chains: OwnershipChain[] = [];
  const output = answer(
    pairs.map((p) => summary(index, p.owner, p.target, p.sums)),
    (shown) => {
      const rows = chainRows(index, shown, "held", reviews, maxDepth, (t) => locate(t).copies);
      const found = detailed(rows, investigation, false);
      chains = found.all;
      return shown.map((h) => {
        const d = checked(found.current.get(pairKey(h.ownerId, h.targetId)), h);
        return row(d, locate(index.positionOf(h.targetId) as number).location, holdingRow(d, found.alternatives));
      });
    },
  );
  return { ...output, graph: await drawing(store, index, chains) };
}

function stateControl(store: GraphStore, index: OwnershipIndex, params: Record<string, unknown>, entities: Record<string, ResolvedEntity>, reviews: ReviewFilter): Promise<IndexedAnswer> {
  const country = String(params.country ?? "");
  const home = country === "" ? undefined : index.positionOf(country);
  const homeCode = home === undefined ? null : index.code(home);
  const owners = index.holders().filter((n) => {
    if (!(index.kind(n) === "Country" || STATE_TYPES.has(index.type(n) ?? ""))) return false;
    if (country === "") return true;
    return index.id(n) === country || (homeCode !== null && index.country(n) === homeCode);
  });
  const pairs = pairsOf(index, owners, reviews, 8, (t) => index.kind(t) === "Asset");
  const locate = (t: number) => {
    const places = index.placesOf(t, reviews);
    const last = places[places.length - 1];
    return { copies: Math.max(1, places.length), location: last !== undefined ? index.name(last) : (index.country(t) ?? "") };
  };
  return pairAnswer(store, index, pairs, "state-control", 8, reviews, (h, rowsFor) => stateControlAnswer(h, params, entities, rowsFor), locate, stateControlRow);
}

function foreignStakes(store: GraphStore, index: OwnershipIndex, params: Record<string, unknown>, entities: Record<string, ResolvedEntity>, reviews: ReviewFilter): Promise<IndexedAnswer> {
  const home = index.positionOf(String(params.ownerCountry));
  const assetCountry = String(params.assetCountry ?? "");
  const there = assetCountry === "" ? undefined : index.positionOf(assetCountry);
  const homeCode = home === undefined ? null : index.code(home);
  const thereCode = there === undefined ? null : index.code(there);
  const stateLinkedOnly = params.stateLinkedOnly === true;
  const owners = home === undefined ? [] : index.holders().filter((n) => {
    if (!(n === home || (homeCode !== null && index.country(n) === homeCode))) return false;
    return !stateLinkedOnly || index.kind(n) === "Country" || index.stateLinked(n) === true || STATE_TYPES.has(index.type(n) ?? "");
  });
  // The location rows of a held entity that pass the Cypher's WHERE: (LOCATED_IN place or none) × (country of its registration or none).
  const located = new Map<number, { copies: number; location: string }>();
  const locate = (t: number) => {
    let found = located.get(t);
    if (found) return found;
    const places: Array<number | null> = index.placesOf(t, reviews);
    const registered: Array<number | null> = index.countriesWithCode(index.country(t));
    let copies = 0;
    let location = "";
    for (const place of places.length ? places : [null]) {
      for (const reg of registered.length ? registered : [null]) {
        const code = (place !== null ? index.code(place) : null) ?? (reg !== null ? index.code(reg) : null);
        if (code === null || homeCode === null || code === homeCode || (assetCountry !== "" && code !== thereCode)) continue;
        copies += 1;
        const name = (place !== null ? index.name(place) : null) ?? (reg !== null ? index.name(reg) : null);
        if (name !== null) location = name;
      }
    }
    located.set(t, (found = { copies, location }));
    return found;
  };
  const pairs = pairsOf(index, owners, reviews, 6, (t) => locate(t).copies > 0);
  return pairAnswer(store, index, pairs, "foreign-stakes", 6, reviews, (h, rowsFor) => foreignStakesAnswer(h, params, entities, rowsFor), locate, foreignStakesRow);
}

/**
 * The answer of an ownership investigation from the ownership index, or undefined when the index does not match
 * the data (the caller then runs the Cypher). Same rows and summary as the Cypher path: ranked, filtered and paged
 * on the index's sums, the listed rows built from their chains by the same postprocess functions.
 */
export async function ownershipFromIndex(store: GraphStore, investigation: string, params: Record<string, unknown>, entities: Record<string, ResolvedEntity>, reviews: ReviewFilter): Promise<IndexedAnswer | undefined> {
  if (!INDEXED_INVESTIGATIONS.has(investigation)) return undefined;
  const index = await freshOwnershipIndex(store);
  if (!index) return undefined;
  try {
    if (investigation === "actor-holdings") return await actorHoldings(store, index, params, entities, reviews);
    if (investigation === "state-control") return await stateControl(store, index, params, entities, reviews);
    return await foreignStakes(store, index, params, entities, reviews);
  } catch (error) {
    if (error instanceof IndexMismatch) {
      console.error(`ownership index: ${error.message}; answered from the database instead`);
      return undefined;
    }
    throw error;
  }
}
