/**
 * Statement-level exclusion between the write connection and the read connections. LadybugDB 0.19 crashed the
 * store process (measured: an upload of 15k FtM companies while ultimate-owners ran in a loop) when a read ran
 * on one connection while a write statement ran on another, so a write statement waits for the reads running to
 * finish and new reads wait for it. Reads still run between the statements of a load, which keeps an
 * investigation's wait to one statement's length rather than the whole load's.
 */
export class ReadWriteGate {
  private activeReads = 0;
  /** Set while a write statement waits or runs; reads that arrive meanwhile wait for it (so writes are not starved). */
  private writer?: Promise<void>;
  private drained?: () => void;

  async read<T>(work: () => Promise<T>): Promise<T> {
    while (this.writer) await this.writer;
    this.activeReads++;
    try {
      return await work();
    } finally {
      this.activeReads--;
      if (this.activeReads === 0) this.drained?.();
    }
  }

  /** Callers serialise writes themselves (the store's one write connection); this only keeps reads out. */
  async write<T>(work: () => Promise<T>): Promise<T> {
    let release!: () => void;
    this.writer = new Promise<void>((resolve) => (release = resolve));
    try {
      if (this.activeReads > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      this.drained = undefined;
      return await work();
    } finally {
      this.writer = undefined;
      release();
    }
  }
}
