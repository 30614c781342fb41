import { allMatches } from "./all-matches.js";
import { discoveredEntity } from "./discover-entities.js";
import type { KnownEntity, Mention, Sentence } from "./types.js";
import { lowerCaseWords } from "./lower-case-words.js";

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

function shortFormsOf(entity: KnownEntity, lowerWords: ReadonlySet<string>): string[] {
  const words = entity.name.split(/\s+/);
  if (words.length < 2) return [];
  const forms = [...acronymsOf(entity.name)];
  const core = [...words];
  while (core.length > 1 && LEGAL.test(core[core.length - 1] ?? "")) core.pop();
  if (core.length < words.length) forms.push(core.join(" "));
  const first = words[0] ?? "";
  if (entity.kind === "Actor" && first.length >= 4 && /^\p{Lu}/u.test(first) && !COMMON_FIRST.has(first) && !lowerWords.has(first.toLowerCase())) forms.push(first);
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
  const english = new Set(sentences.filter((s) => s.language === "en").map((s) => s.index));
  if (english.size === 0) return;
  const body = new Set(sentences.filter((s) => s.language === "en" && s.role === "body").map((s) => s.index));
  for (const entry of bySentence) if (body.has(entry.sentence)) entry.mentions = withCountryUnits(entry.mentions, text);
  const all = bySentence.filter((s) => english.has(s.sentence)).flatMap((s) => s.mentions);
  const lowerWords = lowerCaseWords(text);
  // Words a name of the reference base or a place covers somewhere are not free to be a short form.
  const taken = new Set(all.filter((m) => !m.entity.discovered || (m.entity.kind !== "Actor" && m.entity.kind !== "Asset")).map((m) => m.text));
  const longOf = new Map<string, KnownEntity | null>();
  for (const m of all) {
    if ((m.entity.kind !== "Actor" && m.entity.kind !== "Asset") || m.via === "reference" || m.entity.type === "person") continue;
    for (const form of shortFormsOf(m.entity, lowerWords)) {
      if (form === m.entity.name || taken.has(form)) continue;
      const seen = longOf.get(form);
      longOf.set(form, seen === undefined || seen?.id === m.entity.id ? m.entity : null);
    }
  }
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
