import { availableParallelism } from "node:os";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { BusyError } from "../graph/index.js";
import { sendError } from "./errors.js";

/**
 * How many API requests the server works on at once and how long one may wait for its turn. A request past
 * either is answered at once with 503 and Retry-After instead of joining a queue that only grows (at 100k
 * nodes and 32 clients, every request waited 13–45 s behind the others). YTTERBY_MAX_ACTIVE (default: the read
 * connections, YTTERBY_READ_CONNECTIONS or one a core, at least 2), YTTERBY_MAX_QUEUED (64) and
 * YTTERBY_MAX_QUEUE_WAIT_MS (3000) set them. /api/health is never held.
 */
export interface AdmissionLimits {
  maxActive: number;
  maxQueued: number;
  maxWaitMs: number;
}

const positive = (value: string | undefined): number | undefined => {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
};

export function admissionLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): AdmissionLimits {
  const connections = positive(env.YTTERBY_READ_CONNECTIONS) ?? Math.max(2, availableParallelism());
  return {
    maxActive: positive(env.YTTERBY_MAX_ACTIVE) ?? connections,
    maxQueued: positive(env.YTTERBY_MAX_QUEUED) ?? 64,
    maxWaitMs: positive(env.YTTERBY_MAX_QUEUE_WAIT_MS) ?? 3_000,
  };
}

/** A request's recent cost is weighed this much against the running mean (an exponential moving average). */
const SMOOTHING = 0.2;

export class RequestAdmission {
  private active = 0;
  private readonly queue: Array<() => void> = [];
  /** Mean time a request holds its place, in ms; undefined until one has finished. */
  private meanServiceMs?: number;

  constructor(private readonly limits: AdmissionLimits) {}

  /** How long a request arriving now would wait for its turn, from the requests ahead and their mean time. */
  estimatedWaitMs(): number {
    if (this.active < this.limits.maxActive) return 0;
    const rounds = Math.ceil((this.queue.length + 1) / this.limits.maxActive);
    return rounds * (this.meanServiceMs ?? 0);
  }

  /** Resolves with a release function once the request may run; throws BusyError when it should not wait. */
  async enter(): Promise<() => void> {
    if (this.active >= this.limits.maxActive) {
      const waitMs = this.estimatedWaitMs();
      if (this.queue.length >= this.limits.maxQueued || waitMs > this.limits.maxWaitMs) {
        const seconds = Math.min(60, Math.max(1, Math.ceil(waitMs / 1000)));
        throw new BusyError(`the server is busy: ${this.active + this.queue.length} requests are ahead of this one, about ${seconds} s of work. Try again in ${seconds} s.`, seconds);
      }
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.active++;
    }
    const started = performance.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const ms = performance.now() - started;
      this.meanServiceMs = this.meanServiceMs === undefined ? ms : this.meanServiceMs + SMOOTHING * (ms - this.meanServiceMs);
      const next = this.queue.shift();
      // The place passes straight to the next request in line, so `active` stays the same.
      if (next) next();
      else this.active--;
    };
  }
}

const RELEASE = Symbol("admission release");
type Admitted = FastifyRequest & { [RELEASE]?: () => void };

/** Holds every /api/ request but /api/health and uploads to the limits; the place is given back when the answer is sent or the client goes away. */
export function registerAdmission(app: FastifyInstance, admission: RequestAdmission): void {
  app.addHook("preHandler", async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split("?")[0] ?? "";
    // An upload holds its place for the whole load (minutes), and has its own limits.
    if (!path.startsWith("/api/") || path === "/api/health" || (request.method === "POST" && path === "/api/documents")) return;
    let release: () => void;
    try {
      release = await admission.enter();
    } catch (error) {
      return sendError(error, request, reply);
    }
    (request as Admitted)[RELEASE] = release;
    reply.raw.once("close", release);
  });
  app.addHook("onResponse", async (request: FastifyRequest) => {
    (request as Admitted)[RELEASE]?.();
  });
}
