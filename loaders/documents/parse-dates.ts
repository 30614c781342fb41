import type { DateMention } from "./types.js";
import { allMatches } from "./all-matches.js";

const MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTHS_RU = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];
const MONTH_EN = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
/** Every English month pattern above starts with one of these, case as written. */
const MONTH_EN_NEEDED = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const CYRILLIC = /[\u0400-\u04ff]/;
const MONTH_RU = "(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])";

/**
 * `needs` is a cheap test every match of `re` passes (a character or word the pattern cannot do without), so a
 * sentence without it skips the pattern; most sentences have no month name, no 年 and no Cyrillic.
 */
const PATTERNS: Array<{ re: RegExp; needs?: RegExp; read: (m: RegExpExecArray) => Omit<DateMention, "start" | "end" | "text"> | undefined }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, needs: /-/, read: (m) => ({ year: +(m[1] ?? 0), month: +(m[2] ?? 0), day: +(m[3] ?? 0) }) },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, needs: /\d\.\d/, read: (m) => ({ year: +(m[3] ?? 0), month: +(m[2] ?? 0), day: +(m[1] ?? 0) }) },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g, needs: /年/, read: (m) => ({ year: +(m[1] ?? 0), month: +(m[2] ?? 0), day: m[3] ? +m[3] : undefined }) },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_EN}\\s+(\\d{4})\\b`, "g"), needs: MONTH_EN_NEEDED, read: (m) => ({ year: +(m[3] ?? 0), month: monthEn(m[2]), day: +(m[1] ?? 0) }) },
  { re: new RegExp(`\\b${MONTH_EN}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "g"), needs: MONTH_EN_NEEDED, read: (m) => ({ year: +(m[3] ?? 0), month: monthEn(m[1]), day: +(m[2] ?? 0) }) },
  { re: new RegExp(`\\b${MONTH_EN},?\\s+(\\d{4})\\b`, "g"), needs: MONTH_EN_NEEDED, read: (m) => ({ year: +(m[2] ?? 0), month: monthEn(m[1]) }) },
  { re: new RegExp(`(\\d{1,2})\\s+${MONTH_RU}\\s+(\\d{4})`, "gi"), needs: CYRILLIC, read: (m) => ({ year: +(m[3] ?? 0), month: monthRu(m[2]), day: +(m[1] ?? 0) }) },
  { re: new RegExp(`${MONTH_RU}\\s+(\\d{4})`, "gi"), needs: CYRILLIC, read: (m) => ({ year: +(m[2] ?? 0), month: monthRu(m[1]) }) },
  { re: /(?<![\d$€.,])\b(1[89]\d{2}|20\d{2})\b(?!\s*(?:%|percent|tons?|tonnes?|t\b|thousand|million|billion))(?![.,]\d)/g, read: (m) => ({ year: +(m[1] ?? 0) }) },
  { re: /(?<!\d)(1[89]\d{2}|20\d{2})\s*年/g, needs: /年/, read: (m) => ({ year: +(m[1] ?? 0) }) },
];

function monthEn(raw: string | undefined): number | undefined {
  const i = MONTHS_EN.indexOf((raw ?? "").slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

// "ма" (May) is a prefix of no other month stem once the longer stems have been tried.
const MONTHS_RU_LONGEST_FIRST = MONTHS_RU.map((stem, i) => [stem, i] as const).sort((a, b) => b[0].length - a[0].length);

function monthRu(raw: string | undefined): number | undefined {
  const word = (raw ?? "").toLowerCase();
  const hit = MONTHS_RU_LONGEST_FIRST.find(([stem]) => word.startsWith(stem));
  return hit ? hit[1] + 1 : undefined;
}

const PREPOSITION = /(?:^|[\s(])(in|by|since|from|until|till|through|to|before|after|as of|of|during|between|and|в|к|до|с|по|于|到|至)\s+(?:the\s+(?:end|beginning|start|middle) of\s+)?(?:early\s+|late\s+|mid-?\s*)?$/i;

/** Dates and years with the word that introduces them, non-overlapping, in text order. */
export function parseDates(text: string, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  // Every pattern needs a digit.
  if (!/\d/.test(text)) return found;
  for (const { re, needs, read } of PATTERNS) {
    if (needs && !needs.test(text)) continue;
    for (const match of allMatches(re, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((d) => d.start - offset < end && start < d.end - offset)) continue;
      const parts = read(match);
      if (!parts || parts.year < 1800 || parts.year > 2100) continue;
      const preposition = PREPOSITION.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase();
      found.push({ ...parts, start: offset + start, end: offset + end, text: match[0], preposition });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function isoOf(date: Pick<DateMention, "year" | "month" | "day">): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (date.month && date.day) return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  if (date.month) return `${date.year}-${pad(date.month)}`;
  return String(date.year);
}
