import { describe, expect, it } from "vitest";
import { firstChars } from "../../../loaders/documents/first-chars.js";

const sorted = (chars: Set<number> | undefined) => (chars ? String.fromCharCode(...[...chars].sort((a, b) => a - b)) : undefined);

// Source, flags, then the characters fenced alternatives and other alternatives start with; undefined when the
// parser cannot say (every position is then a candidate).
const CASES: Array<[string, string, string | undefined, string | undefined]> = [
  ["(?<!\\p{L})(?:stake|own(?:s|ed)?|holds?)(?!\\p{L})|股|持有", "gu", "hos", "持股"],
  ["(?<!\\p{L})(?:(?:wholly|state)[- ])?(?:owned|bought)\\s+by(?!\\p{L})", "gu", "bosw", ""],
  ["(?<!\\p{L})(?:дол[яи]|акци\\p{L}*)(?!\\p{L})", "gu", "ад", ""],
  ["(?<![\\p{L}-])[Мм]есторождени(?:е|я)", "gu", "", "Мм"],
  ["(?:a|an|its)\\s+(?:loan|grant)", "gu", "", "ai"],
  ["by \\d{4}|x{0,2}y", "gu", "", "bxy"],
  ["\\u0430{1,3}b", "gu", "", "а"],
  // Can match the empty string, starts with a class the parser does not enumerate, case-insensitive, back-reference.
  ["(?<!\\p{L})x*(?!\\p{L})", "gu", undefined, undefined],
  ["\\s+to", "gu", undefined, undefined],
  ["[^a]b", "gu", undefined, undefined],
  ["owns", "giu", undefined, undefined],
  ["(a)\\1", "gu", undefined, undefined],
];

describe("firstChars", () => {
  it.each(CASES)("%s /%s", (source, flags, fenced, free) => {
    const starts = firstChars(source, flags);
    expect(sorted(starts?.fenced)).toBe(fenced);
    expect(sorted(starts?.free)).toBe(free);
  });
});
