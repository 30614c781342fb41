import type { MentionKind, Predicate } from "../types.js";

// What the relation rules are made of: the template's slots (⟦eN⟧ names, ⟦qN⟧ figures), gaps that may not
// cross another name, and `rule()`, which compiles a rule and checks its gate. The rules themselves are in one
// file per language; ./relations.ts runs them.

export const E = "⟦e\\d+⟧";
export const S = "(?<s>⟦e\\d+⟧)";
export const O = "(?<o>⟦e\\d+⟧)";
export const Q = "(?<q>⟦q\\d+⟧)";
export const WORDS = (n: number) => `(?:[\\p{L}\\-]+\\s+){0,${n}}`;
export const GAP = (n: number) => `[^;⟦]{0,${n}}?`;
export const ANY = (n: number) => `[^;]{0,${n}}?`;
export const THE = "(?:the\\s+)?";
/** Words and figures or dates, but no other name: "sold about ⟦q3⟧ of concentrate to". */
export const GAP_FIGURES = (n: number) => `(?:[^;⟦]|⟦[qd]\\d+⟧){0,${n}}?`;

export interface RelationRule {
  name: string;
  predicate: Predicate;
  re: RegExp;
  from: readonly MentionKind[];
  to: readonly MentionKind[];
  /** The rule reads "object … subject" (passive, or "Y was transferred to X"). */
  passive?: boolean;
  /** Only when the quantity is a percentage (ownership stakes). */
  needsShare?: boolean;
  /** Only when the quantity is a sum of money: "awarded Lynas 40 tonnes" is not an investment. */
  needsMoney?: boolean;
  /** The subject must be in the dative: with "принадлежит" the owner is the dative name, whichever side it is on. */
  dative?: boolean;
  /** Words of the match that put the statement in the future ("будет принадлежать", "вложит"). */
  plannedIf?: RegExp;
  /** The verb itself says "stopped", so negation words are not a reason to drop it. */
  allowNegation?: boolean;
  /** Demonyms may fill these roles ("American mines Mountain Pass"). */
  demonym?: "s" | "o" | "o?";
  needsElement?: boolean;
  /**
   * The object is the first of elements listed one after another ("содержит запасы бериллия, ниобия и тантала"):
   * each listed element is read with the subject too.
   */
  listedObjects?: boolean;
  confidence: number;
  /**
   * A piece of `re` every match contains (a verb or phrase no alternative can do without), tested first: most
   * sentences lack it, and the full patterns with their long lazy gaps are what is slow.
   */
  needs: RegExp[];
  /**
   * `needs` as tested: a piece that is only words in an alternation ("(?:owns|owned|has acquired)") as the words,
   * any of which must occur (found with `includes`, several times faster than the alternation tried at every
   * character), any other piece as its regex.
   */
  gate: ReadonlyArray<RegExp | readonly string[]>;
  /** The script of the gate's words: a sentence without that script is skipped before any regex runs. */
  script: "latin" | "cyrillic" | "han" | "any";
}

export const HOLDERS = ["Actor", "Country"] as const;
export const OWNED = ["Actor", "Asset"] as const;
export const SITES = ["Actor", "Asset"] as const;
export const PRODUCERS = ["Actor", "Asset", "Country"] as const;

/** Literal words separated by "|", optionally in one non-capturing group: no class, escape, quantifier or anchor. */
const WORD_ALTERNATION = /^(?:\(\?:([^\\()[\]{}?*+|.^$]+(?:\|[^\\()[\]{}?*+|.^$]+)*)\)|([^\\()[\]{}?*+|.^$]+(?:\|[^\\()[\]{}?*+|.^$]+)*))$/u;

/**
 * The words of a gate piece that is a plain alternation of words, else its regex. A word that contains another
 * of the words is left out: wherever it occurs, the shorter one does too.
 */
function gatePiece(piece: string): RegExp | readonly string[] {
  const words = WORD_ALTERNATION.exec(piece);
  if (!words) return new RegExp(piece, "u");
  const alternatives = (words[1] ?? words[2] ?? "").split("|");
  return alternatives.filter((word, i) => !alternatives.some((other, j) => j !== i && word.includes(other) && (other !== word || j < i)));
}

export function rule(r: Omit<RelationRule, "re" | "needs" | "gate" | "script"> & { re: string; needs: string | string[] }): RelationRule {
  const needs = typeof r.needs === "string" ? [r.needs] : r.needs;
  for (const piece of needs) {
    if (!r.re.includes(piece)) throw new Error(`relation rule "${r.name}" needs "${piece}", which its pattern does not contain. Take the gate verbatim from a part of the pattern every match has.`);
  }
  // Every rule gets the same fields in the same order (absent options as undefined): relations() reads a dozen
  // fields of each of the ~135 rules for every sentence, and rules spread from literals of differing shapes made
  // each of those reads a megamorphic look-up.
  return {
    name: r.name,
    predicate: r.predicate,
    re: new RegExp(r.re, "gu"),
    from: r.from,
    to: r.to,
    passive: r.passive,
    needsShare: r.needsShare,
    needsMoney: r.needsMoney,
    dative: r.dative,
    plannedIf: r.plannedIf,
    allowNegation: r.allowNegation,
    demonym: r.demonym,
    needsElement: r.needsElement,
    listedObjects: r.listedObjects,
    confidence: r.confidence,
    needs: needs.map((piece) => new RegExp(piece, "u")),
    gate: needs.map(gatePiece),
    script: scriptOf(needs.join("")),
  };
}

export type Script = "latin" | "cyrillic" | "han" | "any";

/** The script a rule's gate words are written in; "any" when they are only punctuation ("['’]s?\\s+"). */
function scriptOf(gate: string): Script {
  if (/\p{Script=Cyrillic}/u.test(gate)) return "cyrillic";
  if (/\p{Script=Han}/u.test(gate)) return "han";
  return /[a-z]{2}/.test(gate.replace(/\\[a-z]/g, "")) ? "latin" : "any";
}

/** Which scripts a sentence's words use, so rules whose gate words it cannot contain are not even gated. */
export function scriptsOf(template: string): Record<Script, boolean> {
  return { latin: /[a-z]/.test(template), cyrillic: /\p{Script=Cyrillic}/u.test(template), han: /\p{Script=Han}/u.test(template), any: true };
}
