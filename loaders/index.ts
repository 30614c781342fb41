import type { GraphStore } from "../graph/index.js";
import { bodsLoader } from "./bods/bods-loader.js";
import { bulkLoader } from "./bulk/bulk-loader.js";
import { documentLoader } from "./documents/index.js";
import { ftmLoader } from "./ftm/ftm-loader.js";
import { loadPathsWith, type LoadOptions, type LoadSummary } from "./load-paths.js";
import type { Loader } from "./loader.js";
import { referenceLoader } from "./reference/reference-loader.js";
import { usgsLoader } from "./usgs/usgs-loader.js";

/** Structured formats first: they recognise their files by content, and the document loader takes the rest of the text. */
export const allLoaders: readonly Loader[] = [referenceLoader, usgsLoader, bulkLoader, bodsLoader, ftmLoader, documentLoader];

export function loadPaths(store: GraphStore, paths: readonly string[], options: Omit<LoadOptions, "loaders"> & { loaders?: readonly Loader[] } = {}): Promise<LoadSummary> {
  return loadPathsWith(store, paths, { ...options, loaders: options.loaders ?? allLoaders });
}

export type { FileLoadSummary, LoadOptions, LoadSummary } from "./load-paths.js";
export type { Loader, LoaderOutput, SourceFile } from "./loader.js";
export { referenceLoader } from "./reference/reference-loader.js";
export { readReferenceBatches } from "./reference/read-reference.js";
export { usgsLoader, createUsgsLoader } from "./usgs/usgs-loader.js";
export { bodsLoader } from "./bods/bods-loader.js";
export { ftmLoader } from "./ftm/ftm-loader.js";
export { bulkLoader } from "./bulk/bulk-loader.js";
export { EntityIndex, type IndexedEntity, type Resolution } from "./resolution/entity-index.js";
export { resolveBatch, type Merge } from "./resolution/resolve-batch.js";
export { normaliseName } from "./resolution/normalise-name.js";
export { referenceLookup, REFERENCE_DIR } from "./resolution/reference-index.js";
export { walkPaths } from "./walk-paths.js";
