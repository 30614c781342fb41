import type { Loader, LoaderOutput, SourceFile } from "../loader.js";
import { referenceLookup, type ReferenceLookup } from "../resolution/reference-index.js";
import { REQUIRED_COLUMNS, mcsCsvToBatch } from "./mcs-csv-to-batch.js";
import { mcsJsonToBatch } from "./mcs-json-to-batch.js";

/** MCS JSON is told from other JSON (BODS, reference data) by its edition and world table. */
function looksLikeMcsJson(text: string): boolean {
  return /"edition"\s*:\s*"MCS \d{4}"/.test(text) && text.includes('"world_production"');
}

function looksLikeMcsCsv(text: string): boolean {
  const header = (text.split(/\r?\n/, 1)[0] ?? "").toLowerCase();
  return ["commodity", "country", "measure"].every((column) => header.includes(column));
}

export function createUsgsLoader(lookup: () => Promise<ReferenceLookup> = () => referenceLookup()): Loader {
  return {
    name: "usgs-mcs",
    accepts(file: SourceFile): boolean {
      const head = file.bytes.subarray(0, 4096).toString("utf8");
      if (file.path.endsWith(".json")) return looksLikeMcsJson(file.bytes.toString("utf8"));
      if (file.path.endsWith(".csv")) return looksLikeMcsCsv(head);
      return false;
    },
    async load(file: SourceFile): Promise<LoaderOutput> {
      const text = file.bytes.toString("utf8");
      const names = await lookup();
      if (file.path.endsWith(".csv")) {
        const { batch, issues } = mcsCsvToBatch(file.path, text, names);
        return { batches: [batch], issues };
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        return { batches: [], issues: [{ where: file.path, message: `not valid JSON: ${(error as Error).message}` }] };
      }
      const { batch, issues } = mcsJsonToBatch(file.path, raw, names);
      return { batches: [batch], issues };
    },
  };
}

export const usgsLoader = createUsgsLoader();
export { REQUIRED_COLUMNS as USGS_CSV_COLUMNS };
