import { allMatches } from "./all-matches.js";
import { discoverEntities, discoveredEntity } from "./discover-entities.js";
import { withChineseHomeCountry } from "./chinese-home-country.js";
import { withChineseShortNames } from "./discover-chinese-short-names.js";
import { withLatinNames } from "./discover-latin-names.js";
import { discoverProperNames } from "./discover-proper-names.js";
import { withRussianPeople } from "./discover-russian-people.js";
import { withRussianQuotedNames } from "./discover-russian-quoted.js";
import type { Gazetteer } from "./gazetteer.js";
import { withPolicyElements } from "./policy-elements.js";
import { resolveReferences } from "./resolve-references.js";
import { unifyChineseSiteNames } from "./unify-chinese-site-names.js";
import { withChineseAnnouncer } from "./chinese-announcer.js";
import { withListedElementsZh } from "./chinese-listed-elements.js";
import { unifyChineseDefinedNames } from "./chinese-defined-names.js";
import { LatinSiteNames } from "./unify-latin-site-names.js";
import { unifyShortNames } from "./unify-short-names.js";
import { withWellKnownFirms } from "./well-known-firms.js";
import { withChineseWellKnownFirms } from "./chinese-well-known-firms.js";
import { resolveChineseMinistries } from "./chinese-ministries.js";
import type { Block, KnownEntity, Mention, Sentence } from "./types.js";

/** Words after an element symbol that show it is the element: "Nd oxide", "Dy metal". */
const SYMBOL_CONTEXT = /^\s*(oxides?|metals?|alloys?|concentrates?|magnets?|carbonates?|content|prices?|compounds?)\b/i;

const LISTED = /^(\s*(,|and|or|\/|-)\s*)+$/;
/** Every character a list separator can be made of: once a gap holds another, no wider gap can be a list. */
const SEPARATOR_CHARS = /^[\s,/\-andor]*$/;

/**
 * Two-letter symbols are also words and abbreviations ("In", "Co", "Pr"): one counts only beside another
 * element, in parentheses, or before a word such as "oxide". `all` is in text order and free of overlaps, so
 * only the neighbours up to the first gap that cannot be a separator need looking at (a whole-list scan per
 * symbol made long documents quadratic).
 */
function symbolInContext(index: number, all: readonly Mention[], text: string): boolean {
  const mention = all[index];
  if (!mention || mention.via !== "symbol") return true;
  if (text[mention.start - 1] === "(" && text[mention.end] === ")") return true;
  if (SYMBOL_CONTEXT.test(text.slice(mention.end, mention.end + 20))) return true;
  for (let j = index + 1; j < all.length; j++) {
    const other = all[j];
    if (!other) break;
    const gap = text.slice(mention.end, other.start);
    if (!SEPARATOR_CHARS.test(gap)) break;
    if (other.via === "symbol" && LISTED.test(gap)) return true;
  }
  for (let j = index - 1; j >= 0; j--) {
    const other = all[j];
    if (!other) break;
    const gap = text.slice(other.end, mention.start);
    if (!SEPARATOR_CHARS.test(gap)) break;
    if (other.via === "symbol" && LISTED.test(gap)) return true;
  }
  return false;
}

/** Two element symbols written as one word: "NdPr oxide" is neodymium and praseodymium, "DyTb" dysprosium and terbium. */
const SYMBOL_PAIR = /(?<![\p{L}\d])(Nd|Pr|Dy|Tb|La|Ce|Sm|Gd|Co|Ni|Mn)(Nd|Pr|Dy|Tb|La|Ce|Sm|Gd|Co|Ni|Mn)(?![\p{Ll}\d])/gu;

function symbolPairs(text: string, start: number, gazetteer: Gazetteer, known: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const match of allMatches(SYMBOL_PAIR, text)) {
    const [, a = "", b = ""] = match;
    const at = start + match.index;
    if (a === b || known.some((m) => m.start < at + a.length + b.length && at < m.end)) continue;
    const first = gazetteer.lookupName(a, ["Element"]);
    const second = gazetteer.lookupName(b, ["Element"]);
    if (!first || !second) continue;
    found.push({ entity: first, start: at, end: at + a.length, text: a, via: "symbol", confidence: 1 });
    found.push({ entity: second, start: at + a.length, end: at + a.length + b.length, text: b, via: "symbol", confidence: 1 });
  }
  return found;
}

/** A half of a symbol pair: its partner touches it, so the context test for lone symbols does not apply. */
function isPairHalf(m: Mention, all: readonly Mention[]): boolean {
  return m.via === "symbol" && all.some((o) => o !== m && o.via === "symbol" && (o.end === m.start || o.start === m.end));
}

/**
 * Longer spans win over the shorter spans they contain; at equal length the knowledge base wins. A name found
 * by its form that ends in a known name ("the Molycorp Silmet plant" around "Silmet plant") is the known one.
 */
