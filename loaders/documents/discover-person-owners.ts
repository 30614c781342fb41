import { allMatches } from "./all-matches.js";
import { discoveredEntity } from "./discover-entities.js";
import type { KnownEntity, Mention, Sentence } from "./types.js";
import { lowerCaseWords } from "./lower-case-words.js";

/**
 * People who own, control or fund something: named shareholders ("businessman A", "B (16%)", "C, who owns 24%",
 * "the D family will hold 70%"). The gold guidelines annotate people only in that role, so a capitalised name
 * counts as a person only beside a word of ownership; a minister who speaks or signs stays unread. Once a full name
 * is accepted, the surname alone stands for the person elsewhere in the article ("Rinehart's Hancock Prospecting").
 */

const CONFIDENCE = 0.5;
/** Two or three capitalised words, an initial allowed in the middle: "Gina Rinehart", "Andrew J. Forrest". */
const NAME = String.raw`\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\.)?(?:[ \t](?:(?:de|da|dos|van|von|bin|al|le|la)[ \t])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,2}`;
const PERSON_NAME = new RegExp(String.raw`(?<![\p{L}\d'’.-])${NAME}(?![\p{L}\d]|[-–]\p{L})`, "gu");
const FAMILY = new RegExp(String.raw`\b(?:[Tt]he)[ \t]+((?:\p{Lu}\p{Ll}+[ \t]){1,2})family\b`, "gu");

/** Nouns of people who own: right before a name, with one adjective or demonym allowed between. */
const OWNER_BEFORE = /\b(?:businessman|businesswoman|billionaire|tycoon|magnate|investor|entrepreneur|shareholder|stakeholder|founder|co-founder|owner|philanthropist|heiress|heir|financier)\s+$/;
/** A stake right after the name: "A (16%)", "B 5.25%", "C with 24%", "D, who owns 24%", "E holds a 10% stake". */
const STAKE_AFTER = [
  /^\s*\(\s*\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent)[^)]{0,20}\)/,
  /^\s+(?:with\s+)?\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent)/,
  /^,?\s+(?:who|which)\s+(?:also\s+)?(?:owns|holds|controls|has|had|owned|held|controlled)\s+(?:a\s+|an\s+|the\s+)?(?:\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent)|stake|shares|majority|minority|controlling|interest|\w+\s+stake)/,
  /^\s+(?:owns|holds|controls|owned|held|controlled|acquired|bought)\s+(?:a\s+|an\s+|the\s+)?(?:\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent)|stake|shares|majority|minority|controlling)/,
];
/** Words that start a capitalised run but never a person's name. */
const NOT_FIRST = /^(?:The|This|That|These|Those|Its|Their|In|On|At|For|From|With|By|And|But|As|If|When|While|After|Before|Under|Over|Since|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Chief|Executive|President|Minister|Prime|Deputy|Vice|Senior|General|Managing|North|South|East|West|Northern|Southern|Eastern|Western|New|Upper|Lower|Lake|Mount|Port|Saint|St|Rare|Critical|Strategic)$/;
const OWNER_NOUNS = /\b(?:businessman|businesswoman|billionaire|tycoon|magnate|investor|shareholder|richest|wealthiest)\b/;
/** A surname in the possessive, up to two lower-case words, then (checked by the caller) a firm: "Forrest's privately-owned X". */
const POSSESSOR = /(?<![\p{L}\d'’-])(\p{Lu}\p{Ll}+)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}/gu;
const MONEY = /[$€£¥]\s?\d|\b(?:invest(?:s|ed|ing|ment)?|funding|financ(?:e|ed|ing))\b/;
/** Shares and control anywhere in the sentence: a family is annotated only as an owner. */
const SHARE_WORDS = /\b(?:stakes?|shares?|shareholders?|shareholding|owns?|owned|holds?|held|controls?|controlled|\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent))\b|%/;

function overlaps(start: number, end: number, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m.start < end && start < m.end);
}

/** Mentions of each sentence; both lists are in text order, so one forward pass does. */
function mentionsBySentence(sentences: readonly Sentence[], known: readonly Mention[]): Map<number, Mention[]> {
  const result = new Map<number, Mention[]>();
  let next = 0;
  for (const s of sentences) {
    while (next < known.length && (known[next]?.start ?? 0) < s.start) next++;
    const own: Mention[] = [];
    for (let i = next; i < known.length && (known[i]?.start ?? Infinity) < s.end; i++) {
      const m = known[i];
      if (m) own.push(m);
    }
    result.set(s.index, own);
  }
  return result;
}

