import type { Gazetteer } from "./gazetteer.js";
import type { Mention } from "./types.js";

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The elements a name speaks of, each where it stands in the name: longest match from every word on. */
function elementsNamedIn(mention: Mention, gazetteer: Gazetteer): Mention[] {
  const found: Mention[] = [];
  let end = 0;
  for (const word of mention.text.matchAll(WORD_START)) {
    if (word.index < end) continue;
    const first = gazetteer.findMentions(mention.text.slice(word.index), mention.start + word.index)[0];
    if (!first || first.start !== mention.start + word.index || first.entity.kind !== "Element") continue;
    found.push({ ...first, via: mention.via });
    end = word.index + first.text.length;
  }
  return found;
}

/**
 * A Russian name of a known export measure that names its elements ("экспортный контроль на сурьму") stands for
 * the restriction as a sentence states it: the elements inside it are what the sentence's issuer restricts, so
 * the sentence is read with them named, as it would be had the reference base not known the measure. Policies
 * are resolved again from issuer, date and elements (assign-policies.ts). Russian only: measured on its
 * cross-validation, not on the others'.
 */
export function withPolicyElements(mentions: readonly Mention[], gazetteer: Gazetteer): Mention[] {
  if (!mentions.some((m) => m.entity.kind === "Policy" && CYRILLIC.test(m.text))) return [...mentions];
  return mentions.flatMap((m) => {
    if (m.entity.kind !== "Policy" || !CYRILLIC.test(m.text)) return [m];
    const elements = elementsNamedIn(m, gazetteer);
    return elements.length === 0 ? [m] : elements;
  });
}
