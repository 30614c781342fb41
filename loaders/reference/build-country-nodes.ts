/** Country nodes from i18n-iso-countries (official names in en/ru/zh for every ISO 3166-1 country) plus the lexicon. */
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import type { NodeInput } from "../../graph/index.js";
import { COUNTRY_LEXICON } from "./country-demonyms.js";

const require = createRequire(import.meta.url);
const LOCALES = ["en", "ru", "zh"] as const;
for (const locale of LOCALES) countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));

/** "КНР (Китайская Народная Республика)" holds two names. */
function splitParenthesised(name: string): string[] {
  const match = /^(.+?)\s*\((.+)\)$/.exec(name);
  return match?.[1] && match[2] ? [match[1], match[2]] : [name];
}

function namesOf(code: string): string[] {
  return LOCALES.flatMap((locale) => {
    const names = countries.getName(code, locale, { select: "all" }) ?? [];
    return names.flatMap(splitParenthesised);
  });
}

export function buildCountryNodes(): NodeInput[] {
  const codes = Object.keys(countries.getAlpha2Codes()).sort();
  const namesByCode = new Map(codes.map((code) => [code, namesOf(code)]));
  // A name shared by two countries ("Congo", the "США" in "Внешние малые острова (США)") would make the
  // recogniser pick one at random.
  const owners = new Map<string, Set<string>>();
  for (const [code, names] of namesByCode) {
    for (const name of [...names, ...(COUNTRY_LEXICON[code]?.aliases ?? [])]) {
      const key = name.toLowerCase();
      owners.set(key, (owners.get(key) ?? new Set()).add(code));
    }
  }
  return codes.map((code) => {
    const lexicon = COUNTRY_LEXICON[code];
    const official = namesByCode.get(code) ?? [];
    const name = lexicon?.name ?? official.find((n) => !n.includes(",")) ?? official[0] ?? code;
    // Hand-written aliases are trusted; only generated names are dropped when another country shares them.
    const unique = official.filter((alias) => (owners.get(alias.toLowerCase())?.size ?? 0) <= 1);
    const aliases = [...new Set([...unique, ...(lexicon?.aliases ?? [])])].filter((alias) => alias !== name && !lexicon?.notNames?.includes(alias));
    return {
      id: `country:${code.toLowerCase()}`,
      name,
      code,
      iso3: countries.alpha2ToAlpha3(code),
      aliases,
      demonyms: lexicon?.demonyms ?? [],
    };
  });
}
