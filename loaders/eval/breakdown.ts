import { addCounts, scoresOf, type Counts, type DocumentScore, type Scores } from "./score.js";

export interface LanguageScored extends DocumentScore {
  language: string;
}

const ZERO: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };

function add(table: Map<string, Counts>, key: string, c: Partial<Counts>): void {
  table.set(key, addCounts(table.get(key) ?? ZERO, { ...ZERO, ...c }));
}

const sorted = (table: Map<string, Counts>) => new Map([...table].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, scoresOf(c)]));

/** Fact scores per language of the article: counts summed over its documents. */
export function factsByLanguage(documents: readonly LanguageScored[]): Map<string, Scores> {
  const table = new Map<string, Counts>();
  for (const d of documents) add(table, d.language, d.facts);
  return sorted(table);
}

/**
 * Fact scores per predicate. Matching requires the same predicate, so a predicate's true positives are its gold
 * facts less its missed ones; its false positives are the unmatched predictions that claim it.
 */
export function factsByPredicate(documents: readonly DocumentScore[]): Map<string, Scores> {
  const table = new Map<string, Counts>();
  for (const d of documents) {
    const missed = new Set(d.facts.missed);
    for (const f of d.facts.missed) add(table, f.predicate, { falseNegatives: 1 });
    for (const f of d.facts.extra) add(table, f.predicate, { falsePositives: 1 });
    for (const f of d.facts.gold) if (!missed.has(f)) add(table, f.predicate, { truePositives: 1 });
  }
  return sorted(table);
}
