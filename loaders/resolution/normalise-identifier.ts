/**
 * Registry identifiers as "scheme:value". BODS uses org-id.guide scheme codes (XI-LEI, GB-COH),
 * FtM property names (leiCode); both map to the short schemes the reference base uses.
 */
const SCHEME_ALIASES: Record<string, string> = {
  "xi-lei": "lei",
  leicode: "lei",
  "us-sec": "sec-cik",
  "us-cik": "sec-cik",
  ogrncode: "ru-ogrn",
  "ru-ogrn": "ru-ogrn",
  inncode: "ru-inn",
  "ru-inn": "ru-inn",
  "cn-saic": "cn-uscc",
  "cn-uscc": "cn-uscc",
};

export function normaliseIdentifier(scheme: string, value: string): string {
  const key = scheme.trim().toLowerCase();
  const normalisedScheme = SCHEME_ALIASES[key] ?? key;
  const normalisedValue = value.trim().replace(/\s+/g, "").toUpperCase();
  return `${normalisedScheme}:${normalisedValue}`;
}

/** Accepts identifiers already written as "scheme:value" (the reference base) and normalises their case. */
export function normaliseIdentifierString(identifier: string): string {
  const colon = identifier.indexOf(":");
  return colon < 0 ? identifier.trim().toUpperCase() : normaliseIdentifier(identifier.slice(0, colon), identifier.slice(colon + 1));
}

export function schemeOf(identifier: string): string {
  return identifier.slice(0, identifier.indexOf(":"));
}
