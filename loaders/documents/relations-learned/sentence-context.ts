import { EN_TRIGGERS, RU_TRIGGERS, ZH_TRIGGERS, type Trigger } from "../patterns/trigger-lexicon.js";
import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Language } from "../types.js";
import { argKindOf, PREDICATES } from "./arg-kinds.js";
import { clauseMarks } from "./clause-features.js";
import { cueSpans } from "./cue-words.js";
import { toSimplified } from "./simplified.js";
import { tokensOf, type TemplateToken } from "./words.js";
import { wordBoundedMatchGroup } from "../word-bounded-match-group.js";
import { partId } from "./feature-keys.js";

/** A language's trigger phrases: their feature names, and all their matches in a text, per trigger in order. */
interface CompiledTriggers {
  names: string[];
  /** Each name's part id (feature-keys.ts). */
  ids: number[];
  matches: (text: string) => RegExpExecArray[][];
}

/** Where a trigger phrase or cue word stands in the template. */
export interface NamedSpan {
  name: string;
  /** The name's part id (feature-keys.ts), so a pair's features find it without building a string. */
  id: number;
  start: number;
  end: number;
}

/**
 * Word boundaries are letter boundaries, except in Chinese: Han characters are letters and no space parts words,
 * so a bounded 持有 matched only between two names' slots ("⟦e0⟧持有⟦e1⟧"), never in running text.
 */
const compile = (triggers: readonly Trigger[], bounded = true): CompiledTriggers => {
  const names = triggers.map((t) => `${t.predicate}${t.passive ? ":passive" : ""}`);
  return {
    names,
    ids: names.map((name) => partId(name)),
    matches: wordBoundedMatchGroup(triggers.map((t) => new RegExp(bounded ? `(?<!\\p{L})(?:${t.words})(?!\\p{L})` : `(?:${t.words})`, "gu"))),
  };
};

const TRIGGERS: Record<Language, CompiledTriggers> = { en: compile(EN_TRIGGERS), ru: compile(RU_TRIGGERS), zh: compile(ZH_TRIGGERS, false), other: compile(EN_TRIGGERS) };

function spansOf(template: string, triggers: CompiledTriggers): NamedSpan[] {
  const spans: NamedSpan[] = [];
  triggers.matches(template).forEach((matches, t) => {
    const name = triggers.names[t] as string;
    const id = triggers.ids[t] as number;
    for (const match of matches) spans.push({ name, id, start: match.index, end: match.index + match[0].length });
  });
  return spans;
}

/**
 * What every candidate pair of a sentence shares, computed once per sentence: its tokens, trigger phrases and
 * cue words with their offsets (a pair takes the ones between its names by offset, without scanning again).
 */
export class SentenceContext {
  readonly language: Language;
  /** Trigger phrases (see patterns/trigger-lexicon.ts) and cue words (cue-words.ts) where they stand. */
  readonly triggerSpans: NamedSpan[];
  readonly cueSpans: NamedSpan[];
  /** Features every reading of the sentence shares: its language, trigger and cue words, figures' units. */
  readonly sentenceFeatures: string[];
  /** The rules' facts as `subject|predicate|object`, and the pairs they related in either order. */
  readonly ruleFacts: Set<string>;
  readonly rulePairs: Set<string>;
  /** `r:<predicate>` of each `subject|object` the rules related, in PREDICATES order: built once, not per pair. */
  readonly ruleFeatures = new Map<string, string[]>();
  /** Template offsets of the clause marks of a Russian or Chinese sentence (clause-features.ts); empty otherwise. */
  readonly clauseMarks: number[];
  private readonly tokens: TemplateToken[];
  /** Where each token's words start in the sentence's list of words (and, last, how many words there are). */
  private readonly wordStarts: number[] = [];
  /**
   * Names of word features by word index, filled by pairFeatures the first time a pair needs one: the pairs of a
   * sentence share most of their words, and a name built once is hashed once when the weights are looked up.
   */
  readonly wordFeatureNames = new Map<string, string[]>();

  constructor(
    readonly frame: SentenceFrame,
    ruleFacts: readonly ExtractedFact[],
  ) {
    this.language = frame.sentence.language;
    // Traditional characters read as simplified ones (same offsets), so 產量 and 产量 are one word to the model.
    const template = this.language === "zh" ? toSimplified(frame.template) : frame.template;
    this.triggerSpans = spansOf(template, TRIGGERS[this.language]);
    this.cueSpans = cueSpans(template);
    this.tokens = tokensOf(template, this.slotName);
    let words = 0;
    for (const token of this.tokens) {
      this.wordStarts.push(words);
      words += token.words.length;
    }
    this.wordStarts.push(words);
    this.clauseMarks = this.language === "ru" || this.language === "zh" ? clauseMarks(template) : [];
    const units = new Set(frame.quantityIndexes().map((i) => frame.quantity(i)?.unit ?? "n"));
    this.sentenceFeatures = [
      `lang:${this.language}`,
      ...new Set(this.triggerSpans.map((t) => `ts:${t.name}`)),
      ...new Set(this.cueSpans.map((c) => `cs:${c.name}`)),
      ...[...units].map((u) => `u:${u}`),
    ];
    this.ruleFacts = new Set(ruleFacts.map((f) => `${f.subject.id}|${f.predicate}|${f.object.id}`));
    this.rulePairs = new Set(ruleFacts.flatMap((f) => [`${f.subject.id}|${f.object.id}`, `${f.object.id}|${f.subject.id}`]));
    for (const { subject, object } of ruleFacts) {
      const pair = `${subject.id}|${object.id}`;
      if (!this.ruleFeatures.has(pair)) this.ruleFeatures.set(pair, PREDICATES.filter((p) => this.ruleFacts.has(`${subject.id}|${p}|${object.id}`)).map((p) => `r:${p}`));
    }
  }

