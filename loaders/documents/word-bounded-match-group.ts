import { allMatches } from "./all-matches.js";
import { firstChars } from "./first-chars.js";
import { hasSurrogate, isLetter, wordBoundedMatcher } from "./word-bounded-matches.js";

/** The fence of a word-bounded pattern: no letter before it. */
const FENCE = "(?<!\\p{L})";

/**
 * `wordBoundedMatcher` for a list of patterns read over the same text, the same matches per pattern in the same
 * order. Each matcher stepped through the whole text looking for its first characters; with the cue and trigger
 * lists (about fifty) that was fifty passes over every sentence. Here one pass finds, per position, the patterns
 * that may start there, and each tries its full pattern only where its own scan would have.
 */
export function wordBoundedMatchGroup(patterns: readonly RegExp[]): (text: string) => RegExpExecArray[][] {
  // Per code unit, the patterns that may start with it, as `index * 2 + 1` when only after a non-letter (fenced).
  const lists = new Map<number, Map<number, number>>();
  const exact: Array<RegExp | undefined> = [];
  // The pattern without its leading fence, for places known to follow a non-letter (see below).
  const unfenced: Array<RegExp | undefined> = [];
  const alone: Array<((text: string) => RegExpExecArray[]) | undefined> = [];
  patterns.forEach((pattern, index) => {
    if (!pattern.global) throw new TypeError(`wordBoundedMatchGroup: /${pattern.source}/ has no "g" flag. Give the pattern the g flag.`);
    const starts = firstChars(pattern.source, pattern.flags);
    if (!starts) {
      exact.push(undefined);
      unfenced.push(undefined);
      alone.push(wordBoundedMatcher(pattern));
      return;
    }
    const flags = `${pattern.flags.replace(/[gy]/g, "")}y`;
    exact.push(new RegExp(pattern.source, flags));
    unfenced.push(pattern.source.startsWith(FENCE) ? new RegExp(pattern.source.slice(FENCE.length), flags) : undefined);
    alone.push(undefined);
    const mark = (code: number, fenced: boolean) => {
      let list = lists.get(code);
      if (!list) lists.set(code, (list = new Map()));
      // A code unit some alternative starts with unfenced is a candidate anywhere (as in the single matcher's table).
      if (!fenced || !list.has(index)) list.set(index, fenced ? 1 : 0);
    };
    for (const c of starts.fenced) mark(c, true);
    for (const c of starts.free) mark(c, false);
  });
  const table: Array<Int32Array | undefined> = new Array<Int32Array | undefined>(0x10000);
  for (const [code, list] of lists) table[code] = Int32Array.from([...list].sort((a, b) => a[0] - b[0]), ([index, fenced]) => index * 2 + fenced);
  const n = patterns.length;
  return (text) => {
    if (hasSurrogate(text)) return patterns.map((pattern) => allMatches(pattern, text));
    const found: RegExpExecArray[][] = [];
    for (let m = 0; m < n; m++) found.push(alone[m]?.(text) ?? []);
    // Where each pattern's own scan resumes: after its last match.
    const from = new Int32Array(n);
    for (let i = 0; i < text.length; i++) {
      const candidates = table[text.charCodeAt(i)];
      if (candidates === undefined) continue;
      let afterLetter = -1;
      for (let k = 0; k < candidates.length; k++) {
        const entry = candidates[k] as number;
        const m = entry >> 1;
        if (i < (from[m] as number)) continue;
        if (i > 0 && afterLetter < 0 && ((entry & 1) === 1 || unfenced[m] !== undefined)) afterLetter = isLetter(text.charCodeAt(i - 1)) ? 1 : 0;
        if ((entry & 1) === 1 && afterLetter === 1) continue;
        // After a non-letter (or at the start) the leading fence holds, and V8 checks a \p{L} look-behind slowly (about
        // three times the rest of a try in a micro-benchmark): the pattern without it finds the same match there.
        const pattern = (afterLetter === 1 ? undefined : unfenced[m]) ?? (exact[m] as RegExp);
        pattern.lastIndex = i;
        const match = pattern.exec(text);
        if (!match) continue;
        (found[m] as RegExpExecArray[]).push(match);
        from[m] = match.index + match[0].length;
      }
    }
    for (const pattern of exact) if (pattern) pattern.lastIndex = 0;
    for (const pattern of unfenced) if (pattern) pattern.lastIndex = 0;
    return found;
  };
}
