import { InputError } from "../../graph/index.js";
import type { Loader, LoaderOutput, SourceFile } from "../loader.js";
import { parseReferenceYaml } from "./parse-reference-yaml.js";

/** Curated reference files: YAML whose top level is a GraphBatchInput. */
export const referenceLoader: Loader = {
  name: "reference",
  accepts(file: SourceFile): boolean {
    if (!/\.ya?ml$/.test(file.path)) return false;
    return /^(nodes|relationships|source):/m.test(file.bytes.toString("utf8"));
  },
  async load(file: SourceFile): Promise<LoaderOutput> {
    try {
      return { batches: [parseReferenceYaml(file.path, file.bytes.toString("utf8"))], issues: [] };
    } catch (error) {
      if (error instanceof InputError) return { batches: [], issues: error.issues.length > 0 ? error.issues : [{ where: file.path, message: error.message }] };
      throw error;
    }
  },
};
