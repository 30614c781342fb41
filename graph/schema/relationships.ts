import { z } from "zod";
import type { EntityKind } from "./nodes.js";
import { confidence, isoDate, percent } from "./values.js";

export const FACT_STATUSES = ["reported", "estimate", "planned", "target", "historical"] as const;

const relBase = {
  confidence: confidence.optional(),
  /** Planned or targeted statements are kept, but never as reported facts. */
  status: z.enum(FACT_STATUSES).default("reported"),
  note: z.string().optional(),
};

export const PRODUCTION_STAGES = ["mined", "concentrate", "refined", "oxide", "metal", "magnet", "capacity", "quota"] as const;

export const RELATIONSHIP_SCHEMAS = {
  OWNS: z.object({
    ...relBase,
    share: percent.optional(),
    shareMin: percent.optional(),
    shareMax: percent.optional(),
    since: isoDate.optional(),
    until: isoDate.optional(),
    direct: z.boolean().optional(),
    interest: z.string().optional(),
  }),
  OPERATES: z.object({ ...relBase, since: isoDate.optional(), until: isoDate.optional() }),
  LOCATED_IN: z.object({ ...relBase, region: z.string().optional() }),
  PRODUCES: z.object({
    ...relBase,
    amount: z.number().nonnegative().optional(),
    unit: z.string().optional(),
    year: z.number().int().optional(),
    stage: z.enum(PRODUCTION_STAGES).optional(),
    edition: z.string().optional(),
    product: z.string().optional(),
  }),
  HAS_RESERVES: z.object({
    ...relBase,
    amount: z.number().nonnegative().optional(),
    unit: z.string().optional(),
    year: z.number().int().optional(),
    edition: z.string().optional(),
    lowerBound: z.boolean().optional(),
  }),
  SUPPLIES: z.object({
    ...relBase,
    element: z.string().optional(),
    product: z.string().optional(),
    amount: z.number().nonnegative().optional(),
    unit: z.string().optional(),
    year: z.number().int().optional(),
  }),
  IMPORTS_FROM: z.object({
    ...relBase,
    element: z.string().optional(),
    share: percent.optional(),
    period: z.string().optional(),
    edition: z.string().optional(),
    product: z.string().optional(),
  }),
  SHARE_OF_GLOBAL: z.object({
    ...relBase,
    share: percent.optional(),
    shareMin: percent.optional(),
    shareMax: percent.optional(),
    metric: z.enum(["production", "processing", "reserves", "exports", "market", "refining"]).default("production"),
    scope: z.enum(["global", "national"]).default("global"),
    year: z.number().int().optional(),
  }),
  ISSUED: z.object({ ...relBase, date: isoDate.optional() }),
  RESTRICTS: z.object({ ...relBase, scope: z.string().optional() }),
  TARGETS: z.object({ ...relBase }),
  INVESTS_IN: z.object({
    ...relBase,
    amount: z.number().nonnegative().optional(),
    currency: z.string().optional(),
    year: z.number().int().optional(),
    instrument: z.string().optional(),
  }),
  PLANS: z.object({
    ...relBase,
    year: z.number().int().optional(),
    amount: z.number().nonnegative().optional(),
    unit: z.string().optional(),
    currency: z.string().optional(),
    description: z.string().optional(),
  }),
  MENTIONS: z.object({
    ...relBase,
    count: z.number().int().nonnegative().optional(),
    /** Character spans "start-end" in the document text, for highlighting in the document viewer. */
    spans: z.array(z.string().regex(/^\d+-\d+$/)).default([]),
  }),
} as const;

export type RelationshipType = keyof typeof RELATIONSHIP_SCHEMAS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_SCHEMAS) as RelationshipType[];
export type RelationshipProperties<T extends RelationshipType> = z.infer<(typeof RELATIONSHIP_SCHEMAS)[T]>;

const holders = ["Actor", "Country"] as const;
const producers = ["Actor", "Asset", "Country"] as const;
const anyEntity = ["Actor", "Asset", "Element", "Country", "Region", "Policy"] as const;

