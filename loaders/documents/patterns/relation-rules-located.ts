import { E, O, type RelationRule, rule, S, SITES, THE } from "./relation-rule.js";

// LOCATED_IN phrasings the per-language rule files miss, in English, Russian and Chinese: appositions that put a
// firm's country beside its name, a site word between a site's name and its place, adverbs before "based in",
// and a place reached through a chain of unnamed localities. Templates are lower-cased.

/** A corporate suffix the recogniser leaves outside the name: "⟦First Quantum Minerals⟧ Ltd., a Canadian …". */
const SUFFIX = `(?:\\s+(?:ltd|limited|inc|corp|co|plc|llc|sa|ag|nv|jsc|pjsc|pty)\\.?)?`;
/** Class nouns an apposition calls a firm by: "Kazakhstan's sovereign wealth fund", "a Canadian mining giant". */
const FIRM_NOUN = `(?:company|firm|corporation|monopoly|miner|producer|group|holding|fund|conglomerate|giant|champion|operator|enterprise|investor|explorer|developer|refiner|smelter|maker|manufacturer|utility|agency|state-owned\\s+company)`;
/** Words that name what kind of site a name is: "⟦Cauchari-Olaroz⟧ ⟦lithium⟧ brine project in …". */
const SITE_NOUN = `(?:mine|mines|project|deposit|deposits|plant|refinery|smelter|facility|complex|operation|operations|concession|property|prospect|salar|salt\\s+flat|field|hub|district)`;
/** Adverbs between a name and "based in": "⟦X⟧, also based in ⟦Hong Kong⟧". */
const ADVERB = `(?:also|now|currently|still|mainly|primarily|largely|itself)`;
/** Superlatives that rank a site within its country: "the largest … in ⟦Australia⟧". */
const RANKING = `(?:largest|biggest|only|first|second|third|main|leading|richest|oldest|newest|sole)`;
/** Up to four words or named elements before a class noun: "national ⟦uranium⟧ company". */
const DESCRIBING = `(?:[\\p{L}\\-]+\\s+|${E}\\s+){0,4}?`;
/** Unnamed localities a Russian place statement passes through: "на территории городского округа города …". */
const RU_LOCALITY_WORDS = `(?:[\\p{Ll}\\-]+\\s+){0,6}?`;
/**
 * What may stand between a country and a firm's class noun: what the firm does ("稀土矿物", "另一间"), never a verb
 * marker or a conjunction ("美国制裁了公司X", "美国和日本公司X" say something else of the country).
 */
const ZH_NOT_VERB = `[^，。；;,、⟦\\s了被向对与和及将已把给是为在从]`;
/** Chinese class nouns for a firm: 企业, 公司, 集团, 矿企, 生产商, in simplified or traditional characters. */
const ZH_FIRM = `(?:企业|企業|公司|集团|集團|矿企|礦企|生产商|生產商|厂商|廠商)`;

