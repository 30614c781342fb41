import { DATA_STAMP_KEY, DATA_STAMP_QUERY, ENTITY_KINDS, NameIndex, normaliseName, readNameIndex, type GraphStore } from "../../graph/index.js";
import type { EntityCandidate, EntityMatch } from "./entity-match.js";

// Exact and substring hits outrank fuzzy ones; CJK names have no spaces, so substrings matter there.
const EXACT = 3;
const PREFIX = 2;
const SUBSTRING = 1.5;

const collator = new Intl.Collator();

/**
 * Every entity's names, aliases and id slug (graph/names/NameIndex), ranked for search and name lookups. Built
 * from the store's names, or read from the name index file a load writes beside the embedded database.
 */
export class EntityIndex {
  private constructor(
    readonly names: NameIndex,
    /** Where it came from: the file a load wrote beside the database, or names read and indexed here. */
    readonly builtFrom: "index file" | "names",
  ) {}

  static of(candidates: readonly EntityCandidate[]): EntityIndex {
    return new EntityIndex(NameIndex.build(candidates), "names");
  }

  static fromFile(names: NameIndex): EntityIndex {
    return new EntityIndex(names, "index file");
  }

  get size(): number {
    return this.names.entityCount;
  }

  /** Entities whose id, id slug, name or an alias equals the reference once normalised. */
  exact(ref: string, kinds: readonly string[] = ENTITY_KINDS): EntityMatch[] {
    const byId = this.names.findId(ref);
    if (byId >= 0 && kinds.includes(this.names.kindOf(byId))) return [{ ...this.names.entity(byId), matched: ref, score: 1 }];
    const normal = normaliseName(ref);
    if (!normal) return [];
    const matches = new Map<number, EntityMatch>();
    const [from, to] = this.names.exactRange(normal);
    for (let label = from; label < to; label++) {
      const e = this.names.entityOf(label);
      if (kinds.includes(this.names.kindOf(e)) && !matches.has(e)) matches.set(e, { ...this.names.entity(e), matched: this.names.labelText(label), score: 1 });
    }
    return [...matches.values()];
  }

  /** Exact, prefix and substring matches first, then typo-tolerant word matches (edit distance up to a fifth of the word). */
  rank(query: string, limit: number, kinds: readonly string[] = ENTITY_KINDS): EntityMatch[] {
    const wanted = normaliseName(query);
    if (!wanted) return [];
    const allowed = new Set(kinds);
    const best = new Map<number, { score: number; label: number }>();
    const offer = (label: number, score: number) => {
      const e = this.names.entityOf(label);
      if (!allowed.has(this.names.kindOf(e))) return;
      const current = best.get(e);
      if (!current || score > current.score) best.set(e, { score, label });
    };
    const labelLength = (label: number) => this.names.parts.labels.end(label, 1) - this.names.parts.labels.starts[label]!;
    const [from, to] = this.names.prefixRange(wanted);
    for (let label = from; label < to; label++) {
      const length = labelLength(label);
      offer(label, length === wanted.length ? EXACT : PREFIX + wanted.length / length / 10);
    }
    this.names.forEachContaining(wanted, (label) => {
      if (label < from || label >= to) offer(label, SUBSTRING + wanted.length / labelLength(label) / 10);
    });
    const hits = this.names.searchWords(wanted);
    const top = hits[0]?.score ?? 1;
    for (const hit of hits) offer(hit.label, hit.score / top);
    return this.top(best, limit);
  }

  /** The best `limit`, by score and then name; only those scoring at least the limit-th best score are compared by name. */
  private top(best: Map<number, { score: number; label: number }>, limit: number): EntityMatch[] {
    if (best.size === 0 || limit <= 0) return [];
    const scores = Float64Array.from(best.values(), (hit) => hit.score).sort();
    const cut = scores[Math.max(0, scores.length - limit)]!;
    return [...best]
      .filter(([, hit]) => hit.score >= cut)
      .map(([e, hit]) => ({ e, match: { ...this.names.entity(e), matched: this.names.labelText(hit.label), score: hit.score } }))
      .sort((a, b) => b.match.score - a.match.score || collator.compare(a.match.name, b.match.name) || a.e - b.e)
      .slice(0, limit)
      .map(({ match }) => match);
  }
}

