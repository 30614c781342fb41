import { EN_TRIGGERS, RU_TRIGGERS, ZH_TRIGGERS, type Trigger } from "../patterns/trigger-lexicon.js";
import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Language } from "../types.js";
import { argKindOf } from "./arg-kinds.js";
import { cuesIn } from "./cue-words.js";
import { wordsOf } from "./words.js";

interface CompiledTrigger {
  name: string;
  pattern: RegExp;
}

const compile = (triggers: readonly Trigger[]): CompiledTrigger[] =>
  triggers.map((t) => ({ name: `${t.predicate}${t.passive ? ":passive" : ""}`, pattern: new RegExp(`(?<!\\p{L})(?:${t.words})(?!\\p{L})`, "u") }));

const TRIGGERS: Record<Language, CompiledTrigger[]> = { en: compile(EN_TRIGGERS), ru: compile(RU_TRIGGERS), zh: compile(ZH_TRIGGERS), other: compile(EN_TRIGGERS) };

/** What every candidate pair of a sentence shares, computed once per sentence. */
export class SentenceContext {
  readonly language: Language;
  readonly triggers: CompiledTrigger[];
  /** Trigger names found anywhere in the sentence. */
  readonly sentenceTriggers: string[];
  /** Units of the figures the sentence states. */
  readonly units: string[];
  /** Relations whose cue words the sentence holds. */
  readonly sentenceCues: string[];
  /** Features every reading of the sentence shares: its language, trigger and cue words, figures' units. */
  readonly sentenceFeatures: string[];
  /** The rules' facts as `subject|predicate|object`, and the pairs they related in either order. */
  readonly ruleFacts: Set<string>;
  readonly rulePairs: Set<string>;

  constructor(
    readonly frame: SentenceFrame,
    ruleFacts: readonly ExtractedFact[],
  ) {
    this.language = frame.sentence.language;
    this.triggers = TRIGGERS[this.language];
    this.sentenceTriggers = [...new Set(this.triggers.filter((t) => t.pattern.test(frame.template)).map((t) => t.name))];
    this.sentenceCues = cuesIn(frame.template);
    this.units = [...new Set(frame.quantityIndexes().map((i) => frame.quantity(i)?.unit ?? "n"))];
    this.sentenceFeatures = [`lang:${this.language}`, ...this.sentenceTriggers.map((t) => `ts:${t}`), ...this.sentenceCues.map((c) => `cs:${c}`), ...this.units.map((u) => `u:${u}`)];
    this.ruleFacts = new Set(ruleFacts.map((f) => `${f.subject.id}|${f.predicate}|${f.object.id}`));
    this.rulePairs = new Set(ruleFacts.flatMap((f) => [`${f.subject.id}|${f.object.id}`, `${f.object.id}|${f.subject.id}`]));
  }

  /** What a slot stands for in features: an entity's kind, a figure's unit, or a date. */
  readonly slotName = (item: number): string => {
    const it = this.frame.items[item];
    if (it?.type === "entity") return `⟦${argKindOf(it.mention.entity.id)}⟧`;
    if (it?.type === "quantity") return `⟦${it.quantity.unit ?? "n"}⟧`;
    return "⟦date⟧";
  };

  words(from: number, to: number): string[] {
    return wordsOf(this.frame.template.slice(from, to), this.slotName);
  }
}
