// How a fact reads in the review panel: "Velmora Resources OWNS Karsk Ridge Mine · 60%".
import type { DocumentFact, ReviewState } from "../../../queries/review-contract.js";
import { edgeFigure } from "./edge-label.js";

export const factFigure = (fact: DocumentFact): string | undefined => edgeFigure(fact.properties);

export const REVIEW_LABELS: Record<ReviewState, string> = { confirmed: "Confirmed", rejected: "Rejected", corrected: "Corrected", added: "Added by an analyst" };

/** The facts in the order their evidence appears in the text; facts without a span go last. */
export function inTextOrder(facts: readonly DocumentFact[]): DocumentFact[] {
  const first = (f: DocumentFact) => Math.min(...f.evidence.map((e) => e.start ?? Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
  return [...facts].sort((a, b) => first(a) - first(b) || a.type.localeCompare(b.type));
}

/** Where each fact's evidence lies in the text, for the viewer's marks. */
export function evidenceMarks(facts: readonly DocumentFact[]): { start: number; end: number; factId: string }[] {
  return facts.flatMap((f) => f.evidence.flatMap((e) => (e.start !== undefined && e.end !== undefined ? [{ start: e.start, end: e.end, factId: f.factId }] : [])));
}

/** The span to mark for a fact: its first quote in this document. */
export function quoteOfFact(fact: DocumentFact): { start: number; end: number } | undefined {
  const first = fact.evidence.find((e) => e.start !== undefined && e.end !== undefined);
  return first?.start !== undefined && first.end !== undefined ? { start: first.start, end: first.end } : undefined;
}
