import type { ArgKind } from "./arg-kinds.js";
import type { SentenceContext } from "./sentence-context.js";

const SLOT = /⟦[eqd]\d+⟧/gu;
const bucket = (n: number) => (n <= 2 ? String(n) : n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 16 ? "9-16" : "17+");

/**
 * Features of a Chinese reading that its word features miss. A Chinese run gives a word per character and per
 * character pair, so "⟦A⟧持有⟦B⟧" counts three words between the names, as many as "A, which B" does in English:
 * the characters between the names are the distance a reader sees. "⟦A⟧的⟦B⟧" (A's B) and "⟦A⟧持有的⟦B⟧" (the B A
 * holds) put the possessive 的 right before the second name, and the cue word nearest the second name is the
 * verb that governs it.
 */
export function zhPairFeatures(context: SentenceContext, from: number, to: number, kinds: `${ArgKind}>${ArgKind}`, dir: string): string[] {
  const between = from < to ? context.frame.template.slice(from, to) : "";
  const plain = between.replace(SLOT, "⟦⟧");
  const chars = plain.replace(/⟦⟧|\s/gu, "").length;
  const f = [`zh|cc:${dir}:${bucket(chars)}`, `zh|cck:${dir}:${bucket(chars)}:${kinds}`];
  if (plain === "的") f.push(`zh|de:${dir}:${kinds}`);
  else if (plain.endsWith("的") && chars <= 8) f.push(`zh|de_end:${dir}:${kinds}`);
  let nearest: { name: string; end: number } | undefined;
  for (const span of context.cueSpans) {
    if (span.start >= from && span.end <= to && (!nearest || span.end > nearest.end)) nearest = { name: span.name, end: span.end };
  }
  if (nearest) f.push(`zh|cn:${dir}:${nearest.name}:${kinds}`);
  return f;
}
