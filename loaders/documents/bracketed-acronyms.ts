import { allMatches } from "./all-matches.js";
import { discoveredEntity } from "./discover-entities.js";
import type { KnownEntity, Mention, Sentence } from "./types.js";

/**
 * "Alpha Titanium & Iron (ATI)", "Gamma Copper Investments Holdings (GCM-IH)", "Delta Bhumi India Ltd. (DEBIL)": a
 * name followed by a bracketed abbreviation built from its words introduces the short form the article goes on to
 * use. The abbreviation is read as that name's entity wherever it stands, even when the name itself was read in
 * pieces (a firm "Alpha", titanium, iron): the pieces then give way to one organisation of the whole name.
 * Abbreviations may take more than one letter from a word ("DEBIL": DE-B-I-L) and skip connectors and legal forms,
 * but every other word gives its first letter.
 */

const BRACKETED = /[(（]\s*(\p{Lu}[\p{Lu}\d&-]{1,9})\s*[)）]/gu;
const WORD = /[\p{L}\d][\p{L}\d'’.]*|&/gu;
const CONNECTORS = new Set(["of", "and", "&", "for", "the", "de", "du", "des", "la", "le", "y", "e", "und", "и"]);
const LEGAL = /^(?:Ltd|Limited|Inc|Corp|Corporation|Co|Company|Plc|PLC|plc|AG|SA|S\.A|NV|GmbH|LLC|LLP|JSC|PJSC|Pty|Bhd|SpA|BV|Tbk)\.?$/;
const LANGUAGES = new Set(["en", "ru"]);
/** "Clean Metals Supply Act (CMSA)", "Offtake Framework Agreement (OFA)": laws and agreements are no actors. */
const NOT_ACTOR_HEADS = /^(?:Acts?|Agreements?|Law|Treaty|Programme|Program|Initiative|Strategy|Plan|Policy|Directive|Regulation|Bill|Accord|Protocol|Convention|Index|Standard)$/;
/** At most this many words before the bracket are tried as the name. */
const MAX_WORDS = 8;

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Whether `letters` can be spelt by taking from each word in turn its first letter and maybe some later ones
 * (connectors and legal forms may give none).
 */
export function spellsAbbreviation(words: readonly string[], letters: string): boolean {
  const parts = words.flatMap((w) => w.split("-")).filter((w) => w.length > 0);
  const spell = (i: number, j: number): boolean => {
    if (i === parts.length) return j === letters.length;
    const word = parts[i] ?? "";
    const optional = CONNECTORS.has(word.toLowerCase()) || LEGAL.test(word);
    if (optional && spell(i + 1, j)) return true;
    const upper = word.replace(/[^\p{L}\d]/gu, "").toUpperCase();
    if (upper.length === 0 || upper[0] !== letters[j]) return false;
    // The word's first letter, then any of its later letters in order ("Khanij" gives "K" or "KA").
    let at = 1;
    for (let p = 1; j + p <= letters.length; p++) {
      if (p > 1) {
        at = upper.indexOf(letters[j + p - 1] ?? "", at) + 1;
        if (at === 0) break;
      }
      if (spell(i + 1, j + p)) return true;
    }
    return false;
  };
  return spell(0, 0);
}

/** The longest run of capitalised words ending at `end` (a bracket's position) that spells `abbreviation`. */
function namedBefore(text: string, from: number, end: number, abbreviation: string): Word | undefined {
  const words: Word[] = allMatches(WORD, text.slice(from, end)).map((m) => ({ text: m[0], start: from + m.index, end: from + m.index + m[0].length }));
  const last = words[words.length - 1];
  // "Alpha Agency’s (AA)": the possessive's owner is the name, and no name ends in one.
  if (!last || text.slice(last.end, end).trim().length > 0 || /['’]s$/.test(last.text) || NOT_ACTOR_HEADS.test(last.text)) return undefined;
  const letters = abbreviation.replace(/[^\p{L}\d]/gu, "").toUpperCase();
  if (letters.replace(/\d/g, "").length < 2) return undefined;
  for (let k = Math.min(MAX_WORDS, words.length); k >= 2; k--) {
    const run = words.slice(words.length - k);
    const first = run[0];
    if (!first || !/^\p{Lu}/u.test(first.text)) continue;
    // Only spaces between the words: a comma or a dash ends a name.
    if (run.some((w, i) => i > 0 && !/^\s+$/.test(text.slice(run[i - 1]?.end ?? 0, w.start)))) continue;
    const own = run.filter((w) => !CONNECTORS.has(w.text.toLowerCase()));
    if (own.length < 2 || own.some((w) => !/^[\p{Lu}\d]/u.test(w.text))) continue;
    if (spellsAbbreviation(run.map((w) => w.text.replace(/\.$/, "")), letters)) {
      // A sentence's full stop is no part of the name, a legal form's dot is.
      const trailingDot = first !== last && last.text.endsWith(".") && !LEGAL.test(last.text);
      return { text: text.slice(first.start, trailingDot ? last.end - 1 : last.end), start: first.start, end: trailingDot ? last.end - 1 : last.end };
    }
  }
  return undefined;
}

/**
 * A name read only in pieces becomes an organisation of its own. When the abbreviation was already read as a firm
 * (the article's usual name for it: "CBMM"), that firm keeps its id and takes the full name, so every node or
 * annotation that knew it by the abbreviation still finds it.
 */
function namedInFull(name: string, short: Mention | undefined): KnownEntity {
  const entity = discoveredEntity("Actor", name, short?.entity.type ?? "company");
  if (!short?.entity.discovered || short.entity.kind !== "Actor") return entity;
  const id = short.entity.id;
  return { ...entity, id, node: { ...entity.node, id } };
}

/**
 * Rewrites `bySentence` in place (see above) and returns each abbreviation with the entity it stands for, so that
 * bare uses of it found later are read the same way.
 */
export function linkBracketedAcronyms(bySentence: Array<{ sentence: number; mentions: Mention[] }>, sentences: readonly Sentence[], text: string): Map<string, KnownEntity> {
  const linked = new Map<string, KnownEntity>();
  const sentenceOf = new Map(sentences.filter((s) => LANGUAGES.has(s.language)).map((s) => [s.index, s]));
  const entries = bySentence.filter((e) => sentenceOf.has(e.sentence));
  const renamed = new Map<string, KnownEntity>();
  for (const entry of entries) {
    const sentence = sentenceOf.get(entry.sentence);
    if (!sentence) continue;
    for (const match of allMatches(BRACKETED, text.slice(sentence.start, sentence.end))) {
      const abbreviation = match[1] ?? "";
      const bracket = sentence.start + match.index;
      const shortStart = bracket + match[0].indexOf(abbreviation);
      const shortEnd = shortStart + abbreviation.length;
      const name = namedBefore(text, sentence.start, bracket, abbreviation);
      if (!name) continue;
      const inside = entry.mentions.filter((m) => m.start < name.end && name.start < m.end);
      if (inside.some((m) => m.start < name.start || m.end > name.end)) continue;
      const short = entry.mentions.find((m) => m.start === shortStart && m.end === shortEnd);
      // Something of it must have been read as a name already: unread capitals are a title or a heading as often.
      if (inside.length === 0 && !short) continue;
      // Elements with no firm or place among them name a class of elements ("Heavy Rare Earth Elements (HREE)").
      if (inside.some((m) => m.entity.kind === "Element") && !inside.some((m) => m.entity.kind === "Actor" || m.entity.kind === "Country")) continue;
      if (entry.mentions.some((m) => m !== short && m.start < shortEnd && shortStart < m.end)) continue;
      const whole = inside.length === 1 && inside[0]?.start === name.start && inside[0].end === name.end ? inside[0] : undefined;
      if (whole && whole.entity.kind !== "Actor") continue;
      let entity = whole?.entity ?? namedInFull(name.text, short);
      // The reference base knows one of the two: that entity is the other as well.
      if (short && !short.entity.discovered && short.entity.id !== entity.id) {
        if (!entity.discovered || short.entity.kind !== "Actor") continue;
        entity = short.entity;
      }
      if (short?.entity.discovered && short.entity !== entity) renamed.set(short.entity.id, entity);
      const nameMention: Mention = { entity, start: name.start, end: name.end, text: name.text, via: "form", confidence: 0.6 };
      const shortMention: Mention = { entity, start: shortStart, end: shortEnd, text: abbreviation, via: "form", confidence: 0.6 };
      entry.mentions = [...entry.mentions.filter((m) => !inside.includes(m) && m !== short), nameMention, shortMention].sort((a, b) => a.start - b.start);
      linked.set(abbreviation, entity);
    }
  }
  if (renamed.size > 0) for (const m of entries.flatMap((e) => e.mentions)) m.entity = renamed.get(m.entity.id) ?? m.entity;
  return linked;
}
