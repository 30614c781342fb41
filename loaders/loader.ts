import type { GraphBatchInput, InputIssue } from "../graph/index.js";

/** A file handed to loaders: its path and raw bytes, so each loader decides how to decode it. */
export interface SourceFile {
  path: string;
  bytes: Buffer;
}

export interface LoaderOutput {
  batches: GraphBatchInput[];
  /** Problems with parts of the file; the rest of it still loads. */
  issues: InputIssue[];
}

/**
 * One loader per input format. `accepts` looks at the name and, where the extension is shared
 * (JSON is BODS, USGS or reference data), at the content.
 */
export interface Loader {
  readonly name: string;
  accepts(file: SourceFile): boolean;
  load(file: SourceFile): Promise<LoaderOutput>;
  /**
   * The same output in parts, for formats whose files can be millions of records: a load then holds one part
   * at a time. Relationships of a part may refer to nodes of earlier parts (under the ids the loader gave them).
   */
  loadChunks?(file: SourceFile, records: number): AsyncIterable<LoaderOutput>;
}
