/** Russian case and number endings, longest first, so «Полярном литии» and «Полярный литий» share their stems. */
const ENDING = /(?:ого|его|ому|ему|ыми|ими|ией|ям|ам|ым|им|ом|ем|ий|ый|ой|ая|яя|ое|ее|ую|юю|ей|ия|ии|ию|ь|а|я|у|ю|е|и|ы|й|о)$/u;

/** A Russian word less its case ending; words of four letters or fewer are kept whole, as they keep no stem. */
export function russianWordStem(word: string): string {
  const lower = word.toLowerCase().replace(/ё/g, "е");
  return lower.length > 4 ? lower.replace(ENDING, "") : lower;
}

/** The words of a name by their stems: every case form of one name has the same key. */
export function russianNameKey(name: string): string {
  return name.split(/[\s-]+/u).filter((w) => w.length > 0).map(russianWordStem).join(" ");
}

/**
 * A pattern for every case form of a name: each word's stem, then up to three letters of ending ("Роснефть",
 * "Роснефти", "Роснефтью"). Short words match exactly.
 */
export function caseFormsPattern(name: string): RegExp {
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  const parts = words.map((w) => {
    const stem = w.length > 4 ? w.slice(0, w.length - (w.length - russianWordStem(w).length)) : w;
    const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return w.length > 4 && /\p{Script=Cyrillic}/u.test(w) ? `${escaped}[а-яё]{0,3}` : escaped;
  });
  return new RegExp(`(?<![\\p{L}\\d-])${parts.join("\\s+")}(?![\\p{L}\\d])`, "gu");
}
