import { fileURLToPath } from "node:url";
import type { GraphBatchInput } from "../../graph/index.js";
import { readReferenceBatches } from "../reference/read-reference.js";
import { EntityIndex } from "./entity-index.js";
import { toIndexed } from "./resolve-batch.js";

/** The reference base shipped in the repository, found from this module so any working directory works. */
export const REFERENCE_DIR = fileURLToPath(new URL("../../data/reference", import.meta.url));

/** Indexes for looking names up by kind; countries also answer to their ISO codes. */
export interface ReferenceLookup {
  countries: EntityIndex;
  elements: EntityIndex;
  entities: EntityIndex;
}

export function buildReferenceLookup(batches: readonly GraphBatchInput[]): ReferenceLookup {
  const lookup: ReferenceLookup = { countries: new EntityIndex(), elements: new EntityIndex(), entities: new EntityIndex() };
  for (const node of batches.flatMap((b) => b.nodes ?? [])) {
    const entity = toIndexed(node);
    if (!entity) continue;
    if (entity.kind === "Country") {
      const codes = [node.code, node.iso3].filter((c): c is string => typeof c === "string");
      lookup.countries.add({ ...entity, aliases: [...entity.aliases, ...codes] });
    } else if (entity.kind === "Element") {
      const symbol = typeof node.symbol === "string" ? [node.symbol] : [];
      lookup.elements.add({ ...entity, aliases: [...entity.aliases, ...symbol] });
    } else {
      lookup.entities.add(entity);
    }
  }
  return lookup;
}

const cache = new Map<string, Promise<ReferenceLookup>>();

/** Read once per process: every loader that maps names to countries or elements shares it. */
export function referenceLookup(dir = REFERENCE_DIR): Promise<ReferenceLookup> {
  let lookup = cache.get(dir);
  if (!lookup) {
    lookup = readReferenceBatches(dir).then(buildReferenceLookup);
    cache.set(dir, lookup);
  }
  return lookup;
}
