import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";
import type { GraphBatchInput } from "../../graph/index.js";
import { readReferenceBatches } from "../reference/read-reference.js";
import { REFERENCE_DIR } from "../resolution/reference-index.js";
import { Gazetteer } from "./gazetteer.js";
import type { KnownEntity } from "./types.js";

/** A reference export measure, so a sentence about it reuses its id instead of minting a duplicate policy. */
export interface KnownPolicy {
  id: string;
  issuers: Set<string>;
  elements: Set<string>;
  targets: Set<string>;
  announced?: string;
}

export interface KnowledgeBase {
  gazetteer: Gazetteer;
  policies: KnownPolicy[];
  /** Country each known actor or asset belongs to, so "China" matches a policy issued by MOFCOM. */
  countryOf: Map<string, string>;
  /** The "World" row of statistical tables: what "global production" is attributed to. */
  world?: KnownEntity;
}

const metonymsSchema = z.array(z.object({ id: z.string(), names: z.array(z.string().min(1)) }));

async function readMetonyms(): Promise<z.infer<typeof metonymsSchema>> {
  const path = new URL("./metonyms.yaml", import.meta.url);
  const parsed = metonymsSchema.safeParse(parse(await readFile(path, "utf8")));
  if (!parsed.success) throw new Error(`loaders/documents/metonyms.yaml: ${parsed.error.issues[0]?.message ?? "invalid"}. Each entry needs an id and a list of names.`);
  return parsed.data;
}

export function buildKnowledgeBase(batches: readonly GraphBatchInput[], metonyms: z.infer<typeof metonymsSchema> = []): KnowledgeBase {
  const gazetteer = Gazetteer.fromBatches(batches, metonyms);
  const countryOf = new Map<string, string>();
  const policies = new Map<string, KnownPolicy>();
  let world: KnownEntity | undefined;
  for (const node of batches.flatMap((b) => b.nodes ?? [])) {
    // ISO 3166 reserves XW-style codes for user use; the reference base gives the world total XW.
    if (node.code === "XW") world = { id: node.id, kind: "Country", name: node.name, node: { ...node, evidence: undefined } };
    if (typeof node.country === "string") countryOf.set(node.id, `country:${node.country.toLowerCase()}`);
    if (node.id.startsWith("policy:")) {
      policies.set(node.id, { id: node.id, issuers: new Set(), elements: new Set(), targets: new Set(), announced: typeof node.announced === "string" ? node.announced : undefined });
    }
  }
  for (const rel of batches.flatMap((b) => b.relationships ?? [])) {
    if (rel.type === "ISSUED") policies.get(rel.to)?.issuers.add(countryOf.get(rel.from) ?? rel.from);
    if (rel.type === "RESTRICTS") policies.get(rel.from)?.elements.add(rel.to);
    if (rel.type === "TARGETS") policies.get(rel.from)?.targets.add(rel.to);
  }
  return { gazetteer, policies: [...policies.values()], countryOf, world };
}

const cache = new Map<string, Promise<KnowledgeBase>>();

/** The shipped reference base as the document loader sees it; read once per process. */
export function loadKnowledgeBase(dir = REFERENCE_DIR): Promise<KnowledgeBase> {
  let kb = cache.get(dir);
  if (!kb) {
    kb = Promise.all([readReferenceBatches(dir), readMetonyms()]).then(([batches, metonyms]) => buildKnowledgeBase(batches, metonyms));
    cache.set(dir, kb);
  }
  return kb;
}
