import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { GraphStore } from "../graph/index.js";
import type { StoreGenerationCheck } from "./store-generation-check.js";

/**
 * Answers of read-only requests kept as the JSON sent, so the same investigation with the same parameters is
 * answered again without the store. An entry holds only for the store generation it was computed in, and every
 * cacheable request first reads the store's generation afresh (server/store-generation-check.ts: the embedded
 * store's data stamp, GraphStore.generation, read again only when the database files moved, and shared by the
 * requests that arrive together), so a write past this server —
 * a load by the CLI, another handle on the same database — is seen by the first request after it. Writes through
 * the server also drop every entry as they start and end (server/write-watched-store.ts), and an answer computed
 * while such a write ran, or within `settleMs` after it ended, is not kept. Bounded in memory: least recently used
 * entries go first. YTTERBY_RESULT_CACHE_MB sets the bound: 64 by default on the embedded store, 0 (off) on Neo4j,
 * whose generation (node and relationship counts, the load marker) misses a write past the server that changes
 * only properties, and is read at most once a second.
 */
export interface ResultCacheLimits {
  maxBytes: number;
  /** A write ended less than this ago: answers are not kept. */
  settleMs: number;
}

export const DEFAULT_RESULT_CACHE_MB = 64;

export function resultCacheLimitsFromEnv(env: NodeJS.ProcessEnv = process.env, dialect: GraphStore["dialect"] = "ladybug"): ResultCacheLimits {
  const mb = Number(env.YTTERBY_RESULT_CACHE_MB ?? (dialect === "ladybug" ? DEFAULT_RESULT_CACHE_MB : 0));
  return { maxBytes: Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : 0, settleMs: 5_000 };
}

/** How often Neo4j's generation (a dozen count queries) is read at most; the embedded store's is read per request. */
export const NEO4J_GENERATION_INTERVAL_MS = 1_000;

/** One answer may take at most this share of the cache, so a single huge answer cannot empty it. */
const LARGEST_SHARE = 8;

export class ResultCache {
  private generation = 0;
  private writing = 0;
  private lastWriteEnd = Number.NEGATIVE_INFINITY;
  private bytes = 0;
  /** Insertion order is recency order: a hit moves its entry to the end. */
  private readonly entries = new Map<string, string>();
  private hitCount = 0;
  private missCount = 0;

  constructor(private readonly limits: ResultCacheLimits) {}

  get enabled(): boolean {
    return this.limits.maxBytes > 0;
  }

  /** A write past the server was seen (the store's generation changed): everything kept so far is stale. */
  storeChanged(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  /** A write starts or ends: everything kept so far may be stale. */
  invalidate(phase: "start" | "end"): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
    if (phase === "start") this.writing++;
    else {
      this.writing = Math.max(0, this.writing - 1);
      this.lastWriteEnd = performance.now();
    }
  }

  /** The generation a request starts in; its answer is kept only if that is still the generation when it ends. */
  currentGeneration(): number {
    return this.generation;
  }

  get(key: string): string | undefined {
    const json = this.entries.get(key);
    if (json === undefined) {
      this.missCount++;
      return undefined;
    }
    this.hitCount++;
    this.entries.delete(key);
    this.entries.set(key, json);
    return json;
  }

  set(key: string, generation: number, json: string): void {
    if (!this.enabled || generation !== this.generation || this.writing > 0) return;
    if (performance.now() - this.lastWriteEnd < this.limits.settleMs) return;
    const size = key.length + json.length;
    if (size > this.limits.maxBytes / LARGEST_SHARE) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.bytes -= key.length + old.length;
    }
    this.entries.set(key, json);
    this.bytes += size;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= oldest.length + value.length;
    }
  }

  stats(): { entries: number; bytes: number; hits: number; misses: number } {
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hitCount, misses: this.missCount };
  }
}

/** JSON with object keys sorted at every level, so `{a, b}` and `{b, a}` name the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The requests whose answers depend only on their own URL and body and the data: saved investigations and search. */
function cacheKey(request: FastifyRequest): string | undefined {
  const path = request.url.split("?", 1)[0] ?? "";
  if (request.method === "POST" && /^\/api\/investigations\/[^/]+\/run$/.test(path)) return `POST ${path} ${canonicalJson(request.body ?? {})}`;
  if (request.method === "GET" && path === "/api/search") return `GET ${path} ${canonicalJson(request.query ?? {})}`;
  return undefined;
}

const PENDING = Symbol("result cache entry");
type Keyed = FastifyRequest & { [PENDING]?: { key: string; generation: number } };

/**
 * Registered before admission control, so a kept answer is sent without waiting for a place; the answer a
 * request computes is kept as it is sent (status 200 only: errors, refusals and timeouts are asked again). The
 * generation a request is tagged with is taken after its generation read, so a write past the server that lands
 * while the answer is computed leaves an entry the next request's read drops.
 */
export function registerResultCache(app: FastifyInstance, cache: ResultCache, storeGeneration: StoreGenerationCheck): void {
  if (!cache.enabled) return;
  app.addHook("preHandler", async (request: FastifyRequest, reply: FastifyReply) => {
    const key = cacheKey(request);
    if (!key) return;
    try {
      await storeGeneration.current();
    } catch {
      // The store did not answer: the request runs as without a cache, and its answer is not kept.
      return;
    }
    const kept = cache.get(key);
    if (kept !== undefined) return reply.header("x-ytterby-cache", "hit").type("application/json; charset=utf-8").send(kept);
    (request as Keyed)[PENDING] = { key, generation: cache.currentGeneration() };
  });
  app.addHook("onSend", async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const pending = (request as Keyed)[PENDING];
    if (pending && reply.statusCode === 200 && typeof payload === "string") cache.set(pending.key, pending.generation, payload);
    return payload;
  });
}
