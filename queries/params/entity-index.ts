import MiniSearch from "minisearch";
import { ENTITY_KINDS, type GraphStore } from "../../graph/index.js";
import { labelsOf, normaliseName, type EntityCandidate, type EntityMatch } from "./entity-match.js";

// Exact and substring hits outrank fuzzy ones; CJK names have no spaces, so substrings matter there.
const EXACT = 3;
const PREFIX = 2;
const SUBSTRING = 1.5;

interface Label {
  candidate: EntityCandidate;
  label: string;
  normal: string;
}

/**
 * Every entity's names, aliases and id slug, normalised once: exact lookups by a hash map, ranking by a scan
 * of the normalised labels plus a MiniSearch index built once, instead of per request as before (24 s a
 * search at 1M nodes).
 */
export class EntityIndex {
  private readonly labels: Label[] = [];
  private readonly byNormal = new Map<string, Label[]>();
  private readonly byId = new Map<string, EntityCandidate>();
  private readonly search: MiniSearch<{ id: number; text: string }>;

  constructor(candidates: readonly EntityCandidate[]) {
    for (const candidate of candidates) {
      this.byId.set(candidate.id, candidate);
      for (const label of labelsOf(candidate)) {
        const entry = { candidate, label, normal: normaliseName(label) };
        this.labels.push(entry);
        const same = this.byNormal.get(entry.normal);
        if (same) same.push(entry);
        else this.byNormal.set(entry.normal, [entry]);
      }
    }
    this.search = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], processTerm: (term) => normaliseName(term) || null });
    this.search.addAll(this.labels.map((l, id) => ({ id, text: l.normal })));
  }

  get size(): number {
    return this.byId.size;
  }

  /** Entities whose id, id slug, name or an alias equals the reference once normalised. */
  exact(ref: string, kinds: readonly string[] = ENTITY_KINDS): EntityMatch[] {
    const byId = this.byId.get(ref);
    if (byId && kinds.includes(byId.kind)) return [{ ...byId, matched: byId.id, score: 1 }];
    const matches = new Map<string, EntityMatch>();
    for (const { candidate, label } of this.byNormal.get(normaliseName(ref)) ?? []) {
      if (kinds.includes(candidate.kind) && !matches.has(candidate.id)) matches.set(candidate.id, { ...candidate, matched: label, score: 1 });
    }
    return [...matches.values()];
  }

  /** Exact, prefix and substring matches first, then MiniSearch's typo-tolerant term matches (edit distance up to a fifth of the term). */
  rank(query: string, limit: number, kinds: readonly string[] = ENTITY_KINDS): EntityMatch[] {
    const wanted = normaliseName(query);
    if (!wanted) return [];
    const best = new Map<string, EntityMatch>();
    const offer = (candidate: EntityCandidate, matched: string, score: number) => {
      if (!kinds.includes(candidate.kind)) return;
      const current = best.get(candidate.id);
      if (!current || score > current.score) best.set(candidate.id, { ...candidate, matched, score });
    };
    for (const { candidate, label, normal } of this.labels) {
      if (normal === wanted) offer(candidate, label, EXACT);
      else if (normal.startsWith(wanted)) offer(candidate, label, PREFIX + wanted.length / normal.length / 10);
      else if (normal.includes(wanted)) offer(candidate, label, SUBSTRING + wanted.length / normal.length / 10);
    }
    const hits = this.search.search(wanted, { fuzzy: 0.2, prefix: true, combineWith: "AND" });
    const top = hits[0]?.score ?? 1;
    for (const hit of hits) {
      const entry = this.labels[hit.id as number];
      if (entry) offer(entry.candidate, entry.label, hit.score / top);
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
  }
}

/** Ranks a one-off list of candidates (a query's rows) the way the index ranks the whole graph. */
export function rankEntities(candidates: readonly EntityCandidate[], query: string, limit: number): EntityMatch[] {
  return new EntityIndex(candidates).rank(query, limit, [...new Set(candidates.map((c) => c.kind))]);
}

/** Names and aliases of every node of the given kinds; the label comes from the schema's enum, never from input. */
export async function entityCandidates(store: GraphStore, kinds: readonly string[], options: { timeoutMs?: number } = {}): Promise<EntityCandidate[]> {
  const candidates: EntityCandidate[] = [];
  for (const kind of kinds) {
    if (!(ENTITY_KINDS as readonly string[]).includes(kind)) continue;
    const result = await store.read(`MATCH (n:${kind}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases`, {}, { rowLimit: 100_000_000, timeoutMs: options.timeoutMs ?? 120_000 });
    for (const row of result.rows) {
      candidates.push({ id: String(row.id), kind, name: String(row.name ?? row.id), aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [] });
    }
  }
  return candidates;
}

interface Cached {
  generation: string;
  checkedAt: number;
  index: Promise<EntityIndex>;
}

const cache = new WeakMap<GraphStore, Cached>();
/** How long a built index is trusted before the store's counts are compared again (one cheap read). */
const RECHECK_MS = 2_000;

/** What changes when a load adds or removes anything: node and relationship counts and an unfinished-load marker. */
async function generationOf(store: GraphStore): Promise<string> {
  return JSON.stringify(await store.stats());
}

/**
 * The entity index for this store, built on first use and rebuilt when the store's generation changes (its
 * counts differ: a load added or removed something). A load that only renames must call invalidateEntityIndex;
 * a load in another process is seen by the lookups after the next check (at most every RECHECK_MS, in the
 * background), or at once with `recheck`.
 */
export async function entityIndexFor(store: GraphStore, options: { recheck?: boolean } = {}): Promise<EntityIndex> {
  const cached = cache.get(store);
  if (cached && !options.recheck) {
    // A search never waits for the check: it reads the index it has while the store's counts are compared behind it.
    if (Date.now() - cached.checkedAt >= RECHECK_MS) {
      cached.checkedAt = Date.now();
      refresh(store).catch(() => undefined);
    }
    return cached.index;
  }
  return refresh(store);
}

async function refresh(store: GraphStore): Promise<EntityIndex> {
  const cached = cache.get(store);
  const now = Date.now();
  const generation = await generationOf(store);
  if (cached && cached.generation === generation) {
    cached.checkedAt = now;
    return cached.index;
  }
  const building = entityCandidates(store, ENTITY_KINDS).then((candidates) => new EntityIndex(candidates));
  if (!cached) {
    cache.set(store, { generation, checkedAt: now, index: building });
    building.catch(() => cache.delete(store));
    return building;
  }
  // The old index keeps answering searches while the new one is read and built.
  const built = await building;
  cache.set(store, { generation, checkedAt: Date.now(), index: Promise.resolve(built) });
  return built;
}

/** The hook a loader calls after writing, so the next search or name lookup sees renamed entities at once. */
export function invalidateEntityIndex(store: GraphStore): void {
  cache.delete(store);
}