export const LOCATED_RULES: RelationRule[] = [
  rule({ name: "located-in-adverb", predicate: "LOCATED_IN", from: SITES, to: ["Country", "Region"], confidence: 0.75,
    needs: `(?:located|situated|based|headquartered|registered)`,
    re: `${S}${SUFFIX},?\\s+(?:which\\s+is\\s+|is\\s+|was\\s+|are\\s+)?${ADVERB}\\s+(?:located|situated|based|headquartered|registered)\\s+in\\s+${THE}${O}` }),
  // "⟦Cauchari-Olaroz⟧ ⟦lithium⟧ brine project in ⟦Jujuy⟧": the site word tells the name is a site, the place is its.
  rule({ name: "site-noun-in", predicate: "LOCATED_IN", from: ["Asset"], to: ["Country", "Region"], confidence: 0.7,
    needs: `\\s+in\\s+`,
    re: `${S}(?:\\s+(?:[\\p{L}\\-]+|${E})){0,4}?\\s+${SITE_NOUN}\\s+in\\s+${THE}(?:(?:north|south|east|west)(?:ern)?\\s+)?${O}(?!['’]s|\\s*-)` }),
  // "⟦Kazakhstan⟧'s sovereign wealth fund, ⟦Samruk-Kazyna⟧": the class noun and a comma before the name.
  rule({ name: "country-possessive-firm-apposition", predicate: "LOCATED_IN", from: ["Actor"], to: ["Country"], passive: true, confidence: 0.65,
    needs: `['’]s\\s+`,
    re: `${O}['’]s\\s+${DESCRIBING}${FIRM_NOUN},\\s+${THE}${S}(?=\\s*(?:[,.;:)(]|$)|\\s+(?:and|is|was|has|had|will|said|says|to)\\s)` }),
  // "⟦Tau-Ken Samruk⟧, ⟦Kazakhstan⟧'s national mining company": the apposition after the name.
  rule({ name: "firm-country-possessive", predicate: "LOCATED_IN", from: ["Actor"], to: ["Country"], confidence: 0.65,
    needs: `['’]s\\s+`,
    re: `${S}${SUFFIX},\\s+(?:the\\s+)?${O}['’]s\\s+${DESCRIBING}${FIRM_NOUN}(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|is|was|has|had|will|said|says|that|which)\\s)` }),
  // "⟦First Quantum Minerals⟧ Ltd., a ⟦Canadian⟧ mining giant": the demonym apposition, past a corporate suffix.
  rule({ name: "firm-a-demonym", predicate: "LOCATED_IN", from: ["Actor"], to: ["Country"], demonym: "o", confidence: 0.65,
    needs: FIRM_NOUN,
    re: `${S}${SUFFIX},\\s+(?:an?|the)\\s+(?:[\\p{L}\\-]+\\s+){0,2}?${O}\\s+(?:[\\p{L}\\-]+\\s+){0,3}?${FIRM_NOUN}(?!\\s+(?:of|in|for|to|with)\\s)` }),
  // "⟦X⟧ is the largest lithium mine in ⟦Australia⟧": a site ranked within a country lies in it.
  rule({ name: "site-ranked-in", predicate: "LOCATED_IN", from: ["Asset"], to: ["Country", "Region"], confidence: 0.65,
    needs: RANKING,
    re: `${S},?\\s+(?:(?:is|was|remains|became|will\\s+be|would\\s+be)\\s+)?(?:one\\s+of\\s+)?the\\s+(?:world['’]s\\s+)?${RANKING}\\s+(?:[\\p{L}\\-]+\\s+|${E}\\s+){0,5}?in\\s+${THE}${O}(?!['’]s)` }),
  // "⟦Месторождение⟧ расположено на территории городского округа города … ⟦Мурманской области⟧".
  rule({ name: "ru-located-territory", predicate: "LOCATED_IN", from: SITES, to: ["Country", "Region"], confidence: 0.7,
    needs: `(?:расположен\\p{L}*|находит\\p{L}*|находящ\\p{L}*)\\s+(?:в|на)\\s+`,
    re: `${S}[»"”]?,?\\s+(?:расположен\\p{L}*|находит\\p{L}*|находящ\\p{L}*)\\s+(?:в|на)\\s+(?:территории|районе|пределах|границах|окрестностях)\\s+${RU_LOCALITY_WORDS}${O}` }),
  // "⟦Колмозёрское месторождение⟧ считается крупнейшим … в ⟦России⟧".
  rule({ name: "ru-site-ranked-in", predicate: "LOCATED_IN", from: ["Asset"], to: ["Country", "Region"], confidence: 0.6,
    needs: `(?:крупнейш|единственн|перв|богатейш)`,
    re: `${S}[»"”]?\\s+(?:является|считается|стало|стал|станет|остается|остаётся)\\s+(?:одн\\p{L}*\\s+из\\s+)?(?:\\p{Ll}+\\s+){0,2}?(?:крупнейш|единственн|перв|богатейш)\\p{L}*\\s+(?:(?:\\p{Ll}+|${E})\\s+){0,5}?в\\s+${O}` }),
  // "китайская компания ⟦X⟧", "австралийского холдинга ⟦X⟧": a demonym on a firm's class noun before its name.
  rule({ name: "ru-demonym-firm", predicate: "LOCATED_IN", from: ["Actor"], to: ["Country"], passive: true, demonym: "o", confidence: 0.65,
    needs: `(?:компани|корпораци|групп|холдинг|фирм|производител|концерн)`,
    re: `${O}\\s+(?:(?:горнодобывающ|металлургическ|государственн|частн)\\p{L}*\\s+)?(?:компани|корпораци|групп|холдинг|фирм|производител|концерн)\\p{L}*\\s+[«"]?${S}` }),
  // "美国稀土矿物企业MP Materials", "美国另一间稀土公司Molycorp": a country, what the firm does, and the firm's name.
  rule({ name: "zh-country-firm", predicate: "LOCATED_IN", from: ["Actor"], to: ["Country"], passive: true, confidence: 0.65,
    needs: ZH_FIRM,
    re: `${O}(?:的)?(?:${ZH_NOT_VERB}|${E}){0,6}?${ZH_FIRM}${S}` }),
];
