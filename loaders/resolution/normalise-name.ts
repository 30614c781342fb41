/**
 * Legal forms carry no identity: "Lynas Rare Earths Ltd" and "Lynas Rare Earths" are one company.
 * "holding" and "group" stay, because a parent and its operating company often differ only by them.
 */
const LEGAL_FORMS = new Set([
  "ltd", "limited", "llc", "inc", "incorporated", "corp", "corporation", "co", "company", "plc", "lp", "llp",
  "jsc", "pjsc", "ojsc", "cjsc", "oao", "zao", "pao", "ao", "ooo", "ag", "gmbh", "sa", "nv", "bv", "ab", "as", "oy", "spa", "srl", "pty", "sas",
  "ооо", "оао", "зао", "пао", "ао", "нао",
]);
const CHINESE_LEGAL_SUFFIXES = ["股份有限公司", "有限责任公司", "有限公司"];

/** A key for comparing names across sources: case, accents, quotes, punctuation and legal forms removed. */
export function normaliseName(name: string): string {
  let text = name.normalize("NFKC").trim();
  for (const suffix of CHINESE_LEGAL_SUFFIXES) if (text.endsWith(suffix)) text = text.slice(0, -suffix.length);
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 0 && !LEGAL_FORMS.has(word));
  if (words[0] === "the" && words.length > 1) words.shift();
  return words.join(" ");
}
