import type { GraphStats, GraphStore } from "../graph/index.js";

const REFRESH_AFTER_MS = 5_000;

/**
 * /api/health must answer while queries queue up behind a slow one, so it never waits for the store: it
 * returns the counts last read and starts a refresh in the background when they are older than a few seconds.
 */
export class HealthCache {
  private stats?: GraphStats;
  private readAt = 0;
  private refreshing?: Promise<void>;
  private lastError?: string;

  constructor(private readonly store: GraphStore) {}

  /** The first read is awaited at server start, so health has counts from the first request on. */
  async prime(): Promise<void> {
    await this.refresh();
  }

  /** After a write: the counts are read again now, and the next snapshot has them. */
  async reload(): Promise<void> {
    await this.refreshing?.catch(() => undefined);
    await this.refresh();
  }

  snapshot(): { counts?: GraphStats; countsAgeMs?: number; countsError?: string } {
    if (Date.now() - this.readAt > REFRESH_AFTER_MS) void this.refresh();
    return { counts: this.stats, countsAgeMs: this.stats ? Date.now() - this.readAt : undefined, ...(this.lastError ? { countsError: this.lastError } : {}) };
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.store
      .stats()
      .then(
        (stats) => {
          this.stats = stats;
          this.readAt = Date.now();
          this.lastError = undefined;
        },
        (error: unknown) => {
          this.lastError = (error as Error).message;
        },
      )
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }
}
