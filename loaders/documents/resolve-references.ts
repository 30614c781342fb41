import { allMatches } from "./all-matches.js";
import { MAY_REFER, REFERENCES, type Antecedent } from "./reference-phrases.js";
import { MAY_REFER_MORE, MORE_REFERENCES } from "./reference-phrases-more.js";
import { onlyOneNamedSoFar, STAKE_IN_BEFORE } from "./reference-reach.js";
import type { KnownEntity, Mention, Sentence } from "./types.js";

/** How many sentences back a reference may reach; further than that a reader would need the name again. */
const WINDOW = 3;

/** How often each entity was named so far in the document, for references to its main subject. */
export type Salience = ReadonlyMap<string, { entity: KnownEntity; n: number }>;

/**
 * "MP Materials, the company that …", "Lynas is the largest producer": a class noun right after a name's comma,
 * or after a copula, describes that name rather than pointing back.
 */
const DESCRIBES = /(?:⟦,|\b(?:is|was|are|were|be|been|becomes?|became|remains?|remained|as)\s+)$/u;

/**
 * The entity the document keeps returning to: named at least three times and at least twice as often as any
 * other entity of the class. A partner named once or twice does not unseat it; two equal subjects leave it open.
 */
function mainSubject(salience: Salience, fits: Antecedent): KnownEntity | undefined {
  const ranked = [...salience.values()].filter((s) => fits(s.entity)).sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  if (!first || first.n < 3 || (second && first.n < 2 * second.n)) return undefined;
  return first.entity;
}

/** "the Australian miner" can only be an Australian company: a demonym in the phrase narrows its class. */
function withDemonym(fits: Antecedent, demonym: Mention | undefined): Antecedent {
  if (!demonym) return fits;
  const country = demonym.entity.id.replace(/^country:/, "").toUpperCase();
  // A discovered firm's country is unknown: the demonym cannot rule it out.
  return (e) => fits(e) && (e.node.country === country || (e.discovered === true && e.node.country === undefined));
}

/** A capitalised word after the phrase's determiner that the demonym does not cover: "Exar" in "the Exar firm". */
function unknownCapital(phrase: string, start: number, demonym: Mention | undefined): boolean {
  for (const word of allMatches(/(?<=\s)\p{Lu}[\p{L}-]*/gu, phrase)) {
    // "the ASX-listed company", "the Perth-based miner": a compound describing the firm, not a name.
    if (/-(?:listed|based|owned|backed|controlled|headquartered)$/.test(word[0])) continue;
    const at = start + word.index;
    if (!demonym || at < demonym.start || at >= demonym.end) return true;
  }
  return false;
}

/** The text before a match, with the mention just before it marked, so DESCRIBES can see an apposition. */
function lead(body: string, at: number, sentenceStart: number, own: readonly Mention[]): string {
  const before = body.slice(Math.max(0, at - 24), at);
  const previous = own.filter((m) => m.end <= sentenceStart + at).at(-1);
  if (previous && /^\s*,\s*$/.test(body.slice(previous.end - sentenceStart, at))) return "⟦,";
  return before;
}

/**
 * Of several entities a phrase may name, the one a reader takes when one stands out: named more often so far than
 * any other candidate, a name in the last sentences counting twice (once more in `before`). "According to Vulcan,
 * the company has …" in an article about Vulcan means Vulcan, whatever partner the last sentence also named; two
 * firms named as often ("X and Y signed a deal. The company …") leave the phrase unresolved.
 */
function mostNamed(before: readonly Mention[], salience: Salience): KnownEntity | undefined {
  const counts = new Map<string, { entity: KnownEntity; n: number }>();
  for (const m of before) {
    const c = counts.get(m.entity.id) ?? { entity: m.entity, n: salience.get(m.entity.id)?.n ?? 0 };
    if (m.via !== "reference") c.n++;
    counts.set(m.entity.id, c);
  }
  const [first, second] = [...counts.values()].sort((x, y) => y.n - x.n);
  return first && (!second || first.n > second.n) ? first.entity : undefined;
}

/**
 * Resolves "the plant", "the company", "the country" to the one entity of that class named in the last few
 * sentences. Two candidates make the reference ambiguous and it is left unresolved, unless the phrase may name
 * the document's main subject and that is one of them.
 */
export function resolveReferences(sentence: Sentence, text: string, earlier: ReadonlyArray<{ sentence: number; mentions: readonly Mention[] }>, own: readonly Mention[], salience: Salience = new Map()): Mention[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Mention[] = [];
  if (!MAY_REFER.some((gate) => gate.test(body)) && !MAY_REFER_MORE.some((gate) => gate.test(body))) return found;
  // Mentions of the sentences a reference may reach, gathered only once a reference is found.
  const recentWithin = new Map<number, Mention[]>();
  const recentFor = (window: number): Mention[] => {
    let recent = recentWithin.get(window);
    if (!recent) {
      recent = earlier.filter((e) => e.sentence >= sentence.index - window && e.sentence < sentence.index).flatMap((e) => e.mentions);
      recentWithin.set(window, recent);
    }
    return recent;
  };
  for (const { pattern, fits, window = WINDOW, salient, nearest, capitalsKnown, earlierOnly } of [...REFERENCES, ...MORE_REFERENCES]) {
    for (const match of allMatches(pattern, body)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      const inside = own.filter((m) => m.start < end && start < m.end);
      const demonym = inside.find((m) => m.via === "demonym" && m.entity.kind === "Country");
      // "Lynas Malaysia, the company's plant" is still a reference: the possessive makes it one.
      const possessive = /^['’]s?(?!\p{L})/u.test(body.slice(match.index + match[0].length));
      if (inside.some((m) => m !== demonym) || (!possessive && DESCRIBES.test(lead(body, match.index, sentence.start, own)))) continue;
      if (capitalsKnown && unknownCapital(match[0], start, demonym)) continue;
      const fitting = withDemonym(fits, demonym);
      const ownBefore = earlierOnly || STAKE_IN_BEFORE.test(body.slice(Math.max(0, match.index - 40), match.index)) ? [] : own.filter((m) => m.end <= start);
      const before = [...recentFor(window), ...ownBefore].filter((m) => m.via !== "demonym" && fitting(m.entity));
      const distinct = new Set(before.map((m) => m.entity.id));
      const main = salient && distinct.size !== 1 ? mainSubject(salience, fitting) : undefined;
      const far = distinct.size === 0 && !main ? onlyOneNamedSoFar(sentence, window, salience, fitting) : undefined;
      const entity = distinct.size === 1 ? before[0]?.entity : (main ?? far ?? (nearest && distinct.size > 1 ? mostNamed(before, salience) : undefined));
      if (!entity) continue;
      // The demonym stays its own mention: "the Australian miner" still says where the miner is.
      const noun = demonym ? text.slice(demonym.end, end).trimStart() : match[0];
      found.push({ entity, start: end - noun.length, end, text: noun, via: "reference", confidence: 0.7 });
    }
  }
  return found;
}