/** Which node kinds each relationship may connect; drives DDL, validation and the Cypher linter schema. */
export const RELATIONSHIP_ENDPOINTS: Record<RelationshipType, { from: readonly EntityKind[]; to: readonly EntityKind[] }> = {
  OWNS: { from: holders, to: ["Actor", "Asset"] },
  OPERATES: { from: ["Actor"], to: ["Asset"] },
  // A region is LOCATED_IN its country, so an asset placed in "Perm Krai" still answers country questions.
  LOCATED_IN: { from: ["Actor", "Asset", "Region"], to: ["Country", "Region"] },
  PRODUCES: { from: [...producers, "Region"], to: ["Element"] },
  HAS_RESERVES: { from: [...producers, "Region"], to: ["Element"] },
  SUPPLIES: { from: producers, to: producers },
  IMPORTS_FROM: { from: ["Country", "Actor"], to: ["Country", "Actor"] },
  SHARE_OF_GLOBAL: { from: producers, to: ["Element"] },
  ISSUED: { from: holders, to: ["Policy"] },
  RESTRICTS: { from: ["Policy"], to: ["Element"] },
  TARGETS: { from: ["Policy"], to: ["Country", "Actor"] },
  INVESTS_IN: { from: holders, to: ["Actor", "Asset"] },
  PLANS: { from: producers, to: ["Asset", "Element", "Actor"] },
  MENTIONS: { from: ["Document"], to: anyEntity },
};

/**
 * The properties that make two statements the same claim. Statements that differ in any of them
 * (70% vs 60%, MCS 2025 vs MCS 2026) become parallel relationships, so neither overwrites the other.
 */
export const CLAIM_IDENTITY: Record<RelationshipType, readonly string[]> = {
  OWNS: ["share", "shareMin", "shareMax", "since", "until", "status"],
  OPERATES: ["since", "until", "status"],
  LOCATED_IN: ["status"],
  PRODUCES: ["amount", "unit", "year", "stage", "edition", "product", "status"],
  HAS_RESERVES: ["amount", "unit", "year", "edition", "status"],
  SUPPLIES: ["element", "product", "amount", "unit", "year", "status"],
  IMPORTS_FROM: ["element", "share", "period", "edition", "product", "status"],
  SHARE_OF_GLOBAL: ["share", "shareMin", "shareMax", "metric", "scope", "year", "status"],
  ISSUED: ["status"],
  RESTRICTS: ["scope", "status"],
  TARGETS: ["status"],
  INVESTS_IN: ["amount", "currency", "year", "instrument", "status"],
  PLANS: ["year", "amount", "unit", "currency", "status"],
  MENTIONS: [],
};

/**
 * The qualifiers under which differing values are a conflict rather than different facts:
 * two PRODUCES edges for the same year and stage but different amounts disagree.
 */
export const CLAIM_VALUE: Partial<Record<RelationshipType, readonly string[]>> = {
  OWNS: ["share", "shareMin", "shareMax"],
  PRODUCES: ["amount"],
  HAS_RESERVES: ["amount"],
  IMPORTS_FROM: ["share"],
  SHARE_OF_GLOBAL: ["share", "shareMin", "shareMax"],
  INVESTS_IN: ["amount"],
  PLANS: ["amount"],
};

/** Relationships from Evidence: SUPPORTS (to the node it backs) and CITES (to its document). */
export const EVIDENCE_RELATIONSHIPS = ["SUPPORTS", "CITES"] as const;

/** The type a relationship id names ("owns:3f2a…" is an OWNS), or undefined for an id that is no relationship's. */
export function relationshipTypeOfId(id: string): RelationshipType | undefined {
  const prefix = id.slice(0, id.indexOf(":")).toUpperCase();
  return (RELATIONSHIP_TYPES as readonly string[]).includes(prefix) ? (prefix as RelationshipType) : undefined;
}
