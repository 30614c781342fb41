import MiniSearch from "minisearch";
import { labelsOf, normaliseName, type EntityCandidate, type EntityMatch } from "./entity-match.js";

// Exact and substring hits outrank fuzzy ones; CJK names have no spaces, so substrings matter there.
const EXACT = 3;
const PREFIX = 2;
const SUBSTRING = 1.5;

interface Label {
  candidate: EntityCandidate;
  label: string;
  normal: string;
}

/**
 * Every entity's names, aliases and id slug, normalised once: exact lookups by a hash map, ranking by a scan
 * of the normalised labels plus a MiniSearch index. Imports nothing of the stores, so a worker thread can
 * build it (entity-index-worker.ts). Kinds left out mean every kind.
 */
export class EntityIndex {
  private readonly labels: Label[] = [];
  private readonly byNormal = new Map<string, Label[]>();
  private readonly byId = new Map<string, EntityCandidate>();
  private readonly search: MiniSearch<{ id: number; text: string }>;

  constructor(candidates: readonly EntityCandidate[]) {
    for (const candidate of candidates) {
      this.byId.set(candidate.id, candidate);
      for (const label of labelsOf(candidate)) {
        const entry = { candidate, label, normal: normaliseName(label) };
        this.labels.push(entry);
        const same = this.byNormal.get(entry.normal);
        if (same) same.push(entry);
        else this.byNormal.set(entry.normal, [entry]);
      }
    }
    this.search = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], processTerm: (term) => normaliseName(term) || null });
    this.search.addAll(this.labels.map((l, id) => ({ id, text: l.normal })));
  }

  get size(): number {
    return this.byId.size;
  }

  /** Entities whose id, id slug, name or an alias equals the reference once normalised. */
  exact(ref: string, kinds?: readonly string[]): EntityMatch[] {
    const byId = this.byId.get(ref);
    if (byId && (!kinds || kinds.includes(byId.kind))) return [{ ...byId, matched: byId.id, score: 1 }];
    const matches = new Map<string, EntityMatch>();
    for (const { candidate, label } of this.byNormal.get(normaliseName(ref)) ?? []) {
      if ((!kinds || kinds.includes(candidate.kind)) && !matches.has(candidate.id)) matches.set(candidate.id, { ...candidate, matched: label, score: 1 });
    }
    return [...matches.values()];
  }

  /** Exact, prefix and substring matches first, then MiniSearch's typo-tolerant term matches (edit distance up to a fifth of the term). */
  rank(query: string, limit: number, kinds?: readonly string[]): EntityMatch[] {
    const wanted = normaliseName(query);
    if (!wanted) return [];
    const best = new Map<string, EntityMatch>();
    const offer = (candidate: EntityCandidate, matched: string, score: number) => {
      if (kinds && !kinds.includes(candidate.kind)) return;
      const current = best.get(candidate.id);
      if (!current || score > current.score) best.set(candidate.id, { ...candidate, matched, score });
    };
    for (const { candidate, label, normal } of this.labels) {
      if (normal === wanted) offer(candidate, label, EXACT);
      else if (normal.startsWith(wanted)) offer(candidate, label, PREFIX + wanted.length / normal.length / 10);
      else if (normal.includes(wanted)) offer(candidate, label, SUBSTRING + wanted.length / normal.length / 10);
    }
    const hits = this.search.search(wanted, { fuzzy: 0.2, prefix: true, combineWith: "AND" });
    const top = hits[0]?.score ?? 1;
    for (const hit of hits) {
      const entry = this.labels[hit.id as number];
      if (entry) offer(entry.candidate, entry.label, hit.score / top);
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
  }
}

/** Ranks a one-off list of candidates (a query's rows) the way the index ranks the whole graph. */
export function rankEntities(candidates: readonly EntityCandidate[], query: string, limit: number): EntityMatch[] {
  return new EntityIndex(candidates).rank(query, limit);
}
