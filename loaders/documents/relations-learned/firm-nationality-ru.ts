import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact } from "../types.js";
import { isFirmMention, sentenceFact } from "./sentence-fact.js";

/** Class nouns a Russian apposition calls a firm by. */
const FIRM_NOUN = String.raw`(?:компани|корпораци|госкорпораци|групп|холдинг|фирм|производител|концерн|оператор|монополи|предприяти|гигант|авиагигант|комбинат|завод|производств)\p{L}*`;
/** Up to three lower-case words: "металлургическая", "национальный", "крупнейший горнодобывающий". */
const WORDS = String.raw`(?:[\p{Ll}-]+\s+){0,3}?`;
/** Adjectives in the nominative singular, which agree with the apposition's head: "крупнейшая", "ведущий". */
const ADJECTIVES = String.raw`(?:[\p{Ll}-]+(?:ый|ий|ой|ая|яя|ое|ее)\s+){0,2}`;
/** "X – японская торговая компания": a dash, a demonym (nominative, so it is the head's), a class noun. */
const DEMONYM_APPOSITION = new RegExp(String.raw`^[»"”]?\s*[–—-]\s*${ADJECTIVES}$`, "u");
const NOMINATIVE = /(?:ый|ий|ой|ая|яя|ое|ее)$/u;
const AFTER_DEMONYM = new RegExp(String.raw`^\s*${WORDS}${FIRM_NOUN}(?!\p{L})`, "u");
/** "X – государственный холдинг Чили": a dash, a class noun, the country in the genitive. */
const COUNTRY_APPOSITION = new RegExp(String.raw`^[»"”]?\s*[–—-]\s*${WORDS}${FIRM_NOUN}\s+$`, "u");
/** The apposition ends the statement, or a clause does: the country is not the start of a longer phrase. */
const ENDS = /^\s*(?:[.,;:)»"”]|$|и\s|(?:котор|где|явля)\p{L}*)/u;


/**
 * Russian appositions that give a firm its country: "X – японская торговая компания" (a demonym before
 * the class noun), "X – государственный холдинг Чили" (the country after it). The firm named right before the
 * dash is located in that country.
 */
export function withFirmNationalityRu(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  if (frame.sentence.language !== "ru") return [...facts];
  const out = [...facts];
  const read = new Set(out.filter((f) => f.predicate === "LOCATED_IN").map((f) => `${f.subject.id}|${f.object.id}`));
  frame.items.forEach((_, i) => {
    const firm = frame.entity(i);
    const country = frame.entity(i + 1);
    if (!firm || !isFirmMention(firm) || country?.entity.kind !== "Country") return;
    const between = frame.between(i, i + 1);
    const after = frame.template.slice(frame.slotEnd(i + 1));
    const demonym = country.via === "demonym" && NOMINATIVE.test(country.text.toLowerCase()) && DEMONYM_APPOSITION.test(between) && AFTER_DEMONYM.test(after);
    const genitive = country.via !== "demonym" && COUNTRY_APPOSITION.test(between) && ENDS.test(after);
    const key = `${firm.entity.id}|${country.entity.id}`;
    if ((!demonym && !genitive) || read.has(key)) return;
    read.add(key);
    out.push(sentenceFact(frame, firm, "LOCATED_IN", country, Math.round(0.65 * firm.confidence * 100) / 100, "firm-nationality-ru"));
  });
  return out;
}
