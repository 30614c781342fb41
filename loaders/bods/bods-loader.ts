import type { Loader, LoaderOutput, SourceFile } from "../loader.js";
import { bodsToBatch } from "./bods-to-batch.js";

/** BODS files are JSON arrays of statements; the 0.4 marker is the recordType/recordDetails pair. */
function looksLikeBods(text: string): boolean {
  return text.trimStart().startsWith("[") && text.includes('"recordType"') && text.includes('"recordDetails"');
}

export const bodsLoader: Loader = {
  name: "bods",
  accepts(file: SourceFile): boolean {
    return file.path.endsWith(".json") && looksLikeBods(file.bytes.toString("utf8"));
  },
  async load(file: SourceFile): Promise<LoaderOutput> {
    let raw: unknown;
    try {
      raw = JSON.parse(file.bytes.toString("utf8"));
    } catch (error) {
      return { batches: [], issues: [{ where: file.path, message: `not valid JSON: ${(error as Error).message}` }] };
    }
    if (!Array.isArray(raw)) {
      return { batches: [], issues: [{ where: file.path, message: "a BODS file is a JSON array of statements. Wrap the statements in [ ]." }] };
    }
    const { batch, issues } = bodsToBatch(file.path, raw);
    return { batches: [batch], issues };
  },
};
