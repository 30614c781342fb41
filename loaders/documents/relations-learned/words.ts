import { allMatches } from "../all-matches.js";

/** Russian case and number endings, longest first: «поставки», «поставок», «поставку» share a stem. */
const RU_ENDING = /(?:иями|ями|ами|ого|его|ому|ему|ыми|ими|ией|ях|ах|ям|ам|ым|им|ом|ем|ий|ый|ой|ая|яя|ое|ее|ую|юю|ей|ия|ии|ию|ов|ев|ет|ют|ут|ит|ат|ят|ла|ло|ли|а|я|у|ю|е|и|ы|й|о|ь|л)$/u;
const EN_SUFFIX = /(?:ies|ied|ying|ing|ed|es|s)$/u;

/** A crude stem: what inflection varies is cut, so one weight covers "owns", "owned" and "owning". */
export function stemOf(word: string): string {
  if (/\p{Script=Cyrillic}/u.test(word)) return word.length > 4 ? word.replace(RU_ENDING, "").slice(0, 7) : word;
  if (word.length > 4 && /^[a-z]+$/.test(word)) return word.replace(EN_SUFFIX, "");
  return word;
}

const TOKEN = /⟦[eqd](\d+)⟧|\p{Script=Han}+|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * Normalised tokens of a piece of a sentence template: slots become what `slotName` calls their item (an
 * entity's kind, a figure's unit), words their stems, Chinese runs their characters and character pairs (no
 * spaces mark Chinese words, and two characters are the commonest word length).
 */
export function wordsOf(template: string, slotName: (item: number) => string): string[] {
  return tokensOf(template, slotName).flatMap((t) => t.words);
}

/** One token of a template with where it stands and the normalised words it gives (several for a Chinese run). */
export interface TemplateToken {
  start: number;
  end: number;
  words: string[];
}

const HAN = /^\p{Script=Han}/u;
const DIGIT = /\d/;

/** The tokens of a whole sentence template with their offsets, so a pair's words are slices, not a re-scan. */
export function tokensOf(template: string, slotName: (item: number) => string): TemplateToken[] {
  const out: TemplateToken[] = [];
  for (const match of allMatches(TOKEN, template)) {
    const [token, slot] = match;
    const start = match.index;
    const end = start + token.length;
    if (slot) out.push({ start, end, words: [slotName(Number(slot))] });
    else if (HAN.test(token)) {
      const words: string[] = [];
      for (let i = 0; i < token.length; i++) {
        words.push(token[i] as string);
        if (i + 1 < token.length) words.push(token.slice(i, i + 2));
      }
      out.push({ start, end, words });
    } else out.push({ start, end, words: [DIGIT.test(token) ? "#" : stemOf(token)] });
  }
  return out;
}
