import { allMatches } from "./all-matches.js";
import type { KnownEntity, Mention, Sentence } from "./types.js";

/**
 * A firm's name is read whole once ("Alpha Nickel & Cobalt Corp. said …") and in pieces elsewhere, where a word of
 * it is also an element, a country or the start of another run ("shares of Alpha Nickel & Cobalt rose": a firm
 * "Alpha", nickel, cobalt). Every other place the article writes the same name (or the name without its legal form)
 * is that firm: the pieces inside it give way to one mention of it. Names of one word are left alone, and so is a
 * place where a mention runs across the name's edge (the words there belong to a longer name).
 */

const TRAILING_LEGAL_FORMS = /(?:[\s,]+(?:Co\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|LLC|JSC|PJSC|PLC|plc|AG|GmbH|S\.A\.|SA|N\.V\.|NV|SpA|B\.V\.|BV|Pty|Tbk|Bhd|ASA))+$/u;
const LANGUAGES = new Set(["en", "ru"]);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function formsOf(entity: KnownEntity): string[] {
  const forms = [entity.name];
  if (entity.kind === "Actor") forms.push(entity.name.replace(TRAILING_LEGAL_FORMS, ""));
  return forms.filter((f) => f.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(f));
}

/** Rewrites `bySentence` in place: the pieces of a discovered name written out again become one mention of it. */
export function spreadFullNames(bySentence: Array<{ sentence: number; mentions: Mention[] }>, sentences: readonly Sentence[], text: string): void {
  const sentenceOf = new Map(sentences.filter((s) => LANGUAGES.has(s.language)).map((s) => [s.index, s]));
  const entries = bySentence.filter((e) => sentenceOf.has(e.sentence));
  const entityOf = new Map<string, KnownEntity | null>();
  for (const m of entries.flatMap((e) => e.mentions)) {
    const { entity } = m;
    if (!entity.discovered || (entity.kind !== "Actor" && entity.kind !== "Asset") || entity.type === "person" || m.via === "reference") continue;
    for (const form of formsOf(entity)) {
      const seen = entityOf.get(form);
      entityOf.set(form, seen === undefined || seen?.id === entity.id ? entity : null);
    }
  }
  const forms = [...entityOf].filter((entry): entry is [string, KnownEntity] => entry[1] !== null);
  if (forms.length === 0) return;
  const pattern = new RegExp(`(?<![\\p{L}\\d'’.-])(?:${forms.map(([f]) => f).sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\d]|[-–]\\p{L})`, "gu");
  const named = new Map(forms);
  for (const entry of entries) {
    const sentence = sentenceOf.get(entry.sentence);
    if (!sentence) continue;
    for (const match of allMatches(pattern, text.slice(sentence.start, sentence.end))) {
      const entity = named.get(match[0]);
      if (!entity) continue;
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      const overlapping = entry.mentions.filter((m) => m.start < end && start < m.end);
      if (overlapping.some((m) => m.start < start || m.end > end)) continue;
      if (overlapping.length === 1 && overlapping[0]?.entity.id === entity.id && overlapping[0].start === start && overlapping[0].end === end) continue;
      const whole: Mention = { entity, start, end, text: match[0], via: "form", confidence: 0.6 };
      entry.mentions = [...entry.mentions.filter((m) => !overlapping.includes(m)), whole].sort((a, b) => a.start - b.start);
    }
  }
}
