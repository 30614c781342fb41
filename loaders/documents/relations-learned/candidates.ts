import type { SentenceFrame } from "../sentence-frame.js";
import type { Predicate } from "../types.js";
import { argKindOf, predicatesFitting } from "./arg-kinds.js";

export interface CandidatePair {
  /** Item indexes in the sentence frame. */
  subject: number;
  object: number;
  predicates: readonly Predicate[];
}

/**
 * How many names apart two mentions may be and still be read as a pair: a bound that keeps a run-on sentence
 * (a table flattened into text, a list of fifty companies) linear in its length.
 */
const MAX_NAMES_APART = 8;

/** Every reading of two distinct named entities of a sentence, in both directions, that some predicate's kinds admit. */
export function candidatePairs(frame: SentenceFrame): CandidatePair[] {
  const entities: number[] = [];
  frame.items.forEach((item, i) => {
    if (item.type === "entity") entities.push(i);
  });
  const pairs: CandidatePair[] = [];
  for (let a = 0; a < entities.length; a++) {
    for (let b = a + 1; b < entities.length && b - a <= MAX_NAMES_APART; b++) {
      const i = entities[a] as number;
      const j = entities[b] as number;
      const x = frame.entity(i);
      const y = frame.entity(j);
      if (!x || !y || x.entity.id === y.entity.id) continue;
      const forward = predicatesFitting(argKindOf(x.entity.id), argKindOf(y.entity.id));
      if (forward.length > 0) pairs.push({ subject: i, object: j, predicates: forward });
      const backward = predicatesFitting(argKindOf(y.entity.id), argKindOf(x.entity.id));
      if (backward.length > 0) pairs.push({ subject: j, object: i, predicates: backward });
    }
  }
  return pairs;
}
