import { allMatches } from "./all-matches.js";

const LOWER_CASE_WORD = /(?<![\p{L}\d])\p{Ll}[\p{Ll}-]*/gu;

let last: { text: string; words: ReadonlySet<string> } | undefined;

/**
 * The words a text writes in lower case somewhere ("sends", "shares"): a word written so is no name. Four
 * recognisers ask for the same document's set in turn, so the last text's set is kept and the text scanned once.
 */
export function lowerCaseWords(text: string): ReadonlySet<string> {
  if (last?.text === text) return last.words;
  const words = new Set<string>();
  for (const m of allMatches(LOWER_CASE_WORD, text)) words.add(m[0]);
  last = { text, words };
  return words;
}
