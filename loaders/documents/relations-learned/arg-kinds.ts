import type { Predicate } from "../types.js";

/**
 * The model reads an argument's kind from its id prefix (actor, asset, country, element, region), so regions
 * count as places as soon as the recogniser names them, whatever node kind they are loaded as.
 */
export type ArgKind = "actor" | "asset" | "country" | "element" | "region" | "other";

export function argKindOf(id: string): ArgKind {
  const prefix = id.slice(0, id.indexOf(":"));
  return prefix === "actor" || prefix === "asset" || prefix === "country" || prefix === "element" || prefix === "region" ? prefix : "other";
}

/** Argument kinds per predicate, as the real-news annotation guidelines allow them (tests/fixtures/news/README.md). */
export const SIGNATURES: Readonly<Record<Predicate, { subject: readonly ArgKind[]; object: readonly ArgKind[] }>> = {
  OWNS: { subject: ["actor", "country"], object: ["actor", "asset"] },
  OPERATES: { subject: ["actor"], object: ["asset"] },
  LOCATED_IN: { subject: ["asset", "actor"], object: ["country", "region"] },
  PRODUCES: { subject: ["actor", "asset", "country", "region"], object: ["element"] },
  HAS_RESERVES: { subject: ["asset", "actor", "country", "region"], object: ["element"] },
  SUPPLIES: { subject: ["actor", "asset", "country"], object: ["actor", "asset", "country"] },
  IMPORTS_FROM: { subject: ["country", "actor"], object: ["country", "actor"] },
  RESTRICTS_EXPORT: { subject: ["country", "actor"], object: ["element"] },
  INVESTS_IN: { subject: ["actor", "country"], object: ["actor", "asset"] },
  PLANS: { subject: ["actor", "asset", "country"], object: ["element"] },
  SHARE_OF_GLOBAL: { subject: ["country", "actor", "asset"], object: ["element"] },
};

export const PREDICATES = Object.keys(SIGNATURES) as Predicate[];

/** Predicates whose signature admits this subject and object, in PREDICATES order. */
export function predicatesFitting(subject: ArgKind, object: ArgKind): Predicate[] {
  return PREDICATES.filter((p) => SIGNATURES[p].subject.includes(subject) && SIGNATURES[p].object.includes(object));
}
