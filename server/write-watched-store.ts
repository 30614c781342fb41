import type { GraphBatchInput, GraphStore, IncompleteLoad, ReadOptions, ReviewRecord, UpsertOptions, UpsertSummary } from "../graph/index.js";
import type { FactReviewState, NeighbourhoodOptions, PathOptions, ReviewQuery } from "../graph/index.js";

/**
 * The server's store, telling `onStart` and `onEnd` as every write (an upload's load, a review, a reset, the derived files'
 * rebuild) starts and again as it ends, whether it succeeded or not. Whatever the server keeps from earlier
 * reads (server/result-cache.ts) is dropped on both: a read that ran beside the write may have seen part of it.
 */
export class WriteWatchedStore implements GraphStore {
  readonly kind: GraphStore["kind"];
  readonly dialect: GraphStore["dialect"];
  readonly location: string;
  readonly upsertAll?: GraphStore["upsertAll"];
  readonly markLoad?: GraphStore["markLoad"];
  readonly loadedFiles?: GraphStore["loadedFiles"];
  readonly recordLoadedFiles?: GraphStore["recordLoadedFiles"];
  readonly refreshDerived?: GraphStore["refreshDerived"];
  readonly generation?: GraphStore["generation"];

  readonly wraps: GraphStore;

  constructor(
    private readonly inner: GraphStore,
    private readonly onStart: () => void,
    private readonly onEnd: () => void,
  ) {
    this.wraps = inner.wraps ?? inner;
    this.kind = inner.kind;
    this.dialect = inner.dialect;
    this.location = inner.location;
    const { upsertAll, markLoad, loadedFiles, recordLoadedFiles, refreshDerived, generation } = inner;
    if (generation) this.generation = () => generation.call(inner);
    if (upsertAll) this.upsertAll = (batches: readonly GraphBatchInput[], options?: UpsertOptions) => this.writing(() => upsertAll.call(inner, batches, options));
    if (markLoad) this.markLoad = (marker: IncompleteLoad | undefined) => this.writing(() => markLoad.call(inner, marker));
    if (loadedFiles) this.loadedFiles = () => loadedFiles.call(inner);
    if (recordLoadedFiles) this.recordLoadedFiles = (hashes: readonly string[]) => this.writing(() => recordLoadedFiles.call(inner, hashes));
    if (refreshDerived) this.refreshDerived = () => this.writing(() => refreshDerived.call(inner));
  }

  private async writing<T>(work: () => Promise<T>): Promise<T> {
    this.onStart();
    try {
      return await work();
    } finally {
      this.onEnd();
    }
  }

  ensureSchema(): Promise<void> {
    return this.writing(() => this.inner.ensureSchema());
  }

  upsert(batch: GraphBatchInput, options?: UpsertOptions): Promise<UpsertSummary> {
    return this.writing(() => this.inner.upsert(batch, options));
  }

  recordReview(record: ReviewRecord, states: readonly FactReviewState[]): Promise<void> {
    return this.writing(() => this.inner.recordReview(record, states));
  }

  reset(): Promise<void> {
    return this.writing(() => this.inner.reset());
  }

  read(cypher: string, params?: Record<string, unknown>, options?: ReadOptions) {
    return this.inner.read(cypher, params, options);
  }

  getNodes(ids: string[]) {
    return this.inner.getNodes(ids);
  }

  neighbourhood(id: string, options?: NeighbourhoodOptions) {
    return this.inner.neighbourhood(id, options);
  }

  paths(fromId: string, toId: string, options?: PathOptions) {
    return this.inner.paths(fromId, toId, options);
  }

  evidenceFor(factId: string) {
    return this.inner.evidenceFor(factId);
  }

  stats() {
    return this.inner.stats();
  }

  reviews(query: ReviewQuery) {
    return this.inner.reviews(query);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
