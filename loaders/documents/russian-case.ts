/** Letters a Russian case ending is made of; the stem is what is left once up to two of them are stripped. */
const ENDING_LETTERS = "аеёиоуыэюяйь";

/**
 * A Russian word less its final vowels and soft or short sign (up to two, keeping four letters): "Роснефть" →
 * "Роснефт", "Северный" → "Северн", "Вольфрам" stays. Every case form is the stem and at most three letters more.
 */
export function russianWordStem(word: string): string {
  let stem = word;
  for (let i = 0; i < 2; i++) {
    const last = stem[stem.length - 1]?.toLowerCase();
    if (stem.length > 4 && last !== undefined && ENDING_LETTERS.includes(last)) stem = stem.slice(0, -1);
  }
  return stem;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The regular-expression source matching every case form of a name, without boundaries. */
export function formsSource(name: string): string {
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  return words.map((w) => (w.length > 4 && /\p{Script=Cyrillic}/u.test(w) ? `${escape(russianWordStem(w))}[а-яё]{0,3}` : escape(w))).join("\\s+");
}

/** A pattern for every case form of a name: "Роснефть", "Роснефти", "Роснефтью"; short words match exactly. */
export function caseFormsPattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d-])${formsSource(name)}(?![\\p{L}\\d])`, "gu");
}

/** Whether two spellings are case forms of one name: «Северный Вольфрам» and «Северным Вольфрамом». */
export function sameRussianName(a: string, b: string): boolean {
  if (a === b) return true;
  return new RegExp(`^${formsSource(a)}$`, "u").test(b) || new RegExp(`^${formsSource(b)}$`, "u").test(a);
}
