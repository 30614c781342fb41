import type { ReferenceLookup } from "../resolution/reference-index.js";

/** USGS's residual rows; each table spells them differently. */
const AGGREGATES: Record<string, string> = {
  other: "country:other-countries",
  "other countries": "country:other-countries",
  "world total": "country:world",
  "world total (rounded)": "country:world",
  world: "country:world",
};

/** Chapters without a symbol in the JSON, or whose symbol is not the element node's. */
const SLUG_ELEMENTS: Record<string, string> = {
  "rare-earths": "element:ree",
  fluorspar: "element:f",
  graphite: "element:c",
};

export function resolveCountry(name: string, lookup: ReferenceLookup): string | undefined {
  const aggregate = AGGREGATES[name.trim().toLowerCase()];
  if (aggregate) return aggregate;
  // ISO codes are matched exactly: as names, "SA", "AG", "AO" or "CO" read as legal forms and vanish.
  const byCode = /^[A-Za-z]{2}$/.test(name.trim()) ? `country:${name.trim().toLowerCase()}` : undefined;
  if (byCode && lookup.countries.has(byCode)) return byCode;
  const resolution = lookup.countries.resolve({ kind: "Country", name, aliases: [], identifiers: [] });
  return resolution.outcome === "match" ? resolution.id : undefined;
}

export function resolveElement(commodity: { slug: string; name: string; symbol: string | null }, lookup: ReferenceLookup): string | undefined {
  const bySlug = SLUG_ELEMENTS[commodity.slug];
  if (bySlug) return bySlug;
  // Symbols are matched exactly: as names, "Co" or "As" would read as legal forms and vanish.
  const bySymbol = commodity.symbol ? `element:${commodity.symbol.toLowerCase()}` : undefined;
  if (bySymbol && lookup.elements.has(bySymbol)) return bySymbol;
  for (const name of [commodity.name]) {
    const resolution = lookup.elements.resolve({ kind: "Element", name, aliases: [], identifiers: [] });
    if (resolution.outcome === "match") return resolution.id;
  }
  return undefined;
}
