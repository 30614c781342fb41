import type { Loader, LoaderOutput, SourceFile } from "../loader.js";
import { bulkCsvChunks, bulkCsvToBatch } from "./bulk-csv-to-batch.js";
import { bulkFileKind } from "./bulk-header.js";

/** Bulk CSV is told from other CSV (USGS) by the first three header columns. */
export const bulkLoader: Loader = {
  name: "bulk",
  accepts(file: SourceFile): boolean {
    if (!file.path.endsWith(".csv")) return false;
    const head = file.bytes.subarray(0, 4096).toString("utf8").replace(/^\uFEFF/, "");
    return bulkFileKind(head.split(/\r?\n/, 1)[0] ?? "") !== undefined;
  },
  async load(file: SourceFile): Promise<LoaderOutput> {
    const { batch, issues } = await bulkCsvToBatch(file.path, file.bytes);
    const empty = (batch.nodes?.length ?? 0) === 0 && (batch.relationships?.length ?? 0) === 0;
    return { batches: empty ? [] : [batch], issues };
  },
  async *loadChunks(file: SourceFile, records: number): AsyncIterable<LoaderOutput> {
    for await (const { batch, issues } of bulkCsvChunks(file.path, file.bytes, records)) {
      const empty = (batch.nodes?.length ?? 0) === 0 && (batch.relationships?.length ?? 0) === 0;
      yield { batches: empty ? [] : [batch], issues };
    }
  },
};