/** Ranks a one-off list of candidates (a query's rows) the way the index ranks the whole graph. */
export function rankEntities(candidates: readonly EntityCandidate[], query: string, limit: number): EntityMatch[] {
  return EntityIndex.of(candidates).rank(query, limit, [...new Set(candidates.map((c) => c.kind))]);
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

/** Keyed by the store that holds the data, not by a wrapper around it (GraphStore.wraps). */
const cache = new WeakMap<GraphStore, Cached>();
const keyOf = (store: GraphStore): GraphStore => store.wraps ?? store;
/** How long a built index is trusted before the store's generation is read again (one cheap read). */
const RECHECK_MS = 2_000;

/**
 * What changes when anything is written: the embedded store's data stamp (graph/ownership/snapshot.ts), which
 * also names the name index file built from it; elsewhere (Neo4j) node and relationship counts and an
 * unfinished-load marker.
 */
export async function storeGeneration(store: GraphStore): Promise<{ generation: string; stamp?: string }> {
  if (store.dialect === "ladybug") {
    // The embedded store's generation is its data stamp, read on a connection that does not queue behind reads.
    const stamp = store.generation ? await store.generation() : (await store.read(DATA_STAMP_QUERY, { key: DATA_STAMP_KEY })).rows[0]?.value;
    if (typeof stamp === "string") return { generation: `stamp ${stamp}`, stamp };
  }
  return { generation: JSON.stringify(await store.stats()) };
}

/**
 * The name index file beside the embedded database when it was built from the data as it is now (a load writes it
 * at its end; a fraction of a second to read at a million entities), else every name read from the store and
 * indexed here (seconds to tens of seconds at that size).
 */
async function buildIndex(store: GraphStore, stamp: string | undefined): Promise<EntityIndex> {
  const names = stamp === undefined ? undefined : await readNameIndex(store.location, stamp).catch(() => undefined);
  if (names) return EntityIndex.fromFile(names);
  return EntityIndex.of(await entityCandidates(store, ENTITY_KINDS));
}

/**
 * The entity index for this store, built on first use and again when the store's generation changes (a load, a
 * review or a reset wrote something). A load in another process is seen by the lookups after the next check (at
 * most every RECHECK_MS, behind the search that triggers it), or at once with `recheck`. Nothing runs on a timer,
 * so a one-shot command exits when its own work is done.
 */
export async function entityIndexFor(store: GraphStore, options: { recheck?: boolean } = {}): Promise<EntityIndex> {
  const cached = cache.get(keyOf(store));
  if (cached && !options.recheck) {
    // A search never waits for the check: it reads the index it has while the store's generation is compared behind it.
    if (Date.now() - cached.checkedAt >= RECHECK_MS) {
      cached.checkedAt = Date.now();
      refresh(store).catch(() => undefined);
    }
    return cached.index;
  }
  return refresh(store);
}

async function refresh(store: GraphStore): Promise<EntityIndex> {
  const cached = cache.get(keyOf(store));
  const now = Date.now();
  const { generation, stamp } = await storeGeneration(store);
  if (cached && cached.generation === generation) {
    cached.checkedAt = now;
    return cached.index;
  }
  const building = buildIndex(store, stamp);
  if (!cached) {
    cache.set(keyOf(store), { generation, checkedAt: now, index: building });
    building.catch(() => cache.delete(keyOf(store)));
    return building;
  }
  // The old index keeps answering searches while the new one is read and built.
  const built = await building;
  // A write past the server invalidated the index while this one was read (invalidateEntityIndex): it may predate
  // that write, so it answers this caller only and the next lookup builds afresh.
  if (cache.get(keyOf(store)) === cached) cache.set(keyOf(store), { generation, checkedAt: Date.now(), index: Promise.resolve(built) });
  return built;
}

/**
 * The hook a writer calls after writing, so the next search or name lookup sees renamed entities at once. With
 * `unlessGeneration` (a generation storeGeneration just read), an index built from that generation is kept: the
 * write it stands for was seen already, and at a million entities a needless rebuild costs seconds.
 */
export function invalidateEntityIndex(store: GraphStore, options: { unlessGeneration?: string } = {}): void {
  const cached = cache.get(keyOf(store));
  if (cached && options.unlessGeneration !== undefined && cached.generation === options.unlessGeneration) return;
  cache.delete(keyOf(store));
}
