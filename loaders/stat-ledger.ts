import type { Stats } from "node:fs";

/**
 * Ledger entries that let a re-load skip a file without reading it: the file's path, size and modification time
 * when it loaded, with its content key (loader + SHA-256). They sit in the same ledger as the content keys
 * (so `reset` empties both), as `stat:<size>:<mtimeMs>:<loader>:<sha256>:<path>`. The content key stays the
 * file's identity: a file whose size or time changed is hashed, and skipped if its bytes were loaded before.
 */
const PREFIX = "stat:";

export interface StatRecord {
  size: number;
  mtimeMs: number;
  contentKey: string;
}

export function fileStatKey(real: string, info: Pick<Stats, "size" | "mtimeMs">, contentKey: string): string {
  return `${PREFIX}${info.size}:${info.mtimeMs}:${contentKey}:${real}`;
}

/** The ledger's stat entries by path: a path loaded in several versions has one for each. */
export function statLedger(ledger: ReadonlySet<string>): Map<string, StatRecord[]> {
  const byPath = new Map<string, StatRecord[]>();
  for (const key of ledger) {
    if (!key.startsWith(PREFIX)) continue;
    const [size, mtimeMs, loader, sha, ...path] = key.slice(PREFIX.length).split(":");
    if (!size || !mtimeMs || !loader || !sha || path.length === 0) continue;
    const record = { size: Number(size), mtimeMs: Number(mtimeMs), contentKey: `${loader}:${sha}` };
    const real = path.join(":");
    const records = byPath.get(real);
    if (records) records.push(record);
    else byPath.set(real, [record]);
  }
  return byPath;
}

/** The content key recorded for this path at this size and time, if that content is still in the ledger. */
export function unchangedContentKey(byPath: ReadonlyMap<string, StatRecord[]>, ledger: ReadonlySet<string>, real: string, info: Pick<Stats, "size" | "mtimeMs">): string | undefined {
  return byPath.get(real)?.find((r) => r.size === info.size && r.mtimeMs === info.mtimeMs && ledger.has(r.contentKey))?.contentKey;
}
