import { describe, expect, it } from "vitest";
import { fuzzyTerms } from "../../graph/names/fuzzy-terms.js";
import { StringColumn } from "../../graph/names/string-column.js";

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

describe("fuzzyTerms: the trie walk over sorted words finds what a full scan finds", () => {
  // A small alphabet makes many near neighbours; a fixed generator keeps the case reproducible.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const word = () => Array.from({ length: 1 + Math.floor(random() * 9) }, () => "abcд"[Math.floor(random() * 4)]).join("");
  const words = [...new Set(Array.from({ length: 3000 }, word))].sort();
  const column = StringColumn.of(words);

  it.each([1, 2, 3])("within %i edit(s)", (maxDistance) => {
    for (let q = 0; q < 60; q++) {
      const query = word();
      const expected = words.flatMap((w, term) => {
        const distance = levenshtein(query, w);
        return distance <= maxDistance ? [{ term, distance }] : [];
      });
      expect(fuzzyTerms(column, query, maxDistance), query).toEqual(expected);
    }
  });
});
