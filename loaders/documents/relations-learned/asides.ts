/**
 * The words between two names with each bracketed aside as one "(…)": a ticker ("(asx: abc)"), an abbreviation or
 * a converted sum says nothing of the relation, yet its words stood between the names as features of their own,
 * a few training sentences' worth each, and a reading carried their noise. Unbalanced brackets are kept as words.
 */
export function withoutAsides(words: readonly string[]): readonly string[] {
  if (!words.includes("(")) return words;
  const out: string[] = [];
  let depth = 0;
  for (const w of words) {
    if (w === "(") {
      if (depth === 0) out.push("(…)");
      depth++;
    } else if (w === ")" && depth > 0) depth--;
    else if (depth === 0) out.push(w);
  }
  // An aside still open where the later name stands ("⟦actor⟧ (⟦actor⟧"): the words are kept as they are.
  return depth > 0 ? words : out;
}
