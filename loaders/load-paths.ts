import { hash } from "node:crypto";
import type { GraphBatchInput, GraphStore, IncompleteLoad, InputIssue, UpsertSummary } from "../graph/index.js";
import { claimDateAligner } from "./claims/align-claim-dates.js";
import { storedDatedClaims } from "./claims/stored-dated-claims.js";
import type { Loader } from "./loader.js";
import { EntityIndex } from "./resolution/entity-index.js";
import { resolveBatch, toIndexed, type Merge } from "./resolution/resolve-batch.js";
import { entityIndexFromStore } from "./store-entity-index.js";
import { readRegularFile } from "./read-regular-file.js";
import { walkTree } from "./walk-paths.js";

export interface FileLoadSummary {
  path: string;
  loader?: string;
  /** False when the file could not be read or parsed at all; record-level issues leave it true. */
  ok: boolean;
  /** Not loaded: no loader recognises it, or it is no regular file inside the folder given; `reason` says which. */
  skipped?: boolean;
  reason?: string;
  /** Skipped because the same content was loaded before without an issue (the store's load ledger). */
  unchanged?: boolean;
  issues: number;
}

export interface LoadSummary {
  files: FileLoadSummary[];
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUnchanged: number;
  evidenceCreated: number;
  merges: Merge[];
  issues: InputIssue[];
  /** An earlier load into this store that never finished (killed); this load, being idempotent, completes it. */
  incompleteEarlierLoad?: IncompleteLoad;
}

export interface LoadOptions {
  loaders: readonly Loader[];
  onStart?: (totalFiles: number) => void;
  onFile?: (path: string) => void;
  onProgress?: (progress: { done: number; total: number; path: string }) => void;
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
 * resolved against what the store and earlier files hold, then all nodes are written before any
 * relationship, so a fact may refer to a node defined in another file of the same load.
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
  const pending: { file: FileLoadSummary; batch: GraphBatchInput }[] = [];
  const contentKeys = new Map<FileLoadSummary, string>();

  for (const [position, { path: onDisk, real }] of files.entries()) {
    const path = options.names?.get(onDisk) ?? onDisk;
    const file: FileLoadSummary = { path, ok: true, issues: 0 };
    summary.files.push(file);
    const report = (issues: readonly InputIssue[]) => reportTo(summary, file, issues);
    try {
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
          options.onFile?.(path);
          options.onProgress?.({ done: position + 1, total: files.length, path });
          continue;
        }
        contentKeys.set(file, key);
        const index = await entityIndex();
        const output = await loader.load({ path, bytes });
        report(output.issues);
        if (output.batches.length === 0 && output.issues.length > 0) file.ok = false;
        for (const batch of output.batches) {
          if (CANONICAL_LOADERS.has(loader.name)) {
            for (const node of batch.nodes ?? []) {
              const entity = toIndexed(node);
              if (entity && (entity.kind === "Actor" || entity.kind === "Asset")) index.add(entity);
            }
            pending.push({ file, batch });
          } else {
            const resolved = resolveBatch(batch, index);
            for (const merge of resolved.merges) summary.merges.push(merge);
            report(resolved.issues);
            pending.push({ file, batch: resolved.batch });
          }
        }
      }
    } catch (error) {
      file.ok = false;
      report([{ where: path, message: `could not be loaded: ${(error as Error).message}` }]);
    }
    options.onFile?.(path);
    options.onProgress?.({ done: position + 1, total: files.length, path });
  }

  const incoming: RelationshipInputs = [];
  for (const { batch } of pending) for (const relationship of batch.relationships ?? []) incoming.push(relationship);
  // Without the stored claims a restated stake may become a parallel edge, but nothing is lost: load anyway.
  const stored = await storedDatedClaims(store, incoming).catch((error: Error) => {
    summary.issues.push({ where: "load", message: `stored claims could not be read to match dates (${error.message}); restated claims may be stored twice` });
    return [];
  });
  const alignDates = claimDateAligner(incoming, stored);
  const nodeBatches = pending.map(({ file, batch }) => ({ file, batch: { source: batch.source, nodes: batch.nodes ?? [], relationships: [] } }));
  const relationshipBatches = pending.map(({ file, batch }) => ({ file, batch: { source: batch.source, nodes: [], relationships: (batch.relationships ?? []).map(alignDates) } }));
  if (store.upsertAll) await writeAll(store, summary, [...nodeBatches, ...relationshipBatches]);
  else await writeEach(store, summary, [...nodeBatches, ...relationshipBatches]);
  // Only files that loaded without an issue are remembered: one with a missing reference may load fully later.
  const clean = [...contentKeys].filter(([file]) => file.ok && file.issues === 0).map(([, key]) => key);
  await store.recordLoadedFiles?.(clean).catch((error: Error) => {
    summary.issues.push({ where: "load", message: `the load ledger could not be updated (${error.message}); the next load reads these files again` });
  });
  await store.markLoad?.(undefined);
  return summary;
}

