import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/**
 * Answers of read-only requests kept as the JSON sent, so the same investigation with the same parameters is
 * answered again without the store. An entry holds only for the store generation it was computed in: every
 * write bumps the generation and drops every entry (server/write-watched-store.ts), and an answer computed
 * while a write ran, or within `settleMs` after one ended, is not kept (the entity index is trusted for two
 * seconds without checking the store, queries/params/entity-index.ts, so a search just after a load may still
 * see the names before it). Bounded in memory: least recently used entries go first.
 * YTTERBY_RESULT_CACHE_MB sets the bound. Off by default (0): the cache sees only writes made through this server,
 * so a load by another process (`ytterby load` into a shared Neo4j, or a write past the server) would leave it
 * answering from before that write. Turn it on where this server is the only writer.
 */
export interface ResultCacheLimits {
  maxBytes: number;
  /** A write ended less than this ago: answers are not kept. */
  settleMs: number;
}

export function resultCacheLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): ResultCacheLimits {
  const mb = Number(env.YTTERBY_RESULT_CACHE_MB ?? 0);
  return { maxBytes: Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : 0, settleMs: 5_000 };
}

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
 * request computes is kept as it is sent (status 200 only: errors, refusals and timeouts are asked again).
 */
export function registerResultCache(app: FastifyInstance, cache: ResultCache): void {
  if (!cache.enabled) return;
  app.addHook("preHandler", async (request: FastifyRequest, reply: FastifyReply) => {
    const key = cacheKey(request);
    if (!key) return;
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
