import type { IncompleteLoad, InputIssue, UpsertSummary } from "../graph/index.js";
import type { Merge } from "./resolution/resolve-batch.js";

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

/** A loop, not push(...issues): spreading 150k issues into one call overflowed the stack. */
export function reportTo(summary: LoadSummary, file: FileLoadSummary, issues: readonly InputIssue[]): void {
  for (const issue of issues) summary.issues.push(issue);
  file.issues += issues.length;
}

export function addUpsert(summary: LoadSummary, file: FileLoadSummary | undefined, upsert: UpsertSummary): void {
  summary.nodesCreated += upsert.nodesCreated;
  summary.nodesUpdated += upsert.nodesUpdated;
  summary.relationshipsCreated += upsert.relationshipsCreated;
  summary.relationshipsUnchanged += upsert.relationshipsUnchanged;
  summary.evidenceCreated += upsert.evidenceCreated;
  if (file) reportTo(summary, file, upsert.issues);
}
