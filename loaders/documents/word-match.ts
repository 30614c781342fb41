/** How surface forms of names are compared with words of a text, in Latin and Cyrillic script. */

const CYRILLIC = /[\u0400-\u04ff]/;
const RUSSIAN_ENDING_LETTERS = "аеёиоуыэюяйь";

export function foldWord(word: string): string {
  return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/ё/g, "е");
}

/**
 * English plurals and transliteration variants ("Afrikand"/"Afrikanda", "Chepetsk"/"Chepetsky") reduce to
 * one stem; short words are left alone because stripping them makes distinct words collide.
 */
export function latinStem(folded: string): string {
  let stem = folded;
  if (stem.length >= 4 && stem.endsWith("s") && !stem.endsWith("ss")) stem = stem.slice(0, -1);
  // The last letter compared directly: a /[aeiouy]$/ test tried the class at every position of the word.
  if (stem.length >= 8 && "aeiouy".includes(stem.charAt(stem.length - 1))) stem = stem.slice(0, -1);
  return stem;
}

/**
 * The part of a Russian word that inflection leaves alone: trailing vowels and soft/short signs are
 * removed (up to two) while at least four letters remain, so "Россия" → "росс", "Китай" → "кита".
 */
export function russianStem(folded: string): string {
  let stem = folded;
  for (let i = 0; i < 2; i++) {
    const last = stem[stem.length - 1];
    if (stem.length > 4 && last !== undefined && RUSSIAN_ENDING_LETTERS.includes(last)) stem = stem.slice(0, -1);
  }
  return stem;
}

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

/** A name word as prepared once when the gazetteer is built. */
export interface NameWord {
  folded: string;
  stem: string;
  cyrillic: boolean;
}

export function prepareWord(word: string): NameWord {
  const folded = foldWord(word);
  const cyrillic = isCyrillic(word);
  return { folded, cyrillic, stem: cyrillic ? russianStem(folded) : latinStem(folded) };
}

/** Russian case endings are at most three letters ("-ого", "-ами" less the stem's own vowel). */
export function wordMatches(name: NameWord, textFolded: string): boolean {
  if (name.folded === textFolded) return true;
  if (name.cyrillic) {
    if (name.stem.length < 4 || !textFolded.startsWith(name.stem)) return false;
    const rest = textFolded.slice(name.stem.length);
    return rest.length <= 3 && /^[а-я]*$/.test(rest);
  }
  return name.stem === latinStem(textFolded);
}

/** First three letters of the stem: the bucket a name is filed under and a text word looks in. */
export function bucketOf(folded: string): string {
  const stem = isCyrillic(folded) ? russianStem(folded) : latinStem(folded);
  return stem.slice(0, 3);
}