function withoutOverlaps(input: Mention[]): Mention[] {
  const mentions = input.filter(
    (m) => !(m.via === "form" && m.entity.discovered && input.some((k) => k !== m && k.via !== "form" && (k.entity.kind === "Actor" || k.entity.kind === "Asset") && k.end === m.end && k.start > m.start)),
  );
  const order = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || (a.via === "form" ? 1 : 0) - (b.via === "form" ? 1 : 0));
  const kept: Mention[] = [];
  for (const m of order) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "Ministry of Industry and Trade Anton Alikhanov" runs a name into the next one; when a shorter name found
 * elsewhere in the document starts it, the mention is that shorter name.
 */
function shortenDiscoveredNames(mentions: Mention[], text: string): void {
  const names = new Map<string, Mention>();
  for (const m of mentions) if (m.entity.discovered) names.set(m.entity.name, m);
  for (const m of mentions) {
    if (!m.entity.discovered) continue;
    const shorter = [...names.values()].find((other) => other.entity.name !== m.entity.name && m.entity.name.startsWith(`${other.entity.name} `));
    if (!shorter) continue;
    m.entity = shorter.entity;
    m.end = m.start + m.text.indexOf(shorter.entity.name) + shorter.entity.name.length;
    m.text = text.slice(m.start, m.end);
  }
}

/** Sentences are in text order and never overlap, so only the last one starting at or before `m` can hold it. */
function insideSentence(m: Mention, sentences: readonly Sentence[]): boolean {
  let lo = 0;
  let hi = sentences.length - 1;
  let candidate = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.start ?? Infinity) <= m.start) {
      candidate = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = sentences[candidate];
  return s !== undefined && m.end <= s.end;
}

/**
 * «Норильский никель», “Rare Earth Magnets”: a short name in quotation marks. Guillemets hold names whatever their
 * case; other quotes hold speech as often as names, so there every word must be capitalised.
 */
const QUOTED = /«([^«»\n]{2,60})»|[“"]((?:\p{Lu}[\p{L}\d'’&.-]*\s?){1,5})[”"]/gu;

/**
 * An element word inside a quoted name is part of the name ("Норильский никель" is a company, not nickel): the
 * element mention goes, and unless a known name covers the quotes, the quoted words become a discovered
 * organisation.
 */
