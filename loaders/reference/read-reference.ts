import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GraphBatchInput } from "../../graph/index.js";
import { parseReferenceYaml } from "./parse-reference-yaml.js";

/** Every `*.yaml` in the reference folder, in name order, each as one batch whose source is its path. */
export async function readReferenceBatches(dir = "data/reference"): Promise<GraphBatchInput[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith(".yaml") || name.endsWith(".yml")).sort();
  return Promise.all(
    files.map(async (name) => {
      const path = join(dir, name);
      return parseReferenceYaml(path, await readFile(path, "utf8"));
    }),
  );
}
