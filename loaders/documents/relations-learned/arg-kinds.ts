import type { Predicate } from "../types.js";

/**
 * The model reads an argument's kind from its id prefix (actor, asset, country, element, region), so regions
 * count as places as soon as the recogniser names them, whatever node kind they are loaded as.
 */
export type ArgKind = "actor" | "asset" | "country" | "element" | "region" | "other";

const KIND_PREFIXES = ["actor", "asset", "country", "element", "region"] as const;

export function argKindOf(id: string): ArgKind {
  const colon = id.indexOf(":");
  // Asked for every name of every candidate pair: compared in place rather than sliced into a new string.
  if (colon >= 0) {
    for (const kind of KIND_PREFIXES) if (colon === kind.length && id.startsWith(kind)) return kind;
    return "other";
  }
  const prefix = id.slice(0, colon);
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

const fitting = new Map<ArgKind, Map<ArgKind, readonly Predicate[]>>();

/** Predicates whose signature admits this subject and object, in PREDICATES order (one shared list per pair of kinds). */
export function predicatesFitting(subject: ArgKind, object: ArgKind): readonly Predicate[] {
  let bySubject = fitting.get(subject);
  if (!bySubject) fitting.set(subject, (bySubject = new Map()));
  let predicates = bySubject.get(object);
  if (!predicates) {
    predicates = Object.freeze(PREDICATES.filter((p) => SIGNATURES[p].subject.includes(subject) && SIGNATURES[p].object.includes(object)));
    bySubject.set(object, predicates);
  }
  return predicates;
}