  /** What a slot stands for in features: an entity's kind, a figure's unit, or a date. */
  readonly slotName = (item: number): string => {
    const it = this.frame.items[item];
    if (it?.type === "entity") return `⟦${argKindOf(it.mention.entity.id)}⟧`;
    if (it?.type === "quantity") return `⟦${it.quantity.unit ?? "n"}⟧`;
    return "⟦date⟧";
  };

  /** Index of the first token starting at or after `offset`. */
  private firstTokenFrom(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tokens[mid] as TemplateToken).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index (among the sentence's words) of the first word `words(offset, …)` and `wordsAfter(offset, …)` give. */
  wordIndex(offset: number): number {
    return this.wordStarts[this.firstTokenFrom(offset)] as number;
  }

  /** The words of the tokens wholly between two template offsets. */
  words(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = this.firstTokenFrom(from); i < this.tokens.length; i++) {
      const token = this.tokens[i] as TemplateToken;
      if (token.end > to) break;
      for (const w of token.words) out.push(w);
    }
    return out;
  }

  /**
   * The shape of the text between two template offsets: names and figures as their slot, punctuation as itself,
   * a trigger or cue word as its relation, and any run of other words as one "…". "⟦actor⟧ , the OWNS ⟦asset⟧"
   * and "⟦actor⟧ , its OWNS ⟦asset⟧" read alike, which a few hundred facts cannot teach word by word. Undefined
   * past `limit` elements, where the shape says nothing a count does not.
   */
  skeleton(from: number, to: number, limit = 8): string | undefined {
    const out: string[] = [];
    for (let i = this.firstTokenFrom(from); i < this.tokens.length; i++) {
      const token = this.tokens[i] as TemplateToken;
      if (token.end > to) break;
      const word = token.words[0] as string;
      const span = this.triggerSpans.find((t) => t.start <= token.start && token.end <= t.end) ?? this.cueSpans.find((c) => c.start <= token.start && token.end <= c.end);
      const piece = word.charCodeAt(0) === 0x27e6 || SKELETON_PUNCTUATION.test(word) ? word : span ? span.name : "…";
      if (piece === out[out.length - 1] && (piece === "…" || span)) continue;
      out.push(piece);
      if (out.length > limit) return undefined;
    }
    return out.join(" ");
  }

  /**
   * The trigger or cue word nearest a template offset within `reach` characters, and whether it stands before it:
   * what the words next to one argument say of it ("⟦actor⟧ owns", "owned by ⟦actor⟧"), wherever the other stands.
   * Of spans as near, the first trigger, then the first cue word.
   */
  nearestCue(start: number, end: number, reach: number): { span: NamedSpan; before: boolean } | undefined {
    let best: NamedSpan | undefined;
    let bestD = 0;
    for (let list = 0; list < 2; list++) {
      for (const span of list === 0 ? this.triggerSpans : this.cueSpans) {
        const d = span.end <= start ? start - span.end : span.start >= end ? span.start - end : -1;
        if (d < 0 || d > reach) continue;
        if (!best || d < bestD) {
          best = span;
          bestD = d;
        }
      }
    }
    return best ? { span: best, before: best.end <= start } : undefined;
  }

  /** The last `n` words before a template offset. */
  wordsBefore(offset: number, n: number): string[] {
    const out: string[] = [];
    for (let i = this.firstTokenFrom(offset) - 1; i >= 0 && out.length < n; i--) {
      const words = (this.tokens[i] as TemplateToken).words;
      for (let j = words.length - 1; j >= 0 && out.length < n; j--) out.push(words[j] as string);
    }
    return out.reverse();
  }

  /** The first `n` words at or after a template offset. */
  wordsAfter(offset: number, n: number): string[] {
    const out: string[] = [];
    for (let i = this.firstTokenFrom(offset); i < this.tokens.length && out.length < n; i++) {
      for (const w of (this.tokens[i] as TemplateToken).words) if (out.length < n) out.push(w);
    }
    return out;
  }
}

const SKELETON_PUNCTUATION = /^[,;:()（）"“”«»'’—–-]$/u;

/** The distinct part ids (names) of the spans that lie wholly between two template offsets, in order. */
export function idsBetween(spans: readonly NamedSpan[], from: number, to: number): number[] {
  const ids: number[] = [];
  for (const span of spans) if (span.start >= from && span.end <= to && !ids.includes(span.id)) ids.push(span.id);
  return ids;
}
