import { statSync } from "node:fs";

export interface DatabaseFilesState {
  /** Inode, size and modification time of the database file and of its write-ahead log. */
  key: string;
  /** The later of the two files' modification times (ms since the epoch). */
  modifiedAtMs: number;
}

/**
 * What the embedded database's files look like now. LadybugDB appends every commit to `<path>.wal` and a checkpoint
 * rewrites `<path>` (and empties the log), so a write by any handle on the database changes the key, while reads
 * leave it as it was. A stat of two files, in whatever process asks: a cache can tell that nothing was written without
 * asking the store process, which may be busy for seconds. Undefined when the database file cannot be read.
 * Synchronous on purpose: two stats take microseconds, and on a loaded machine each trip through libuv's thread pool
 * and back is another wait for the event loop, which on a loaded machine may cost a cached answer milliseconds.
 */
export function databaseFilesState(path: string): DatabaseFilesState | undefined {
  const describe = (file: string) => {
    const s = statSync(file, { bigint: true });
    return { key: `${s.ino}:${s.size}:${s.mtimeNs}`, modifiedAtMs: Number(s.mtimeNs / 1_000_000n) };
  };
  try {
    const database = describe(path);
    let log = { key: "no log", modifiedAtMs: 0 };
    try {
      log = describe(`${path}.wal`);
    } catch {
      // No log: nothing written since the last checkpoint.
    }
    return { key: `${database.key} ${log.key}`, modifiedAtMs: Math.max(database.modifiedAtMs, log.modifiedAtMs) };
  } catch {
    return undefined;
  }
}
