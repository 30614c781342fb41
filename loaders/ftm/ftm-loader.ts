import type { Loader, LoaderOutput, SourceFile } from "../loader.js";
import { ftmChunks, ftmToBatch } from "./ftm-to-batch.js";

/** JSON lines whose first entity has a FtM "schema"; .ftm.json is how Aleph exports name them. */
function looksLikeFtm(file: SourceFile): boolean {
  if (!/\.(jsonl|ndjson|ftm\.json)$/.test(file.path)) return false;
  const firstLine = file.bytes.subarray(0, 8192).toString("utf8").split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  return firstLine.includes('"schema"') && firstLine.includes('"properties"');
}

export const ftmLoader: Loader = {
  name: "ftm",
  accepts: looksLikeFtm,
  async load(file: SourceFile): Promise<LoaderOutput> {
    const { batch, issues } = ftmToBatch(file.path, file.bytes.toString("utf8"));
    return { batches: [batch], issues };
  },
  async *loadChunks(file: SourceFile, records: number): AsyncIterable<LoaderOutput> {
    for (const { batch, issues } of ftmChunks(file.path, file.bytes, records)) yield { batches: [batch], issues };
  },
};