type RelationshipInputs = NonNullable<GraphBatchInput["relationships"]>;
type Part = { file: FileLoadSummary; batch: GraphBatchInput };

/** The ledger key: the loader and the exact bytes, so a file renamed or moved is still recognised. */
function contentKey(loader: string, bytes: Buffer): string {
  return `${loader}:${hash("sha256", bytes, "hex")}`;
}

/** One write for the whole load: each table is staged and copied once. Issues go back to the file they name. */
async function writeAll(store: GraphStore, summary: LoadSummary, parts: Part[]): Promise<void> {
  const used = parts.filter(({ batch }) => (batch.nodes?.length ?? 0) > 0 || (batch.relationships?.length ?? 0) > 0);
  if (used.length === 0) return;
  const files = [...new Set(used.map((p) => p.file))];
  const bySource = new Map(used.map(({ file, batch }) => [batch.source ?? file.path, file]));
  try {
    const upsert = await store.upsertAll!(used.map((p) => p.batch), { onInvalid: "skip" });
    const { issues, ...counts } = upsert;
    add(summary, undefined, { ...counts, issues: [] });
    for (const issue of issues) {
      const file = bySource.get(issue.where) ?? [...bySource].find(([source]) => issue.where.startsWith(`${source} `))?.[1];
      if (file) reportTo(summary, file, [issue]);
      else summary.issues.push(issue);
    }
  } catch (error) {
    for (const file of files) {
      file.ok = false;
      reportTo(summary, file, [{ where: file.path, message: `could not be written: ${(error as Error).message}` }]);
    }
  }
}

/** Stores without upsertAll: nodes of every file, then relationships of every file, one write each. */
async function writeEach(store: GraphStore, summary: LoadSummary, parts: Part[]): Promise<void> {
  for (const { file, batch } of parts) {
    if ((batch.nodes?.length ?? 0) === 0 && (batch.relationships?.length ?? 0) === 0) continue;
    try {
      add(summary, file, await store.upsert(batch, { onInvalid: "skip" }));
    } catch (error) {
      file.ok = false;
      reportTo(summary, file, [{ where: batch.source ?? file.path, message: `could not be written: ${(error as Error).message}` }]);
    }
  }
}

const KNOWN_FORMATS = "articles .txt/.md/.html, reference YAML, USGS JSON/CSV, bulk CSV, BODS JSON, FollowTheMoney JSONL";

/** A loop, not push(...issues): spreading 150k issues into one call overflowed the stack. */
function reportTo(summary: LoadSummary, file: FileLoadSummary, issues: readonly InputIssue[]): void {
  for (const issue of issues) summary.issues.push(issue);
  file.issues += issues.length;
}

function add(summary: LoadSummary, file: FileLoadSummary | undefined, upsert: UpsertSummary): void {
  summary.nodesCreated += upsert.nodesCreated;
  summary.nodesUpdated += upsert.nodesUpdated;
  summary.relationshipsCreated += upsert.relationshipsCreated;
  summary.relationshipsUnchanged += upsert.relationshipsUnchanged;
  summary.evidenceCreated += upsert.evidenceCreated;
  if (file) reportTo(summary, file, upsert.issues);
}
