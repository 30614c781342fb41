import { z } from "zod";
import { evidenceFields } from "./evidence-fields.js";
import { confidence, countryCode, isoDate, nodeId, percent } from "./values.js";

const nodeBase = {
  id: nodeId,
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  description: z.string().optional(),
};

export const ACTOR_TYPES = ["company", "state_corporation", "state_body", "government", "person", "organisation", "fund"] as const;
export const ASSET_TYPES = ["mine", "deposit", "processing_plant", "separation_plant", "refinery", "metal_plant", "magnet_plant", "project"] as const;
/** `other_mineral`: metals and minerals named beside critical minerals but on neither the EU nor the US list (gold, silver, iron). */
export const ELEMENT_GROUPS = ["light_rare_earth", "heavy_rare_earth", "rare_earth_group", "critical_mineral", "other_mineral"] as const;
/** Subdivisions of a country as ISO 3166-2 and the news name them: "Perm Krai", "Western Australia", "Lualaba". */
export const REGION_TYPES = ["state", "province", "oblast", "krai", "republic", "territory", "region", "autonomous_region", "autonomous_okrug", "federal_city", "department", "prefecture", "county", "municipality"] as const;
export const POLICY_TYPES = ["export_control", "export_ban", "quota", "sanction", "tariff", "subsidy", "programme", "agreement", "technology_ban"] as const;

export const actorSchema = z.object({
  ...nodeBase,
  type: z.enum(ACTOR_TYPES),
  country: countryCode.optional(),
  stateLinked: z.boolean().optional(),
  /** Registry identifiers ("lei:…", "ru-ogrn:…", "sec-cik:…") used to resolve the same actor across sources. */
  identifiers: z.array(z.string()).default([]),
});

export const assetSchema = z.object({
  ...nodeBase,
  type: z.enum(ASSET_TYPES),
  country: countryCode.optional(),
  status: z.enum(["operating", "planned", "under_construction", "closed", "exploration"]).optional(),
  commodities: z.array(z.string()).default([]),
});

export const elementSchema = z.object({
  ...nodeBase,
  symbol: z.string().min(1).max(4),
  group: z.enum(ELEMENT_GROUPS),
  atomicNumber: z.number().int().positive().optional(),
});

export const countrySchema = z.object({
  ...nodeBase,
  code: countryCode,
  iso3: z.string().regex(/^[A-Z]{3}$/).optional(),
  demonyms: z.array(z.string()).default([]),
});

/** A province, state, oblast or krai: where an asset lies below the country level, and itself LOCATED_IN its country. */
export const regionSchema = z.object({
  ...nodeBase,
  type: z.enum(REGION_TYPES),
  country: countryCode,
  /** The ISO 3166-2 code where the region has one ("RU-PER"); ids use a readable slug instead. */
  code: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, "expected an ISO 3166-2 code such as RU-PER").optional(),
});

export const policySchema = z.object({
  ...nodeBase,
  type: z.enum(POLICY_TYPES),
  announced: isoDate.optional(),
  effective: isoDate.optional(),
  lifted: isoDate.optional(),
  reference: z.string().optional(),
});

export const documentSchema = z.object({
  ...nodeBase,
  path: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
  date: isoDate.optional(),
  language: z.string().optional(),
  contentHash: z.string().optional(),
  publisher: z.string().optional(),
  /** The text as read, kept so the document viewer works on either store. */
  text: z.string().optional(),
});

/**
 * A statement that supports a node or relationship. Evidence is a node of its own because
 * Neo4j cannot store lists of maps on a relationship, and a fact may be backed by many quotes.
 */
export const evidenceSchema = z.object({
  id: nodeId,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  factId: z.string().min(1),
  ...evidenceFields,
  confidence,
});

export const NODE_SCHEMAS = {
  Actor: actorSchema,
  Asset: assetSchema,
  Element: elementSchema,
  Country: countrySchema,
  Region: regionSchema,
  Policy: policySchema,
  Document: documentSchema,
  Evidence: evidenceSchema,
} as const;

export type NodeKind = keyof typeof NODE_SCHEMAS;
export const NODE_KINDS = Object.keys(NODE_SCHEMAS) as NodeKind[];
/** Kinds a user investigates; Evidence is bookkeeping behind them. */
export const ENTITY_KINDS = ["Actor", "Asset", "Element", "Country", "Region", "Policy", "Document"] as const satisfies readonly NodeKind[];
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ID_PREFIX: Record<NodeKind, string> = {
  Actor: "actor",
  Asset: "asset",
  Element: "element",
  Country: "country",
  Region: "region",
  Policy: "policy",
  Document: "document",
  Evidence: "evidence",
};

export type ActorNode = z.infer<typeof actorSchema>;
export type AssetNode = z.infer<typeof assetSchema>;
export type ElementNode = z.infer<typeof elementSchema>;
export type CountryNode = z.infer<typeof countrySchema>;
export type RegionNode = z.infer<typeof regionSchema>;
export type PolicyNode = z.infer<typeof policySchema>;
export type DocumentNode = z.infer<typeof documentSchema>;
export type EvidenceNode = z.infer<typeof evidenceSchema>;
export type NodeProperties<K extends NodeKind> = z.infer<(typeof NODE_SCHEMAS)[K]>;

const KIND_OF_PREFIX = new Map(NODE_KINDS.map((kind) => [ID_PREFIX[kind], kind]));

export function kindOfId(id: string): NodeKind | undefined {
  return KIND_OF_PREFIX.get(id.slice(0, id.indexOf(":")));
}

export { percent };
