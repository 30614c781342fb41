import { databaseFilesState } from "../graph/index.js";

/**
 * The store's generation (queries/params/entity-index.ts storeGeneration: the embedded store's data stamp, Neo4j's
 * counts and load marker) as read by a read that *started after* the caller asked, so a write that ended before a
 * request arrived — through this server or past it, in another process — is always seen by that request.
 * Callers that arrive together share reads: one read runs at a time, and whoever arrives while it runs waits for
 * the next one, which all of them share. `minIntervalMs` > 0 instead answers from a read at most that old (for
 * Neo4j, where the generation is a dozen count queries).
 */
export class StoreGenerationCheck {
  private last?: string;
  private lastReadStarted = Number.NEGATIVE_INFINITY;
  private running?: Promise<string>;
  private queued?: Promise<string>;

  constructor(
    private readonly readGeneration: () => Promise<string>,
    /** Called with the new generation once each time a read finds one other than the one before it. */
    private readonly onChange: (generation: string) => void,
    private readonly minIntervalMs = 0,
  ) {}

  current(): Promise<string> {
    if (this.minIntervalMs > 0 && this.last !== undefined && performance.now() - this.lastReadStarted < this.minIntervalMs) return Promise.resolve(this.last);
    if (!this.running) return this.start();
    // The running read may have started before the caller's write ended: wait for the one after it.
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<string> {
    this.lastReadStarted = performance.now();
    const read = this.readGeneration().then((generation) => {
      if (this.last !== undefined && generation !== this.last) this.onChange(generation);
      this.last = generation;
      return generation;
    });
    this.running = read;
    const done = () => {
      if (this.running === read) this.running = undefined;
    };
    read.then(done, done);
    return read;
  }
}

/**
 * Files modified less than this before a generation read started are not trusted to stand for it: LadybugDB appends a
 * commit to its log before the commit is visible, so a read in between finds the new files and the old stamp.
 */
const FILES_SETTLE_MS = 2_000;

/**
 * The embedded store's generation read again only when its database files moved (graph databaseFilesState: every
 * commit appends to the write-ahead log) or moved less than FILES_SETTLE_MS before the last read, else the one read
 * last. The read goes to the store process, where at 1M nodes it waited seconds behind other work (the API bench's
 * cached answers: p50 about 2 s against 0.12 s without a check); the stat takes microseconds here.
 */
export function generationWhenFilesMove(location: string, readGeneration: () => Promise<string>, settleMs = FILES_SETTLE_MS): () => Promise<string> {
  let seen: { files: string; generation: string } | undefined;
  return async () => {
    const files = databaseFilesState(location);
    if (files !== undefined && seen?.files === files.key) return seen.generation;
    const readStarted = Date.now();
    const generation = await readGeneration();
    seen = files !== undefined && readStarted - files.modifiedAtMs >= settleMs ? { files: files.key, generation } : undefined;
    return generation;
  };
}
