import { rm } from "node:fs/promises";
import type { NodeRow } from "../../batch.js";
import { FingerprintSet } from "./fingerprint-set.js";
import type { StagedTable } from "./staged-table.js";

export type StagedEdgeRow = { id: string; src: string; dst: string } & Record<string, unknown>;

/**
 * What one multi-batch load has written so far, by key only. A table that was empty when the load first wrote
 * to it holds nothing but this load's rows, so "does this row exist?" is a set lookup for it rather than a read
 * of the database; for other tables the store still asks the database, but only about rows it cannot rule out.
 *
 * A load into an empty graph is deferred: its rows are staged per table on disk and each table is copied once,
 * at the end of the load. A row whose id the load has staged before is kept aside (merged with its earlier
 * versions) and merged with the stored row after the COPY, as a re-load would.
 */
export class LoadSession {
  /** Node ids (Evidence included) this load created or staged; fingerprints, so a yes may rarely be wrong. */
  createdIds = new FingerprintSet();
  /** Relationship ids (evidence links included) this load created or staged. */
  createdEdgeIds = new FingerprintSet();
  /** Table name → whether it was empty when this load first wrote to it. */
  private readonly emptyAtStart = new Map<string, boolean>();
  /** Set at the first write: true when every node table was empty, so the whole load is staged and copied at its end. */
  deferred?: boolean;
  stagingDir?: string;
  /** Staged rows by table ("Actor", or "OWNS|Actor|Asset" for a relationship table's pair). */
  readonly staged = new Map<string, StagedTable>();
  /** Rows seen again after being staged, by table key then id: written after the COPYs. */
  readonly repeatedNodes = new Map<string, Map<string, NodeRow>>();
  readonly repeatedEdges = new Map<string, Map<string, StagedEdgeRow>>();
  readonly repeatedSources = new Set<string>();

  constructor(readonly id: string) {}

  async tableWasEmpty(table: string, size: () => Promise<number>): Promise<boolean> {
    let empty = this.emptyAtStart.get(table);
    if (empty === undefined) this.emptyAtStart.set(table, (empty = (await size()) === 0));
    return empty;
  }

  /**
   * Ends a deferred load before its COPYs: what it staged needs its ids no more (~0.2 GB of fingerprints at 1M
   * nodes), and the store no longer hands this session to later writes.
   */
  forgetIds(): void {
    this.createdIds = new FingerprintSet();
    this.createdEdgeIds = new FingerprintSet();
  }

  /** Drops whatever is staged and not yet copied. */
  async discardStaged(): Promise<void> {
    for (const table of this.staged.values()) table.discard();
    this.staged.clear();
    this.repeatedNodes.clear();
    this.repeatedEdges.clear();
    if (this.stagingDir) await rm(this.stagingDir, { recursive: true, force: true });
    this.stagingDir = undefined;
  }
}
