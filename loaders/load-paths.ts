import { hash } from "node:crypto";
import { stat } from "node:fs/promises";
import type { GraphStore, IncompleteLoad, InputIssue } from "../graph/index.js";
import type { Loader } from "./loader.js";
import { reportTo, type FileLoadSummary, type LoadSummary } from "./load-summary.js";
import { DEFAULT_BATCH_RECORDS, LoadWriter } from "./load-writer.js";
import { EntityIndex } from "./resolution/entity-index.js";
import { resolveBatch, toIndexed } from "./resolution/resolve-batch.js";
import { entityIndexFromStore } from "./store-entity-index.js";
import { readRegularFile } from "./read-regular-file.js";
import { fileStatKey, statLedger, unchangedContentKey } from "./stat-ledger.js";
import { walkTree } from "./walk-paths.js";

export type { FileLoadSummary, LoadSummary } from "./load-summary.js";

export interface LoadOptions {
  loaders: readonly Loader[];
  onStart?: (totalFiles: number) => void;
  onFile?: (path: string) => void;
  onProgress?: (progress: { done: number; total: number; path: string }) => void;
  /**
   * Records per write (DEFAULT_BATCH_RECORDS): what a load holds in memory at once. Files that loaders read in
   * parts are read in parts of half this, so a part and what is buffered for writing fit in one batch.
   */
  batchRecords?: number;
  /** Read every file even when the ledger says its content was loaded before. */
  force?: boolean;
  /**
   * The name each file is known by, when its path is not one to show or store: the server writes uploads under
   * generated names and passes the uploader's file names here, so the document's path and every issue name them.
   */
  names?: ReadonlyMap<string, string>;
}

/** Loaders whose files are curated: their ids are canonical, so they are indexed but never renamed. */
const CANONICAL_LOADERS = new Set(["reference"]);

/**
 * Loads files and folders: each file goes to the first loader that accepts it, actors and assets are
 * resolved against what the store and earlier files hold, and the result is written in bounded batches
 * (LoadWriter): nodes as they come, relationships after every file's nodes, so a fact may refer to a node
 * defined in another file of the same load.
 * A file that fails is reported and the others still load.
 */