/** Person owners of English sentences, by sentence index; `knownOf` holds each sentence's known mentions. */
export function discoverPersonOwners(text: string, sentences: readonly Sentence[], known: readonly Mention[]): Map<number, Mention[]> {
  const knownOf = mentionsBySentence(sentences, known);
  const accepted = new Map<string, KnownEntity>();
  const body = sentences.filter((s) => s.role === "body");
  // A person's name is never written in lower case: "Sends Shares Over" in a headline-like line is no name.
  const lowerWords = lowerCaseWords(text);
  const candidates = new Map<string, string>();
  for (const sentence of body) {
    const known = knownOf.get(sentence.index) ?? [];
    const words = text.slice(sentence.start, sentence.end);
    const owning = SHARE_WORDS.test(words) || OWNER_NOUNS.test(words);
    for (const match of allMatches(PERSON_NAME, words)) {
      const parts = match[0].split(/[ \t]+/);
      if (NOT_FIRST.test(parts[0] ?? "") || parts.some((w) => lowerWords.has(w.toLowerCase()))) continue;
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (overlaps(start, end, known)) continue;
      candidates.set(parts.at(-1) ?? "", match[0]);
      if (!owning) continue;
      const before = text.slice(Math.max(sentence.start, start - 40), start);
      const after = text.slice(end, Math.min(sentence.end, end + 80));
      if (!OWNER_BEFORE.test(before) && !STAKE_AFTER.some((p) => p.test(after))) continue;
      accepted.set(match[0], accepted.get(match[0]) ?? discoveredEntity("Actor", match[0], "person"));
    }
  }
  // "Rinehart's Hancock Prospecting": a person named before a firm in the possessive owns it; the full name is
  // the one the article gives elsewhere.
  for (const sentence of body) {
    const known = knownOf.get(sentence.index) ?? [];
    const sentenceText = text.slice(sentence.start, sentence.end);
    for (const match of allMatches(POSSESSOR, sentenceText)) {
      const full = candidates.get(match[1] ?? "");
      const firmAt = sentence.start + match.index + match[0].length;
      if (!full) continue;
      // The firm is a known actor, or (discovered later, so not yet known here) a capitalised name in a sentence
      // about stakes or money.
      const firm = known.some((m) => m.start === firmAt && m.entity.kind === "Actor" && m.entity.type !== "person");
      const named = /^\p{Lu}/u.test(text.slice(firmAt, firmAt + 1)) && !overlaps(firmAt, firmAt + 1, known) && (SHARE_WORDS.test(sentenceText) || MONEY.test(sentenceText));
      if (!firm && !named) continue;
      accepted.set(full, accepted.get(full) ?? discoveredEntity("Actor", full, "person"));
    }
  }
  for (const sentence of body) {
    const body = text.slice(sentence.start, sentence.end);
    const known = knownOf.get(sentence.index) ?? [];
    if (!SHARE_WORDS.test(body)) continue;
    for (const match of allMatches(FAMILY, body)) {
      const name = `${(match[1] ?? "").trim()} family`;
      const start = sentence.start + match.index + match[0].indexOf(match[1] ?? "");
      if (overlaps(start, start + name.length, known)) continue;
      accepted.set(name, accepted.get(name) ?? discoveredEntity("Actor", name, "person"));
    }
  }
  const result = new Map<number, Mention[]>();
  if (accepted.size === 0) return result;
  // Every occurrence of an accepted name, and its surname alone when the surname is no ordinary word.
  const surfaces = new Map<string, KnownEntity>(accepted);
  for (const [name, entity] of accepted) {
    if (name.endsWith(" family")) continue;
    const surname = name.split(/[ \t]+/).at(-1) ?? "";
    if (surname.length >= 4 && !new RegExp(`(?<![\\p{L}])${surname.toLowerCase()}(?![\\p{L}])`, "u").test(text)) surfaces.set(surname, entity);
  }
  const pattern = new RegExp(`(?<![\\p{L}\\d'’-])(?:${[...surfaces.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\d]|[-–]\\p{L})`, "gu");
  for (const sentence of sentences) {
    const known = knownOf.get(sentence.index) ?? [];
    const found: Mention[] = [];
    for (const match of allMatches(pattern, text.slice(sentence.start, sentence.end))) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      const entity = surfaces.get(match[0]);
      if (!entity || overlaps(start, end, known)) continue;
      found.push({ entity, start, end, text: match[0], via: "form", confidence: CONFIDENCE });
    }
    if (found.length > 0) result.set(sentence.index, found);
  }
  return result;
}
