import { ENTITY_KINDS, type GraphStore } from "../../graph/index.js";
import type { EntityCandidate } from "./entity-match.js";
import { EntityIndexThread } from "./entity-index-thread.js";

export { EntityIndex, rankEntities } from "./entity-ranking.js";
export type { EntityIndexThread } from "./entity-index-thread.js";

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
  /** Builds are numbered as they start: a later one read newer names. */
  seq: number;
  checkedAt: number;
  index: Promise<EntityIndexThread>;
  /** Set once an index (this generation's or, during a rebuild, the previous one) answers. */
  ready?: EntityIndexThread;
  /** The generation being built behind the ready index, so rechecks do not start a second build. */
  rebuilding?: { generation: string; index: Promise<EntityIndexThread> };
}

const cache = new WeakMap<GraphStore, Cached>();
let builds = 0;
/** How long a built index is trusted before the store's counts are compared again (one cheap read). */
const RECHECK_MS = 2_000;

/** What changes when a load adds or removes anything: node and relationship counts and an unfinished-load marker. */
async function generationOf(store: GraphStore): Promise<string> {
  return JSON.stringify(await store.stats());
}

/** Reads every name and builds the index in its own thread; the event loop only forwards chunks of rows. */
async function build(store: GraphStore): Promise<EntityIndexThread> {
  const thread = new EntityIndexThread();
  try {
    await thread.build(await entityCandidates(store, ENTITY_KINDS));
    return thread;
  } catch (error) {
    thread.stop();
    throw error;
  }
}

/**
 * The entity index for this store, built on first use (in a worker thread) and rebuilt when the store's
 * generation changes (its counts differ: a load added or removed something). A load that only renames must
 * call invalidateEntityIndex; a load in another process is seen by the lookups after the next check (at most
 * every RECHECK_MS, in the background), or at once with `recheck`. Waits for the build when there is none yet.
 */
export async function entityIndexFor(store: GraphStore, options: { recheck?: boolean } = {}): Promise<EntityIndexThread> {
  const cached = cache.get(store);
  if (cached && !options.recheck) {
    recheckBehind(store, cached);
    return cached.index;
  }
  return refresh(store);
}

/**
 * The index if one can answer now, else undefined (and its build is started): callers answer from the
 * store instead of waiting seconds for the first build (23 s at 1M names).
 */
export function readyEntityIndex(store: GraphStore): EntityIndexThread | undefined {
  const cached = cache.get(store);
  if (!cached) {
    refresh(store).catch(() => undefined);
    return undefined;
  }
  recheckBehind(store, cached);
  return cached.ready;
}

/** Starts building the index without waiting for it (server start, after a load). */
export function warmEntityIndex(store: GraphStore): Promise<void> {
  return entityIndexFor(store).then(() => undefined);
}

// A lookup never waits for the check: it reads the index it has while the store's counts are compared behind it.
function recheckBehind(store: GraphStore, cached: Cached): void {
  if (Date.now() - cached.checkedAt < RECHECK_MS) return;
  cached.checkedAt = Date.now();
  refresh(store).catch(() => undefined);
}

async function refresh(store: GraphStore): Promise<EntityIndexThread> {
  const generation = await generationOf(store);
  // Read after the await: another call may have started or finished a build meanwhile.
  const cached = cache.get(store);
  const now = Date.now();
  if (cached && cached.generation === generation) {
    cached.checkedAt = now;
    return cached.index;
  }
  if (cached?.rebuilding?.generation === generation) return cached.rebuilding.index;
  if (!cached) {
    const entry: Cached = { generation, seq: ++builds, checkedAt: now, index: build(store) };
    cache.set(store, entry);
    entry.index.then(
      (thread) => {
        if (cache.get(store) === entry) entry.ready = thread;
        else thread.retire();
      },
      () => {
        if (cache.get(store) === entry) cache.delete(store);
      },
    );
    return entry.index;
  }
  // The old index keeps answering while the new one is read and built.
  const seq = ++builds;
  const rebuilding = build(store);
  cached.rebuilding = { generation, index: rebuilding };
  try {
    const built = await rebuilding;
    // Builds can overlap (a recheck during a load): the one started last read the newest names, whichever finishes first.
    const latest = cache.get(store);
    if (latest && latest.seq > seq) {
      built.retire();
      return latest.index;
    }
    latest?.ready?.retire();
    cache.set(store, { generation, seq, checkedAt: Date.now(), index: Promise.resolve(built), ready: built });
    return built;
  } finally {
    if (cached.rebuilding?.index === rebuilding) cached.rebuilding = undefined;
  }
}

/**
 * The hook a loader calls after writing: the next search or name lookup sees renamed entities, answered from
 * the store until the new index (whose build starts now) is ready.
 */
export function invalidateEntityIndex(store: GraphStore): void {
  cache.get(store)?.ready?.retire();
  cache.delete(store);
  refresh(store).catch(() => undefined);
}
