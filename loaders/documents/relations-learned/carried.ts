import { SentenceFrame } from "../sentence-frame.js";
import type { DateMention, KnownEntity, Mention, Quantity } from "../types.js";
import { argKindOf } from "./arg-kinds.js";

/** Kinds whose main subject a sentence may leave unnamed: "The company is the largest producer of titanium". */
const CARRIED_KINDS = new Set(["actor", "asset", "country"]);

/**
 * The entities an article is about, one per kind at most: named at least three times and at least twice as often
 * as any other entity of its kind (the rule resolve-references.ts uses for "the company"). A sentence that states
 * a fact of them without naming them ("The deposit lies in Murmansk Oblast", "Компания является крупнейшим
 * производителем титана") can then still pair them.
 */
export function carriedEntities(mentions: readonly Mention[]): KnownEntity[] {
  const counts = new Map<string, { entity: KnownEntity; n: number }>();
  for (const m of mentions) {
    if (m.via === "demonym" || !CARRIED_KINDS.has(argKindOf(m.entity.id))) continue;
    const c = counts.get(m.entity.id) ?? { entity: m.entity, n: 0 };
    c.n++;
    counts.set(m.entity.id, c);
  }
  const out: KnownEntity[] = [];
  for (const kind of CARRIED_KINDS) {
    const ranked = [...counts.values()].filter((c) => argKindOf(c.entity.id) === kind).sort((a, b) => b.n - a.n || (a.entity.id < b.entity.id ? -1 : 1));
    const [first, second] = ranked;
    if (first && first.n >= 3 && (!second || first.n >= 2 * second.n)) out.push(first.entity);
  }
  return out;
}

/**
 * The frame the learned step reads: the sentence's own frame, plus a zero-width slot at the sentence's end for
 * each carried entity the sentence does not name. At the end, a carried slot never displaces a real item, and
 * the words between it and a named entity are the rest of the sentence, where such statements put their
 * predicate.
 */
export function frameWithCarried(frame: SentenceFrame, carried: readonly KnownEntity[]): SentenceFrame {
  if (carried.length === 0) return frame;
  const mentions: Mention[] = [];
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  const named = new Set<string>();
  for (const item of frame.items) {
    if (item.type === "entity") {
      mentions.push(item.mention);
      named.add(item.mention.entity.id);
    } else if (item.type === "quantity") quantities.push(item.quantity);
    else dates.push(item.date);
  }
  // A sentence naming two or more actors, assets or places has its subject already; carrying another only adds
  // pairs to score (and extraction time). Elements do not count: "resources are 6.7 Mt of titanium, 0.3 Mt of
  // rare earths and 0.1 Mt of niobium" still says nothing of whose.
  if (mentions.length === 0 || mentions.filter((m) => argKindOf(m.entity.id) !== "element").length > 1) return frame;
  const at = frame.sentence.end;
  const added = carried.filter((e) => !named.has(e.id)).map((entity): Mention => ({ entity, start: at, end: at, text: "", via: "carried", confidence: 0.5 }));
  if (added.length === 0) return frame;
  return new SentenceFrame(frame.sentence, frame.text, [...mentions, ...added], quantities, dates);
}
