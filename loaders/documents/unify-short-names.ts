import { allMatches } from "./all-matches.js";
import { discoveredEntity } from "./discover-entities.js";
import type { KnownEntity, Mention, Sentence } from "./types.js";
import { lowerCaseWords } from "./lower-case-words.js";
import { linkBracketedAcronyms } from "./bracketed-acronyms.js";
import { spreadFullNames } from "./spread-full-names.js";

/**
 * News names a firm or site in full once and then by a short form: its acronym ("International Resources Holding"
 * … "IRH"), its name without the legal form ("IGO Ltd" … "IGO"), or its first word ("Syrah Resources" … "Syrah").
 * In English sentences, a short form standing alone becomes a mention of the full name's entity, and a short form
 * discovery read as an entity of its own is merged into it. A short form two names share is left alone.
 */

const CONNECTORS = new Set(["of", "and", "&", "for", "the", "de", "du", "des", "la", "le", "y", "e"]);
const LEGAL = /^(?:Ltd|Limited|Inc|Corp|Corporation|Co|Plc|PLC|plc|AG|SA|NV|GmbH|LLC|LLP|JSC|PJSC|Pty|Bhd|SpA|BV|Tbk|Group|Holdings?)\.?$/;
/** First words too common in names to stand for one alone. */
const COMMON_FIRST = new Set([
  "General", "National", "United", "New", "American", "International", "Global", "First", "Central", "Western", "Northern", "Southern",
  "Eastern", "North", "South", "East", "West", "Upper", "Lower", "Great", "Royal", "State", "Mount", "Lake", "Port", "Saint", "St",
  "Federal", "Rare", "Critical", "Strategic", "Advanced", "Energy", "Green", "Big", "China", "Chinese", "Japan", "Korea", "India", "African",
  "Australian", "European", "Asian", "Export", "Import", "Mineral", "Minerals", "Metal", "Metals", "Mining", "Lithium", "Graphite", "Cobalt",
  "Nickel", "Copper", "Uranium", "Gold", "Silver", "Iron", "Steel", "Tin", "Zinc", "Sales", "Minera", "Companhia", "Compagnie", "Société",
]);

function acronymsOf(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => w.length > 0 && !CONNECTORS.has(w.toLowerCase()));
  const initials = (ws: string[]) => ws.map((w) => w[0] ?? "").join("");
  const core = words.filter((w) => !LEGAL.test(w));
  const forms = new Set([initials(words), initials(core)]);
  return [...forms].filter((a) => a.length >= 2 && /^\p{Lu}+$/u.test(a));
}

/** "ALPHA-BETA" goes by "ALPHA": the first half of a hyphenated name in capitals, when it is a word of three letters or more. */
function hyphenHeadOf(name: string): string | undefined {
  return /^(\p{Lu}{3,})-\p{Lu}{2,}$/u.exec(name)?.[1];
}

/**
 * Words after a firm's first word that leave the first word naming the firm alone ("Syrah Resources", "Tianqi
 * Lithium"). Any other word may make the name a unit of a parent the first word names ("Alpha Comilog", "Alpha
 * Lithium Energy Australia").
 */
const GENERIC_REST = new Set([
  "resources", "resource", "mining", "mines", "mine", "minerals", "mineral", "metals", "metal", "group", "holdings", "holding", "corporation",
  "company", "industries", "industry", "industrial", "energy", "materials", "technologies", "technology", "international", "global",
  "exploration", "ventures", "capital", "investments", "investment", "enterprises", "chemicals", "chemical", "power", "prospecting",
  "development", "fuels", "magnetics", "minera", "gold", "silver", "lithium", "nickel", "cobalt", "copper", "graphite", "uranium", "zinc",
  "tin", "tungsten", "vanadium", "manganese", "titanium", "iron", "steel", "rare", "earths", "earth", "alumina", "aluminium", "aluminum",
  "platinum", "antimony", "gallium", "germanium", "niobium", "tantalum", "molybdenum", "potash", "&", "and", "of",
]);

