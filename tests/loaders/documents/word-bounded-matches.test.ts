import { describe, expect, it } from "vitest";
import { allMatches } from "../../../loaders/documents/all-matches.js";
import { wordBoundedMatchGroup } from "../../../loaders/documents/word-bounded-match-group.js";
import { wordBoundedMatcher } from "../../../loaders/documents/word-bounded-matches.js";

const shape = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, ...m]);

const PATTERNS = [
  // A cue list: an alternative that fails its fence ("owner" in "ownership") must give way to a longer one.
  /(?<!\p{L})(?:stake|own(?:s|ed|er|ership)?|shar(?:e|es|eholder)|holds?)(?!\p{L})|股|持有/gu,
  /(?<!\p{L})(?:in|at|near|в|на|крае)(?!\p{L})|位于|在/gu,
  // A fence inside a negative look-behind must stay: without it the look-behind would forbid more.
  /(?<![\p{L}-])(?<!(?<!(?<!\p{L})(?:эт|т))(?:ый|ий|ой)\s)[Мм]есторождени(?:е|я|ю)(?![\p{L}])/gu,
  /(?<!(?<!\p{L})de)fine(?!\p{L})/gu,
  // Captures and a class holding a parenthesis.
  /(?<!\p{L})(plan(?:s|ned)?)\s+to(?!\p{L})|[(]note(?!\p{L})/gu,
  // Can match the empty string.
  /(?<!\p{L})x*(?!\p{L})/gu,
  // One first letter both fenced ("in") and free ("ink"): right after a letter the fence must still be checked.
  /(?<!\p{L})(?:in|at)(?!\p{L})|ink/gu,
];

const TEXTS = [
  "the ownership of the stake: owner owns; co-owners hold shares and shareholders holds 5% — unshared",
  "mines in australia, at sea, inside, 位于澳大利亚在 в москве на урале в крае",
  "Новое месторождение, это месторождение и крупное месторождение; месторождения-гиганты, этой месторождение, мотой месторождение",
  "define undefine fine refined",
  "It plans to build (note) and planned to; replans to (notes",
  "𝒜x xx x𝒜 🙂x",
  "in link ink-in, pink in; at cat inat in",
  "",
];

describe("wordBoundedMatcher", () => {
  it("finds exactly what allMatches finds, in the same order, with the same captures", () => {
    for (const pattern of PATTERNS) {
      const matches = wordBoundedMatcher(pattern);
      for (const text of TEXTS) expect(shape(matches(text)), `${pattern.source} on "${text}"`).toEqual(shape(allMatches(pattern, text)));
    }
  });

  it("finds the cue words themselves (not a vacuous comparison)", () => {
    const matches = wordBoundedMatcher(PATTERNS[0] as RegExp);
    expect(matches(TEXTS[0] as string).map((m) => m[0])).toEqual(["ownership", "stake", "owner", "owns", "hold", "shares", "holds"]);
  });

  it("refuses a pattern without the g flag", () => {
    expect(() => wordBoundedMatcher(/(?<!\p{L})own/u)).toThrow(/no "g" flag/);
  });
});

describe("wordBoundedMatchGroup", () => {
  it("finds per pattern exactly what allMatches finds, in the same order, with the same captures", () => {
    const group = wordBoundedMatchGroup(PATTERNS);
    for (const text of TEXTS) {
      const found = group(text);
      expect(found).toHaveLength(PATTERNS.length);
      PATTERNS.forEach((pattern, i) => expect(shape(found[i] ?? []), `${pattern.source} on "${text}"`).toEqual(shape(allMatches(pattern, text))));
    }
  });

  it("reads a fenced word only after a non-letter, and a free one anywhere (not a vacuous comparison)", () => {
    const found = wordBoundedMatchGroup(PATTERNS)(TEXTS[TEXTS.length - 2] as string);
    expect((found[PATTERNS.length - 1] ?? []).map((m) => [m.index, m[0]])).toEqual([[0, "in"], [4, "ink"], [8, "ink"], [12, "in"], [17, "ink"], [21, "in"], [25, "at"], [37, "in"]]);
  });

  it("refuses a pattern without the g flag", () => {
    expect(() => wordBoundedMatchGroup([/(?<!\p{L})own/u])).toThrow(/no "g" flag/);
  });
});
