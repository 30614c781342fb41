import { allMatches } from "./all-matches.js";
import { discoveredEntity } from "./discover-entities.js";
import type { Mention, Sentence } from "./types.js";

/**
 * Russian ministries go by compound abbreviations: "Минпромторг", "Минфин", "Минприроды" (министерство …). Words
 * that merely start like them ("Минеральные", "Министр", "Минск") are not bodies; a minister is a person.
 */
const MINISTRY = /(?<![\p{L}-])Мин(?!ерал|имал|истр|ут|ск|ус|иатюр|ь|и(?:\p{L}|$))\p{Ll}{3,}(?![\p{L}-])/gu;
/** Case endings of a masculine abbreviation ("Минпромторга", "Минфином"); "Минприроды", "Минэнерго" do not decline. */
const CASE_ENDING = /(?<=[бвгдзклмнпрстфхцчшщ])(?:ом|а|у|е)$/u;

/**
 * Bodies written out: "Министерства промышленности и строительства Казахстана", "Геологической службы США",
 * "Федеральное агентство по недропользованию". The head in any case, then its field in the genitive (words with
 * genitive endings, joined by "и"/"по"), then the country when one follows. Named in the nominative.
 */
const GENITIVE_WORD = "\\p{Ll}{2,}(?:ии|ия|ти|ства|ки|ли|ов|ев|ых|их|ей|ой|ого|его|ы|и|а|я|ю|ию|ованию)";
const FIELD = `((?:\\s+(?:(?:и|по)\\s+)?${GENITIVE_WORD}(?![\\p{L}-])){1,6})`;
const WRITTEN_OUT: Array<{ pattern: RegExp; nominative: (head: string) => string }> = [
  { pattern: new RegExp(`(?<![\\p{L}-])([Мм]инистерств(?:о|а|у|ом|е))${FIELD}`, "gu"), nominative: () => "Министерство" },
  {
    pattern: new RegExp(`(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+(?:ая|ой|ую)\\s+служб(?:а|ы|е|у|ой))${FIELD}?`, "gu"),
    nominative: (head) => head.replace(/(?:ой|ую)(?=\s)/u, "ая").replace(/служб\p{Ll}*$/u, "служба"),
  },
  {
    pattern: new RegExp(`(?<![\\p{L}-])([Фф]едеральн(?:ое|ого|ому|ым|ом)\\s+агентств(?:о|а|у|ом|е))${FIELD}`, "gu"),
    nominative: () => "Федеральное агентство",
  },
];

function bodyMention(surface: string, start: number, name: string): Mention {
  return { entity: discoveredEntity("Actor", name, "state_body"), start, end: start + surface.length, text: surface, via: "form", confidence: 0.6 };
}

function writtenOut(sentence: Sentence, body: string, known: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const { pattern, nominative } of WRITTEN_OUT) {
    for (const m of allMatches(pattern, body)) {
      const [surface, head = "", field = ""] = m;
      const start = sentence.start + m.index;
      let end = start + surface.length;
      let name = `${nominative(head)}${field}`;
      // "… Казахстана", "… КНР", "… США": the country right after belongs to the body's name.
      const country = known.find((k) => k.entity.kind === "Country" && k.start > end && /^\s+$/u.test(body.slice(end - sentence.start, k.start - sentence.start)));
      if (country) {
        name = `${name} ${country.text}`;
        end = country.end;
      }
      if (field === "" && !country) continue;
      found.push({ ...bodyMention(surface, start, name), end, text: body.slice(start - sentence.start, end - sentence.start) });
    }
  }
  return found;
}

export function discoverRussianBodies(sentence: Sentence, text: string, known: readonly Mention[]): Mention[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Mention[] = [];
  if (body.includes("Мин")) for (const m of allMatches(MINISTRY, body)) found.push(bodyMention(m[0], sentence.start + m.index, m[0].replace(CASE_ENDING, "")));
  if (/инистерств|служб|агентств/u.test(body)) found.push(...writtenOut(sentence, body, known));
  // A body written out holds the country it belongs to: that country mention gives way to the body.
  return found.filter((f) => !known.some((k) => k.start < f.end && f.start < k.end && !(k.entity.kind === "Country" && k.start >= f.start && k.end <= f.end)));
}