function shortFormsOf(entity: KnownEntity, lowerWords: ReadonlySet<string>, parentFirst: (word: string) => boolean): string[] {
  const words = entity.name.split(/\s+/);
  const head = entity.kind === "Actor" ? hyphenHeadOf(entity.name) : undefined;
  if (head) return [head];
  if (words.length < 2) return [];
  const forms = [...acronymsOf(entity.name)];
  const core = [...words];
  while (core.length > 1 && LEGAL.test(core[core.length - 1] ?? "")) core.pop();
  if (core.length < words.length) forms.push(core.join(" "));
  const first = words[0] ?? "";
  const generic = core.slice(1).every((w) => GENERIC_REST.has(w.toLowerCase()));
  if (entity.kind === "Actor" && first.length >= 4 && /^\p{Lu}/u.test(first) && !COMMON_FIRST.has(first) && !lowerWords.has(first.toLowerCase()) && generic && !parentFirst(first)) forms.push(first);
  return forms;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * "Vale Indonesia", "Glencore Canada": a firm's name followed directly by a country's name (not its demonym) in a
 * body sentence is the firm's national unit, an organisation of its own.
 */
function withCountryUnits(mentions: Mention[], text: string): Mention[] {
  const result: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const firm = mentions[i];
    const country = mentions[i + 1];
    const unit = firm && country && firm.entity.kind === "Actor" && firm.via !== "reference" && firm.entity.type !== "person" && country.entity.kind === "Country" && country.via !== "demonym";
    if (unit && text.slice(firm.end, country.start) === " " && !/^['’]?[\p{L}\d]/u.test(text.slice(country.end, country.end + 1))) {
      const name = text.slice(firm.start, country.end);
      result.push({ entity: discoveredEntity("Actor", name, "company"), start: firm.start, end: country.end, text: name, via: "form", confidence: 0.6 });
      i++;
      continue;
    }
    if (firm) result.push(firm);
  }
  return result;
}

/**
 * Rewrites `bySentence` in place: short forms of full names in English sentences point at the full name's entity,
 * and a firm's national unit is one name.
 */
export function unifyShortNames(bySentence: Array<{ sentence: number; mentions: Mention[] }>, sentences: readonly Sentence[], text: string): void {
  // Whole names before short forms: a short form is taken from the name as the article writes it in full.
  spreadFullNames(bySentence, sentences, text);
  const bracketed = linkBracketedAcronyms(bySentence, sentences, text);
  const english = new Set(sentences.filter((s) => s.language === "en").map((s) => s.index));
  if (english.size === 0) return;
  const body = new Set(sentences.filter((s) => s.language === "en" && s.role === "body").map((s) => s.index));
  for (const entry of bySentence) if (body.has(entry.sentence)) entry.mentions = withCountryUnits(entry.mentions, text);
  const all = bySentence.filter((s) => english.has(s.sentence)).flatMap((s) => s.mentions);
  const lowerWords = lowerCaseWords(text);
  // Words a name of the reference base or a place covers somewhere are not free to be a short form.
  const taken = new Set(all.filter((m) => !m.entity.discovered || (m.entity.kind !== "Actor" && m.entity.kind !== "Asset")).map((m) => m.text));
  const longOf = new Map<string, KnownEntity | null>();
  // "Alpha, the miner, … Alpha Titanium & Iron": a first word the body names alone before the full name names the parent.
  const firstAt = new Map<string, number>();
  for (const m of all) if (!firstAt.has(m.entity.id)) firstAt.set(m.entity.id, m.start);
  const aloneAt = new Map<string, number>();
  for (const entry of bySentence) if (body.has(entry.sentence)) for (const m of entry.mentions) if (!aloneAt.has(m.text)) aloneAt.set(m.text, m.start);
  for (const m of all) {
    if ((m.entity.kind !== "Actor" && m.entity.kind !== "Asset") || m.via === "reference" || m.entity.type === "person") continue;
    const parentFirst = (word: string) => (aloneAt.get(word) ?? Infinity) < (firstAt.get(m.entity.id) ?? -Infinity);
    for (const form of shortFormsOf(m.entity, lowerWords, parentFirst)) {
      if (form === m.entity.name || taken.has(form)) continue;
      const seen = longOf.get(form);
      longOf.set(form, seen === undefined || seen?.id === m.entity.id ? m.entity : null);
    }
  }
  for (const [abbreviation, entity] of bracketed) if (!taken.has(abbreviation)) longOf.set(abbreviation, entity);
  const forms = [...longOf].filter((entry): entry is [string, KnownEntity] => entry[1] !== null);
  if (forms.length === 0) return;
  const entityOf = new Map(forms);
  // A discovered entity named by a short form is the full name's entity.
  for (const m of all) {
    const full = m.entity.discovered ? entityOf.get(m.entity.name) : undefined;
    if (full && full.id !== m.entity.id && full.kind === m.entity.kind) m.entity = full;
  }
  const pattern = new RegExp(`(?<![\\p{L}\\d'’.-])(?:${forms.map(([f]) => f).sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\d]|[-–]\\p{L})`, "gu");
  const sentenceOf = new Map(sentences.map((s) => [s.index, s]));
  for (const entry of bySentence) {
    const sentence = sentenceOf.get(entry.sentence);
    if (!sentence || !english.has(sentence.index)) continue;
    const added: Mention[] = [];
    for (const match of allMatches(pattern, text.slice(sentence.start, sentence.end))) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      const entity = entityOf.get(match[0]);
      if (!entity || entry.mentions.some((m) => m.start < end && start < m.end)) continue;
      // A first word that opens a longer capitalised name is part of that name, not a short form.
      if (!/^\p{Lu}+$/u.test(match[0]) && /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      added.push({ entity, start, end, text: match[0], via: "form", confidence: 0.5 });
    }
    if (added.length > 0) entry.mentions = [...entry.mentions, ...added].sort((a, b) => a.start - b.start);
  }
}
