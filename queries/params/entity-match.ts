import MiniSearch from "minisearch";

export interface EntityCandidate {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

export interface EntityMatch extends EntityCandidate {
  /** The name or alias that matched. */
  matched: string;
  score: number;
}

/** Case, accents and punctuation ignored, so "Lovozersky GOK" equals "lovozersky-gok" and "Ловозерский ГОК". */
export function normaliseName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function labelsOf(candidate: EntityCandidate): string[] {
  const slug = candidate.id.slice(candidate.id.indexOf(":") + 1);
  return [candidate.name, ...candidate.aliases, slug];
}

/** Candidates whose id, id slug ("dy" for element:dy), name or an alias equals the reference once normalised. */
export function exactMatches(candidates: EntityCandidate[], ref: string): EntityMatch[] {
  const wanted = normaliseName(ref);
  const matches: EntityMatch[] = [];
  for (const candidate of candidates) {
    if (candidate.id === ref) return [{ ...candidate, matched: candidate.id, score: 1 }];
    const label = labelsOf(candidate).find((l) => normaliseName(l) === wanted);
    if (label) matches.push({ ...candidate, matched: label, score: 1 });
  }
  return matches;
}

// Exact and substring hits outrank fuzzy ones; CJK names have no spaces, so substrings matter there.
const EXACT = 3;
const PREFIX = 2;
const SUBSTRING = 1.5;

/**
 * Fuzzy ranking over names and aliases in any script: exact, prefix and substring matches first,
 * then MiniSearch's typo-tolerant term matches (edit distance up to a fifth of the term).
 */
export function rankEntities(candidates: EntityCandidate[], query: string, limit: number): EntityMatch[] {
  const wanted = normaliseName(query);
  if (!wanted) return [];
  const best = new Map<string, EntityMatch>();
  const offer = (candidate: EntityCandidate, matched: string, score: number) => {
    const current = best.get(candidate.id);
    if (!current || score > current.score) best.set(candidate.id, { ...candidate, matched, score });
  };
  const documents: Array<{ id: number; text: string }> = [];
  const owners: Array<{ candidate: EntityCandidate; label: string }> = [];
  for (const candidate of candidates) {
    for (const label of labelsOf(candidate)) {
      const normal = normaliseName(label);
      if (normal === wanted) offer(candidate, label, EXACT);
      else if (normal.startsWith(wanted)) offer(candidate, label, PREFIX + wanted.length / normal.length / 10);
      else if (normal.includes(wanted)) offer(candidate, label, SUBSTRING + wanted.length / normal.length / 10);
      owners.push({ candidate, label });
      documents.push({ id: documents.length, text: normal });
    }
  }
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], processTerm: (term) => normaliseName(term) || null });
  index.addAll(documents);
  const hits = index.search(wanted, { fuzzy: 0.2, prefix: true, combineWith: "AND" });
  const top = hits[0]?.score ?? 1;
  for (const hit of hits) {
    const owner = owners[hit.id as number];
    if (owner) offer(owner.candidate, owner.label, hit.score / top);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
}
