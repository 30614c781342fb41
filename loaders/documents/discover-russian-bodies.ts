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

function bodyMention(surface: string, start: number, name: string): Mention {
  return { entity: discoveredEntity("Actor", name, "state_body"), start, end: start + surface.length, text: surface, via: "form", confidence: 0.6 };
}

export function discoverRussianBodies(sentence: Sentence, text: string, known: readonly Mention[]): Mention[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes("Мин")) return [];
  const found: Mention[] = [];
  for (const m of allMatches(MINISTRY, body)) found.push(bodyMention(m[0], sentence.start + m.index, m[0].replace(CASE_ENDING, "")));
  return found.filter((f) => !known.some((k) => k.start < f.end && f.start < k.end));
}