function withQuotedNames(mentions: Mention[], text: string): Mention[] {
  if (!/[«“"]/.test(text)) return mentions;
  const added: Mention[] = [];
  const dropped = new Set<Mention>();
  for (const match of allMatches(QUOTED, text)) {
    const inner = match[1] ?? match[2] ?? "";
    const start = match.index + 1;
    const end = start + inner.length;
    if (!/^\p{Lu}/u.test(inner) || /[,;:!?]|\.\s/.test(inner)) continue;
    const inside = mentions.filter((m) => m.start >= start && m.end <= end);
    const elements = inside.filter((m) => m.entity.kind === "Element");
    if (elements.length === 0) continue;
    for (const m of elements) dropped.add(m);
    if (inside.some((m) => m.entity.kind !== "Element")) continue;
    const entity = discoveredEntity("Actor", inner.trim(), "company");
    added.push({ entity, start, end: start + inner.trimEnd().length, text: inner.trimEnd(), via: "form", confidence: 0.6 });
  }
  if (dropped.size === 0) return mentions;
  unifyCaseForms(added);
  return [...mentions.filter((m) => !dropped.has(m)), ...added].sort((a, b) => a.start - b.start);
}

/** Russian case and number endings, longest first, so «Полярном литии» and «Полярный литий» share their stems. */
const RU_ENDING = /(?:ого|его|ому|ему|ыми|ими|ией|ям|ам|ым|им|ом|ем|ий|ый|ой|ая|яя|ое|ее|ую|юю|ей|ия|ии|ию|а|я|у|ю|е|и|ы|й|о|ь)$/u;

function stemKey(name: string): string | undefined {
  if (!/\p{Script=Cyrillic}/u.test(name)) return undefined;
  return name.toLowerCase().split(/\s+/u).map((w) => (w.length > 4 ? w.replace(RU_ENDING, "") : w)).join(" ");
}

/**
 * A Russian name is declined with the sentence («Полярный литий», «в Полярном литии», «Полярному литию»): its
 * case forms are one organisation, named by the form the article uses most (the nominative, in practice).
 */
function unifyCaseForms(added: Mention[]): void {
  const groups = new Map<string, Mention[]>();
  for (const m of added) {
    const key = stemKey(m.entity.name);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const forms of groups.values()) {
    const count = (name: string) => forms.filter((m) => m.entity.name === name).length;
    const main = forms.reduce((best, m) => (count(m.entity.name) > count(best.entity.name) ? m : best));
    for (const m of forms) m.entity = main.entity;
  }
}

/** Names only: a demonym or a resolved reference does not make an entity more the document's subject. */
function countNames(mentions: readonly Mention[], salience: Map<string, { entity: KnownEntity; n: number }>): void {
  for (const m of mentions) {
    if (m.via === "demonym") continue;
    const seen = salience.get(m.entity.id);
    if (seen) seen.n++;
    else salience.set(m.entity.id, { entity: m.entity, n: 1 });
  }
}

export interface SentenceMentions {
  sentence: number;
  mentions: Mention[];
}

/** Mentions of every non-furniture block, and the mentions of each sentence including resolved references. */
export function findMentions(text: string, blocks: readonly Block[], sentences: readonly Sentence[], gazetteer: Gazetteer): { all: Mention[]; bySentence: SentenceMentions[] } {
  const fromBlocks: Mention[] = [];
  for (const block of blocks) {
    if (block.role === "furniture") continue;
    const body = text.slice(block.start, block.end);
    const mentions = withPolicyElements(gazetteer.findMentions(body, block.start), gazetteer);
    const pairs = symbolPairs(body, block.start, gazetteer, mentions);
    // A loop: a megabyte paragraph's mentions spread into one push() overflow the call stack.
    for (const mention of pairs.length === 0 ? mentions : [...mentions, ...pairs].sort((a, b) => a.start - b.start)) fromBlocks.push(mention);
  }
  // Russian quoted names first: they know every case form of a name, so the general quoted-name pass leaves them.
  const inContext = fromBlocks.filter((m, i) => symbolInContext(i, fromBlocks, text) || isPairHalf(m, fromBlocks));
  const quoted = withQuotedNames(withRussianQuotedNames(inContext, text, blocks, gazetteer), text);
  // Russian and Chinese blocks: Latin names of foreign firms, Russian owners by name, Chinese firms by short name;
  // then well-known firms the reference base lacks, by their English and Chinese names.
  const firms = withChineseWellKnownFirms(withWellKnownFirms(withChineseHomeCountry(withChineseShortNames(withRussianPeople(withLatinNames(quoted, text, blocks, gazetteer), text, blocks), text, blocks), text, blocks, gazetteer), text, blocks), text, blocks);
  const known = withListedElementsZh(firms, text, blocks, gazetteer);
  const bySentence: SentenceMentions[] = [];
  // Names without a telltale form, kept where the words around them show an organisation or a site.
  const proper = discoverProperNames(text, sentences, known);
  // Mentions and sentences are both in text order, so one forward pass assigns mentions to sentences.
  let next = 0;
  const salience = new Map<string, { entity: KnownEntity; n: number }>();
  const latinSites = new LatinSiteNames();
  const named: SentenceMentions[] = [];
  for (const sentence of sentences) {
    while (next < known.length && (known[next]?.start ?? 0) < sentence.start) next++;
    const own: Mention[] = [];
    for (let i = next; i < known.length && (known[i]?.start ?? Infinity) < sentence.end; i++) {
      const m = known[i];
      if (m && m.end <= sentence.end) own.push(m);
    }
    const found = withoutOverlaps([...own, ...discoverEntities(sentence, text, own, gazetteer), ...(proper.get(sentence.index) ?? [])]);
    latinSites.unify(found);
    named.push({ sentence: sentence.index, mentions: found });
  }
  // Short forms before references: "Perpetua’s study" two sentences before "the company" is the firm's name too.
  shortenDiscoveredNames(named.flatMap((s) => s.mentions), text);
  unifyShortNames(named, sentences, text);
  // Before references, so a reference to a bare ministry ("该部") takes the one of its country.
  resolveChineseMinistries(named, text, gazetteer);
  named.forEach(({ mentions: found }, i) => {
    const sentence = sentences[i];
    if (!sentence) return;
    // Six sentences back: a Chinese 该矿/该项目 may reach five (reference-phrases.ts); the others reach three.
    const references = resolveReferences(sentence, text, bySentence.slice(-6), found, salience);
    // `found` is already free of overlaps and in text order; only references can bring new conflicts.
    bySentence.push({ sentence: sentence.index, mentions: references.length === 0 ? found : withoutOverlaps([...found, ...references]) });
    countNames(found, salience);
  });
  unifyChineseSiteNames(bySentence.flatMap((s) => s.mentions));
  unifyChineseDefinedNames(bySentence.flatMap((s) => s.mentions), text);
  withChineseAnnouncer(bySentence, sentences, text);
  const inSentences = new Set(bySentence.flatMap((s) => s.mentions));
  // Titles and headings are not split into sentences when they carry no sentence; keep their mentions too.
  const outside = known.filter((m) => !insideSentence(m, sentences));
  return { all: [...inSentences, ...outside].sort((a, b) => a.start - b.start), bySentence };
}
