import type { Antecedent } from "./reference-phrases.js";
import type { KnownEntity, Sentence } from "./types.js";

/**
 * The only entity of a phrase's class the document has named so far, for a phrase whose last sentences name none:
 * an article that names one deposit returns to it with "месторождение" or "the project" five sentences later,
 * after sentences about funding or output that name nothing of its class. Two such entities leave it unresolved.
 * Chinese phrases have their own reach (reference-phrases.ts), and a pronoun never reaches that far.
 */
export function onlyOneNamedSoFar(sentence: Sentence, window: number, salience: ReadonlyMap<string, { entity: KnownEntity; n: number }>, fits: Antecedent): KnownEntity | undefined {
  if (sentence.language === "zh" || window < 3) return undefined;
  let only: KnownEntity | undefined;
  for (const { entity } of salience.values()) {
    if (!fits(entity)) continue;
    if (only) return undefined;
    only = entity;
  }
  return only;
}

/**
 * "X will hold a 19.9% stake in the company", "X bought shares of the miner": the phrase is what X takes a stake
 * in, so it cannot be X or another name of its own sentence before it.
 */
export const STAKE_IN_BEFORE = /\b(?:stake|interest|shares?|holding|equity|investment|invest(?:s|ed|ing)?)\s+(?:in|of)\s+$/i;
