import { CLAIM_IDENTITY, RELATIONSHIP_SCHEMAS, type RelationshipInput, type RelationshipType } from "../../graph/index.js";

// A claim's dates are part of its identity, so "owns 89.5% since 2024-01-22" (a register) and "owns 89.5% since
// 2024-01" (an article: "in January 2024") would become two parallel edges for one fact. Dates that agree up to
// precision are the same date: the claim takes the stored date, or in one load the most precise one stated,
// and its evidence joins that claim. Different dates ("since 2023" vs "since 2024") stay separate claims.

const DATE_KEYS = ["since", "until"] as const;

export const DATED_TYPES: ReadonlySet<RelationshipType> = new Set(
  (Object.keys(CLAIM_IDENTITY) as RelationshipType[]).filter((type) => CLAIM_IDENTITY[type].some((key) => (DATE_KEYS as readonly string[]).includes(key))),
);

export interface Claim {
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

const dateOf = (claim: Claim, key: (typeof DATE_KEYS)[number]): string | undefined => {
  const value = claim.properties[key];
  return typeof value === "string" ? value : undefined;
};

const isDated = (claim: Claim): boolean => DATED_TYPES.has(claim.type) && DATE_KEYS.some((key) => dateOf(claim, key) !== undefined);

/** Everything that identifies the claim except its dates. */
function factKey(claim: Claim): string {
  const rest = CLAIM_IDENTITY[claim.type].filter((key) => !(DATE_KEYS as readonly string[]).includes(key)).map((key) => claim.properties[key] ?? null);
  return JSON.stringify([claim.type, claim.from, claim.to, rest]);
}

/** Each date equal, or one a more precise form of the other ("2024" · "2024-01" · "2024-01-22"). */
function datesAgree(a: Claim, b: Claim): boolean {
  return DATE_KEYS.every((key) => {
    const x = dateOf(a, key);
    const y = dateOf(b, key);
    return x === y || (x !== undefined && y !== undefined && (x.startsWith(y) || y.startsWith(x)));
  });
}

const precision = (claim: Claim): number => DATE_KEYS.reduce((sum, key) => sum + (dateOf(claim, key)?.length ?? 0), 0);
const mostPrecise = (claims: Claim[]): Claim | undefined => [...claims].sort((a, b) => precision(b) - precision(a))[0];

/** The claim as the store will key it: schema defaults filled in (a missing status is "reported"). */
function asClaim(input: RelationshipInput): Claim | undefined {
  const parsed = RELATIONSHIP_SCHEMAS[input.type]?.safeParse(input.properties ?? {});
  return parsed?.success ? { type: input.type, from: input.from, to: input.to, properties: parsed.data as Record<string, unknown> } : undefined;
}

/**
 * Returns a function that gives each incoming relationship the dates of the claim it restates, if any: a
 * stored claim first, else the most precise of the incoming ones.
 */
export function claimDateAligner(incoming: readonly RelationshipInput[], stored: readonly Claim[]): (input: RelationshipInput) => RelationshipInput {
  const groups = new Map<string, { stored: Claim[]; incoming: Claim[] }>();
  const groupOf = (claim: Claim) => {
    const key = factKey(claim);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { stored: [], incoming: [] }));
    return group;
  };
  for (const claim of stored) if (isDated(claim)) groupOf(claim).stored.push(claim);
  // Each input is parsed once, here; the returned function looks its claim up.
  const claims = new Map<RelationshipInput, Claim>();
  for (const input of incoming) {
    const claim = DATED_TYPES.has(input.type) ? asClaim(input) : undefined;
    if (!claim || !isDated(claim)) continue;
    claims.set(input, claim);
    groupOf(claim).incoming.push(claim);
  }
  return (input) => {
    const claim = claims.get(input) ?? (DATED_TYPES.has(input.type) ? asClaim(input) : undefined);
    if (!claim || !isDated(claim)) return input;
    const group = groupOf(claim);
    const target = mostPrecise(group.stored.filter((c) => datesAgree(c, claim))) ?? mostPrecise(group.incoming.filter((c) => datesAgree(c, claim)));
    if (!target || DATE_KEYS.every((key) => dateOf(target, key) === dateOf(claim, key))) return input;
    const properties = { ...input.properties };
    for (const key of DATE_KEYS) {
      const date = dateOf(target, key);
      if (date !== undefined) properties[key] = date;
    }
    return { ...input, properties };
  };
}
