import type { Language } from "./types.js";

/**
 * English, Russian and Chinese are told apart by script alone: Han characters only occur in Chinese text
 * (among the three), Cyrillic only in Russian. Counting letters is enough and needs no statistical model.
 */
export function detectLanguage(text: string): Language {
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  // Code units rather than code points: every range counted is in the BMP, and both halves of a surrogate pair
  // fall outside all three, as the whole astral character does.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han++;
    else if (code >= 0x0400 && code <= 0x04ff) cyrillic++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) latin++;
  }
  // A Han character carries about as much as a three-letter word, so it weighs more than a letter.
  const scores: Array<[Language, number]> = [
    ["zh", han * 3],
    ["ru", cyrillic],
    ["en", latin],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const best = scores[0];
  return best && best[1] > 0 ? best[0] : "other";
}

/** The language most of the document's characters are in. */
export function dominantLanguage(blocks: ReadonlyArray<{ start: number; end: number; language: Language }>): Language {
  const weight = new Map<Language, number>();
  for (const block of blocks) weight.set(block.language, (weight.get(block.language) ?? 0) + (block.end - block.start));
  let best: Language = "other";
  let max = -1;
  for (const [language, w] of weight) if (w > max && language !== "other") [best, max] = [language, w];
  return best;
}
