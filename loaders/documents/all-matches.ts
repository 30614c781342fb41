/**
 * Every match of a global regex, as `text.matchAll(pattern)` gives them. matchAll clones the regex on each call,
 * and for the short sentences read here the clone costs more than the search; this reads with `exec` instead,
 * leaving `pattern.lastIndex` at 0 as it found it.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches: /${pattern.source}/ has no "g" flag. Give the pattern the g flag.`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place; matchAll steps past it the same way.
    if (match[0].length === 0) pattern.lastIndex = advance(text, pattern.lastIndex, pattern.flags.includes("u") || pattern.flags.includes("v"));
  }
  pattern.lastIndex = 0;
  return matches;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
