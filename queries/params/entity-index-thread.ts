import { Worker } from "node:worker_threads";
import type { EntityCandidate, EntityMatch } from "./entity-match.js";
import type { IndexCall, IndexReply } from "./entity-index-protocol.js";

const BOOT = new URL("./entity-index-boot.js", import.meta.url);
const BODY = new URL("./entity-index-worker.ts", import.meta.url).href;
/** Candidates per message: structured cloning of one huge array would hold the event loop as long as building did. */
const CHUNK = 20_000;
const RETIRE_MS = 60_000;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The entity index in a worker thread: fed the store's names in chunks, built there, then asked for exact
 * lookups and rankings by message. The thread keeps the process alive only while a call is outstanding.
 */
export class EntityIndexThread {
  private readonly worker = new Worker(BOOT, { workerData: { entry: BODY } });
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failed: Error | undefined;
  size = 0;

  constructor() {
    this.worker.unref();
    this.worker.on("message", (reply: IndexReply) => this.settle(reply));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`entity index: the index thread stopped (exit ${code})`)));
  }

  /** Sends every candidate and builds; resolves with the number of entities indexed. */
  async build(candidates: readonly EntityCandidate[]): Promise<void> {
    for (let start = 0; start < candidates.length; start += CHUNK) await this.call({ type: "add", candidates: candidates.slice(start, start + CHUNK) });
    this.size = Number(await this.call({ type: "build" }));
  }

  async exact(ref: string, kinds: readonly string[]): Promise<EntityMatch[]> {
    return (await this.call({ type: "exact", ref, kinds })) as EntityMatch[];
  }

  async rank(query: string, limit: number, kinds: readonly string[]): Promise<EntityMatch[]> {
    return (await this.call({ type: "rank", query, limit, kinds })) as EntityMatch[];
  }

  stop(): void {
    void this.worker.terminate();
  }

  /** Stops the thread a while after it was replaced, so lookups already handed this index still get answers. */
  retire(afterMs = RETIRE_MS): void {
    setTimeout(() => this.stop(), afterMs).unref();
  }

  private call(call: DistributiveOmit<IndexCall, "id">): Promise<unknown> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...call, id });
    });
  }

  private settle(reply: IndexReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.worker.unref();
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(new Error(reply.message));
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    this.worker.unref();
  }
}
