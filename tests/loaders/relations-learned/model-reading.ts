import type { ExtractedFact } from "../../../loaders/documents/types.js";

type End = ExtractedFact["subject"];

/** A reading as the relation model gives one: no figure or year, reported, confidence 0.5, no evidence yet. */
export function modelReading(subject: End, predicate: ExtractedFact["predicate"], object: End, extras: Partial<ExtractedFact> = {}): ExtractedFact {
  return {
    subject,
    predicate,
    object,
    value: null,
    unit: null,
    year: null,
    status: "reported",
    confidence: 0.5,
    properties: {},
    extractor: "relations-learned",
    evidence: [],
    ...extras,
  };
}