export async function loadPathsWith(store: GraphStore, paths: readonly string[], options: LoadOptions): Promise<LoadSummary> {
  const summary: LoadSummary = { files: [], nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUnchanged: 0, evidenceCreated: 0, merges: [], issues: [] };
  const walked = await walkTree(paths);
  for (const { path, reason, failed } of walked.skipped) summary.files.push({ path, ok: !failed, skipped: true, reason, issues: 0 });
  const files = walked.files;
  // The marker stays if this process dies before the end, so `stats` and the next load can say so.
  const marker: IncompleteLoad = { startedAt: new Date().toISOString(), paths: paths.map((p) => options.names?.get(p) ?? p) };
  summary.incompleteEarlierLoad = (await store.markLoad?.(marker)) ?? undefined;
  options.onStart?.(files.length);
  const ledger = options.force ? new Set<string>() : ((await store.loadedFiles?.().catch(() => undefined)) ?? new Set<string>());
  // Read from the store only once a file has to be resolved: a re-load of unchanged files never needs it.
  let storedIndex: EntityIndex | undefined;
  const entityIndex = async () => (storedIndex ??= await entityIndexFromStore(store).catch(() => new EntityIndex()));
  const batchRecords = options.batchRecords ?? DEFAULT_BATCH_RECORDS;
  const writer = new LoadWriter(store, summary, batchRecords);
  const contentKeys = new Map<FileLoadSummary, string>();
  const statKeys = new Map<FileLoadSummary, string>();
  const byStat = statLedger(ledger);

  for (const [position, { path: onDisk, real }] of files.entries()) {
    const path = options.names?.get(onDisk) ?? onDisk;
    const file: FileLoadSummary = { path, ok: true, issues: 0 };
    summary.files.push(file);
    const report = (issues: readonly InputIssue[]) => reportTo(summary, file, issues);
    try {
      // Size and modification time as recorded with a content key still in the ledger: unchanged, and not read.
      // Hashing 464 MB was most of a 1M world's re-load; a file whose size or time differs is hashed as before.
      const info = await stat(real).catch(() => undefined);
      const known = info && !options.force ? unchangedContentKey(byStat, ledger, real, info) : undefined;
      if (known) {
        file.loader = known.slice(0, known.indexOf(":"));
        file.unchanged = true;
        options.onFile?.(path);
        options.onProgress?.({ done: position + 1, total: files.length, path });
        continue;
      }
      const bytes = await readRegularFile(real);
      const loader = options.loaders.find((l) => l.accepts({ path, bytes }));
      if (!loader) {
        file.skipped = true;
        file.reason = `no loader recognises it (${KNOWN_FORMATS})`;
      } else {
        file.loader = loader.name;
        const key = contentKey(loader.name, bytes);
        if (ledger.has(key)) {
          file.unchanged = true;
          // Known content under a new size or time (a copy, a checkout): remember them, so the next load need not hash it.
          if (info) statKeys.set(file, fileStatKey(real, info, key));
          options.onFile?.(path);
          options.onProgress?.({ done: position + 1, total: files.length, path });
          continue;
        }
        contentKeys.set(file, key);
        if (info) statKeys.set(file, fileStatKey(real, info, key));
        const index = await entityIndex();
        // A file read in parts: ids renamed by resolution in one part are followed by the next parts' facts.
        const renames = new Map<string, string>();
        let batches = 0;
        for await (const output of loader.loadChunks?.({ path, bytes }, Math.max(1, Math.floor(batchRecords / 2))) ?? [await loader.load({ path, bytes })]) {
          report(output.issues);
          batches += output.batches.length;
          for (const batch of output.batches) {
            if (CANONICAL_LOADERS.has(loader.name)) {
              for (const node of batch.nodes ?? []) {
                const entity = toIndexed(node);
                if (entity && (entity.kind === "Actor" || entity.kind === "Asset")) index.add(entity);
              }
              await writer.add(file, batch);
            } else {
              const resolved = resolveBatch(batch, index, renames);
              for (const merge of resolved.merges) summary.merges.push(merge);
              report(resolved.issues);
              await writer.add(file, resolved.batch);
            }
          }
        }
        if (batches === 0 && file.issues > 0) file.ok = false;
      }
    } catch (error) {
      file.ok = false;
      report([{ where: path, message: `could not be loaded: ${(error as Error).message}` }]);
    }
    options.onFile?.(path);
    options.onProgress?.({ done: position + 1, total: files.length, path });
  }

  // Every file is resolved: the index of every actor and asset need not stay in memory through the COPYs. Emptied,
  // not only dropped: the loop's suspended frame above keeps its last `index` reachable.
  storedIndex?.clear();
  storedIndex = undefined;
  try {
    await writer.finish();
  } catch (error) {
    await writer.discard();
    throw error;
  }
  // Only files that loaded without an issue are remembered: one with a missing reference may load fully later.
  const clean = [...contentKeys].filter(([file]) => file.ok && file.issues === 0).map(([, key]) => key);
  for (const [file, key] of statKeys) if (file.unchanged || clean.includes(contentKeys.get(file) ?? "")) clean.push(key);
  await store.recordLoadedFiles?.(clean).catch((error: Error) => {
    summary.issues.push({ where: "load", message: `the load ledger could not be updated (${error.message}); the next load reads these files again` });
  });
  // Derived data (the ownership snapshot, the name index) once per load, not per batch: readers use it only when it
  // matches the data, so a failure here costs speed, never a wrong answer.
  await store.refreshDerived?.().catch((error: Error) => {
    summary.issues.push({ where: "load", message: `derived data could not be rebuilt (${error.message}); ownership investigations and searches read the database instead` });
  });
  await store.markLoad?.(undefined);
  return summary;
}

/** The ledger key: the loader and the exact bytes, so a file renamed or moved is still recognised. */
function contentKey(loader: string, bytes: Buffer): string {
  return `${loader}:${hash("sha256", bytes, "hex")}`;
}

const KNOWN_FORMATS = "articles .txt/.md/.html, reference YAML, USGS JSON/CSV, bulk CSV, BODS JSON, FollowTheMoney JSONL";

