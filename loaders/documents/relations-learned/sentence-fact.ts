// What the Russian sentence readers (firm nationality, genitive owners) share: who counts as a firm, and a fact
// with no figure whose evidence is the whole sentence it was read in.
import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Mention, Predicate } from "../types.js";

/** A firm, not a person, a government or a state body: only firms own and are registered like companies. */
export const isFirmMention = (m: Mention | undefined): m is Mention => m?.entity.kind === "Actor" && m.entity.type !== "person" && m.entity.type !== "government" && m.entity.type !== "state_body";

/** `subject predicate object`, reported, with no figure, quoting the frame's sentence. */
export function sentenceFact(frame: SentenceFrame, subject: Mention, predicate: Predicate, object: Mention, confidence: number, extractor: string): ExtractedFact {
  return {
    subject: { id: subject.entity.id, name: subject.entity.name, kind: subject.entity.kind },
    predicate,
    object: { id: object.entity.id, name: object.entity.name, kind: object.entity.kind },
    value: null,
    unit: null,
    year: null,
    status: "reported",
    confidence,
    properties: {},
    extractor,
    evidence: [{ start: frame.sentence.start, end: frame.sentence.end, quote: frame.text.slice(frame.sentence.start, frame.sentence.end), sentence: frame.sentence.index }],
  };
}
