import { detectLanguage } from "./detect-language.js";
import type { Block } from "./types.js";

/** A line that starts what follows the article: comments, related links, newsletter sign-ups. */
const END_OF_ARTICLE =
  /^[\s•·*#-]*(comments?(\s*[[(]\d+[\])])?|\d+\s+comments?|leave a (comment|reply)|do you want to leave a comment.*|related( articles| news| stories| posts)?|read (more|also|next)|more (news|stories|from [^.]*)|recommended( for you)?|most (read|popular)|popular (news|stories)|you (may|might) also like.*|the news mentions|subscribe( to [^.]*)?|sign up for [^.]*newsletter.*|share (this|on)[^.]*|tags?:.*|комментари[йия]\s*(\[\d+\])?|читайте также.*|похожие (новости|статьи)|другие новости|相关(新闻|阅读|文章|推荐).*|评论\s*\(?\d*\)?|推荐阅读)\s*$/i;

/** Lines that are page chrome wherever they stand. */
const FURNITURE_LINE = [
  /^[\s•·|–-]*(\d{1,2}[.:/-]\d{1,2}([.:/-]\d{2,4})?[\s,]*){1,3}[\s•·|]*$/, // bare timestamps "04.03 02:25"
  /^[\s•·|–-]*\d+\s*$/, // counters (views, comments)
  /^\s*(image|photo|picture|illustration|video)( source| credit)?\s*:/i,
  /\b(copyright|all rights reserved|rights to this material|placed by the copyright holder)\b|©/i,
  /^\s*(search( documents)?|menu|log ?in|sign ?in|register|home|share|print|email|next|previous|back to top)\s*$/i,
  /^\s*(\[[^\]]*\]\([^)]*\)[\s,|•·]*)+$/, // markdown link lists
  /^\s*(https?:\/\/\S+\s*)+$/,
];

/**
 * What ends a line of prose: a full stop or a closing mark, Chinese full-width ones included ("…礦場。（Reuters）"),
 * and a list item's or lead-in's semicolon or colon ("- увеличить загрузку … в России;"), which no headline ends with.
 */
const SENTENCE_END = /[.!?。！？…"”»)\]）」』;；:：]\s*(\[\d+\])*\s*$/;

/**
 * A hard-wrapped paragraph (text copied from print or e-mail, "… Zambia told reporters on Friday it would\nhalt copper ore
 * exports …"): a line that ends mid-sentence, followed on the very next line by one that starts in lower case,
 * continues it. Read apart, each piece is a short line without a full stop, taken for a title or a heading.
 */
function continuesLine(previous: { end: number; line: string }, next: { start: number; line: string }, text: string): boolean {
  return !SENTENCE_END.test(previous.line) && /^\p{Ll}/u.test(next.line) && /^[ \t]*\r?\n[ \t]*$/.test(text.slice(previous.end, next.start));
}

function isNavigationLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 5 || /[.,;:!?()]/.test(line)) return false;
  return words.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

function isShortLine(line: string): boolean {
  return line.trim().length < 160 && !SENTENCE_END.test(line);
}

/**
 * Splits the text into lines and says which are article and which are page furniture. Nothing is removed:
 * offsets stay those of the original text, and furniture lines are simply never read for facts.
 */
export function findBlocks(text: string): Block[] {
  const lines: Array<{ start: number; end: number; line: string }> = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = match.index + lead;
    const last = lines[lines.length - 1];
    const line = { start, end: start + trimmed.length, line: trimmed };
    if (last && continuesLine(last, line, text)) {
      last.end = line.end;
      last.line = text.slice(last.start, last.end);
    } else lines.push(line);
  }

  // The end marker counts only in the second half: an early "Comments" is more likely a heading.
  const half = text.length / 2;
  const endIndex = lines.findIndex((l) => l.start > half && END_OF_ARTICLE.test(l.line));

  // An excerpt cut off mid-sentence ends in a line without a full stop that is prose, not a heading ("… the Grande
  // Côte project should keep its mine running for at least 15 years on"), when it follows prose and the file
  // stops without a line break or the line is long; a last line among short ones is a headline list's.
  const lastLine = lines[lines.length - 1];
  const cutOffLine = lastLine && (/\S$/.test(text) || lastLine.line.length >= 40) ? lines.length - 1 : -1;
  let titleSeen = false;
  let previous: Block["role"] | undefined;
  return lines.map((l, i) => {
    const language = detectLanguage(l.line);
    let role: Block["role"];
    if (endIndex >= 0 && i >= endIndex) role = "furniture";
    else if (FURNITURE_LINE.some((p) => p.test(l.line))) role = "furniture";
    else if (i === cutOffLine && previous === "body") role = "body";
    else if (isShortLine(l.line)) {
      if (isNavigationLine(l.line) && i + 1 < lines.length && isShortLine(lines[i + 1]?.line ?? "")) role = "furniture";
      else if (!titleSeen) role = "title";
      else role = "heading";
      if (role === "title") titleSeen = true;
    } else role = "body";
    if (role === "body") titleSeen = true;
    previous = role;
    return { start: l.start, end: l.end, role, language };
  });
}
