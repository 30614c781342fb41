import { z } from "zod";
import { StoreError } from "../../graph/index.js";
import { round, type Row } from "./types.js";

const nullableNumbers = z.array(z.number().nullable());
const nullableStrings = z.array(z.string().nullable());

/** One OWNS path as the ownership investigations return it, owner first. Rows are checked: they come from a database. */
export const ownershipChainSchema = z.object({
  ids: z.array(z.string()).min(2),
  names: z.array(z.string()),
  relIds: z.array(z.string()),
  shares: nullableNumbers,
  shareMins: nullableNumbers,
  shareMaxs: nullableNumbers,
  confidences: nullableNumbers,
  sinces: nullableStrings,
  /** Each step's status (reported, planned …), when the Cypher returns it: investigations that draw only a sample of their chains cannot look it up in the drawing. */
  statuses: nullableStrings.optional(),
  /** The product of shares along the chain; null when a share is not stated. Computed here when the Cypher leaves it out. */
  stake: z.number().nullable().optional(),
});
export type OwnershipChain = z.infer<typeof ownershipChainSchema> & { stake: number | null };

/** 100 × the product of the shares as fractions, in the order Neo4j's reduce() takes them; null when one is missing. */
function stakeOf(shares: ReadonlyArray<number | null>): number | null {
  let stake = 100;
  for (const share of shares) {
    if (share === null) return null;
    stake = (stake * share) / 100;
  }
  return stake;
}

export function chainsFromRows(investigation: string, rows: Row[]): OwnershipChain[] {
  return rows.map((row, index) => {
    const parsed = ownershipChainSchema.safeParse(row);
    if (!parsed.success) throw new StoreError(`${investigation}: row ${index + 1} is not an ownership chain (${parsed.error.issues[0]?.message}). The Cypher must return ids, names, relIds, shares, shareMins, shareMaxs, confidences and sinces (stake is optional).`);
    return { ...parsed.data, stake: parsed.data.stake === undefined ? stakeOf(parsed.data.shares) : parsed.data.stake };
  });
}

/** Bounds of a chain's stake: a missing share counts as its stated range, else as 0–100%. */
export function chainRange(chain: OwnershipChain): { min: number; max: number } {
  let min = 100;
  let max = 100;
  chain.shares.forEach((share, i) => {
    min *= (share ?? chain.shareMins[i] ?? 0) / 100;
    max *= (share ?? chain.shareMaxs[i] ?? 100) / 100;
  });
  return { min, max };
}

const pathKey = (chain: OwnershipChain) => chain.ids.join(">");
const relKey = (chain: OwnershipChain) => chain.relIds.join(">");
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Shortest first, then by the nodes and edges they pass: the order a holding lists its chains in, whatever the store's. */
function inChainOrder(chains: OwnershipChain[]): OwnershipChain[] {
  const keyed = chains.map((chain) => ({ chain, path: pathKey(chain), rels: relKey(chain) }));
  keyed.sort((a, b) => a.chain.ids.length - b.chain.ids.length || compareText(a.path, b.path) || compareText(a.rels, b.rels));
  return keyed.map((k) => k.chain);
}
const weakest = (chain: OwnershipChain) => Math.min(...chain.confidences.map((c) => c ?? 1));
const latest = (chain: OwnershipChain) => chain.sinces.reduce<string>((m, s) => (s && s > m ? s : m), "");

/**
 * Parallel OWNS edges are conflicting claims about one stake (8.0% vs 7.7%), not two stakes, so
 * chains through the same nodes are alternatives: keep the best-sourced, then the most recent.
 */
export function preferClaims(chains: OwnershipChain[]): { kept: OwnershipChain[]; alternatives: Map<string, OwnershipChain[]> } {
  const byPath = new Map<string, OwnershipChain[]>();
  for (const chain of chains) byPath.set(pathKey(chain), [...(byPath.get(pathKey(chain)) ?? []), chain]);
  const kept: OwnershipChain[] = [];
  const alternatives = new Map<string, OwnershipChain[]>();
  for (const [key, group] of byPath) {
    // Last, the edge ids: rival claims alike in all three come back from the store in no fixed order.
    const sorted = [...group].sort((a, b) => weakest(b) - weakest(a) || latest(b).localeCompare(latest(a)) || (b.stake ?? -1) - (a.stake ?? -1) || compareText(relKey(a), relKey(b)));
    const [best, ...rest] = sorted;
    if (!best) continue;
    kept.push(best);
    if (rest.length) alternatives.set(key, rest);
  }
  return { kept, alternatives };
}

export interface Holding {
  ownerId: string;
  ownerName: string;
  targetId: string;
  targetName: string;
  /** Sum over parallel chains of the product of shares; null when no chain has every share stated. */
  stake: number | null;
  min: number;
  max: number;
  chains: OwnershipChain[];
  /** Chains whose stake is unknown because a share along them is not stated. */
  unknownChains: number;
}

/** Effective stakes: chains grouped by owner and target, their products summed. */
export function aggregateHoldings(chains: OwnershipChain[]): Holding[] {
  const holdings = new Map<string, Holding>();
  for (const chain of inChainOrder(chains)) {
    const ownerId = chain.ids[0] ?? "";
    const targetId = chain.ids[chain.ids.length - 1] ?? "";
    const key = `${ownerId}>${targetId}`;
    const holding = holdings.get(key) ?? { ownerId, ownerName: chain.names[0] ?? ownerId, targetId, targetName: chain.names[chain.names.length - 1] ?? targetId, stake: null, min: 0, max: 0, chains: [], unknownChains: 0 };
    const range = chainRange(chain);
    holding.chains.push(chain);
    holding.min += chain.stake ?? range.min;
    holding.max += chain.stake ?? range.max;
    if (chain.stake === null) holding.unknownChains += 1;
    else holding.stake = (holding.stake ?? 0) + chain.stake;
    holdings.set(key, holding);
  }
  return [...holdings.values()].map((h) => ({ ...h, min: Math.min(100, h.min), max: Math.min(100, h.max) }));
}

export function describeChain(chain: OwnershipChain): string {
  const shares = chain.shares.map((s, i) => (s !== null ? `${round(s)}%` : chain.shareMins[i] != null || chain.shareMaxs[i] != null ? `${chain.shareMins[i] ?? "?"}–${chain.shareMaxs[i] ?? "?"}%` : "?"));
  return `${chain.names.join(" → ")} (${shares.join(" × ")})`;
}

/** The intermediate holders of a holding's chains, for "via Fin-Proyekt". */
export function viaNames(holding: Holding): string[] {
  return [...new Set(holding.chains.flatMap((c) => c.names.slice(1, -1)))];
}

export function holdingRow(holding: Holding, alternatives: Map<string, OwnershipChain[]>): Row {
  const conflicting = holding.chains.flatMap((c) => alternatives.get(c.ids.join(">")) ?? []);
  const stake = holding.stake === null ? null : round(holding.stake, 4);
  const sure = holding.unknownChains === 0;
  return {
    effectiveStake: stake,
    range: sure ? null : `${round(holding.min)}–${round(holding.max)}%`,
    over25: holding.min >= 25 || (stake ?? 0) >= 25,
    over50: holding.min >= 50 || (stake ?? 0) >= 50,
    via: viaNames(holding).join(", "),
    depth: holding.chains.reduce((least, c) => Math.min(least, c.ids.length - 1), Number.POSITIVE_INFINITY),
    chains: holding.chains.map(describeChain),
    // Sorted: the store returns parallel claims in no fixed order, and the answer must not depend on it.
    conflictingClaims: conflicting.map(describeChain).sort(),
  };
}
