import type { ExtractedDocument, ExtractedEntity, ExtractedFact } from "../documents/index.js";
import { normaliseName } from "../resolution/normalise-name.js";
import type { GoldDocument, GoldEntity, GoldFact } from "./gold-schema.js";

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function scoresOf(c: Counts): Scores {
  const precision = c.truePositives + c.falsePositives === 0 ? 1 : c.truePositives / (c.truePositives + c.falsePositives);
  const recall = c.truePositives + c.falseNegatives === 0 ? 1 : c.truePositives / (c.truePositives + c.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives, falseNegatives: a.falseNegatives + b.falseNegatives };
}

/** Ids agree, or an entity the reference base lacks was named the same way (one name containing the other). */
export function sameEntity(goldId: string, goldName: string | undefined, predicted: { id: string; name: string; discovered?: boolean }): boolean {
  if (goldId === predicted.id) return true;
  if (!predicted.discovered || !goldName || goldId.split(":")[0] !== predicted.id.split(":")[0]) return false;
  const a = normaliseName(goldName);
  const b = normaliseName(predicted.name);
  return a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a));
}

const close = (a: number | undefined, b: number | undefined) => a === undefined || (b !== undefined && Math.abs(a - b) <= Math.max(1e-9, Math.abs(a) * 0.01));

function factMatches(gold: GoldFact, predicted: ExtractedFact, names: Map<string, string>, discovered: Set<string>): boolean {
  if (gold.predicate !== predicted.predicate) return false;
  if (!sameEntity(gold.subject, names.get(gold.subject), { ...predicted.subject, discovered: discovered.has(predicted.subject.id) })) return false;
  if (!sameEntity(gold.object, names.get(gold.object), { ...predicted.object, discovered: discovered.has(predicted.object.id) })) return false;
  if (gold.value !== undefined && !close(gold.value, predicted.value ?? undefined)) return false;
  if (!close(gold.valueMin, predicted.valueMin) || !close(gold.valueMax, predicted.valueMax)) return false;
  // The statement must come from the sentence the annotator marked, not merely somewhere in the article.
  return predicted.evidence.some((e) => e.start < gold.span.end && gold.span.start < e.end);
}

/**
 * One-to-one matching: each gold item is claimed by at most one prediction and vice versa, and as many as can be
 * are matched (augmenting paths). First-come matching undercounts: a gold fact without a figure could take the
 * only prediction that carried the figure another gold fact of the same sentence needed.
 */
export function matchAll<G, P>(gold: readonly G[], predicted: readonly P[], matches: (g: G, p: P) => boolean): Counts & { missed: G[]; extra: P[] } {
  const candidates = gold.map((g) => predicted.flatMap((p, i) => (matches(g, p) ? [i] : [])));
  const goldOf = new Map<number, number>();
  const assign = (g: number, tried: Set<number>): boolean => {
    for (const p of candidates[g] ?? []) {
      if (tried.has(p)) continue;
      tried.add(p);
      const holder = goldOf.get(p);
      if (holder === undefined || assign(holder, tried)) {
        goldOf.set(p, g);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, g) => assign(g, new Set()));
  const matchedGold = new Set(goldOf.values());
  const missed = gold.filter((_, g) => !matchedGold.has(g));
  const extra = predicted.filter((_, i) => !goldOf.has(i));
  return { truePositives: goldOf.size, falsePositives: extra.length, falseNegatives: missed.length, missed, extra };
}

export interface DocumentScore {
  document: string;
  entities: Counts & { missed: GoldEntity[]; extra: ExtractedEntity[] };
  facts: Counts & { missed: GoldFact[]; extra: ExtractedFact[]; gold: readonly GoldFact[] };
}

/** Entities count once per document (by id), facts once per claim; policies are facts, not entities here. */
export function scoreDocument(gold: GoldDocument, predicted: ExtractedDocument): DocumentScore {
  const entities = predicted.entities.filter((e) => e.kind !== "Policy");
  const names = new Map(gold.entities.map((e) => [e.id, e.name]));
  const discovered = new Set(predicted.entities.filter((e) => e.discovered).map((e) => e.id));
  return {
    document: gold.document,
    entities: matchAll(gold.entities, entities, (g, p) => sameEntity(g.id, g.name, p)),
    facts: { ...matchAll(gold.facts, predicted.facts, (g, p) => factMatches(g, p, names, discovered)), gold: gold.facts },
  };
}
