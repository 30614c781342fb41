import { SentenceFrame } from "../sentence-frame.js";
import type { DateMention, KnownEntity, Mention, Quantity } from "../types.js";
import { argKindOf } from "./arg-kinds.js";

/** Kinds a Chinese sentence goes on speaking of without naming them: a company, a mine or project. */
const TOPIC_KINDS = new Set(["actor", "asset"]);

/**
 * "其" (its, it) opening a sentence, after any date or adverb: the sentence's subject is the last one's, whatever
 * other firm it names ("其持有乙公司51%股权").
 */
const OPENS_WITH_ITS = /^(?:[\s，,、：:]|⟦[dq]\d+⟧|(?:此外|同时|同時|另外|目前|其中|并且|並且|并|並|还|還|也|已|将|將|年内|年內|今年|去年|截至)[，,]?)*其(?![中他它余餘实實])/u;

const frameEntities = (frame: SentenceFrame): Mention[] => frame.items.flatMap((item) => (item.type === "entity" ? [item.mention] : []));

/** The actor or asset a sentence is about: the first it names. */
function subjectOf(frame: SentenceFrame): KnownEntity | undefined {
  return frameEntities(frame).find((m) => m.via !== "demonym" && TOPIC_KINDS.has(argKindOf(m.entity.id)))?.entity;
}

/**
 * Chinese leaves out a subject the sentence before named ("甲公司成立于2010年。主要生产碳酸锂，年产能2万吨。"): a
 * sentence that names no actor or asset, or opens with 其, goes on with the last sentence's first actor or asset
 * — its own, or the one it went on with in turn. Frames are the article's sentences in order; the answer is, per
 * frame, the entity it leaves out (undefined where it names its own subject or the sentence before is not
 * right before it).
 */
export function previousTopicsZh(frames: readonly SentenceFrame[]): (KnownEntity | undefined)[] {
  const topics: (KnownEntity | undefined)[] = [];
  let last: { index: number; topic: KnownEntity | undefined } | undefined;
  for (const frame of frames) {
    const { sentence } = frame;
    let carried: KnownEntity | undefined;
    if (sentence.language === "zh" && last?.index === sentence.index - 1 && last.topic) {
      const named = frameEntities(frame);
      const ownSubject = named.some((m) => TOPIC_KINDS.has(argKindOf(m.entity.id)));
      const leavesOut = !ownSubject || OPENS_WITH_ITS.test(frame.template);
      if (leavesOut && !named.some((m) => m.entity.id === last?.topic?.id)) carried = last.topic;
    }
    topics.push(carried);
    last = { index: sentence.index, topic: carried ?? subjectOf(frame) };
  }
  return topics;
}

/** The frame with the left-out subject as a zero-width slot at the sentence's start, where Chinese puts a subject. */
export function frameWithTopic(frame: SentenceFrame, topic: KnownEntity | undefined): SentenceFrame {
  if (!topic) return frame;
  const mentions: Mention[] = [];
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  for (const item of frame.items) {
    if (item.type === "entity") mentions.push(item.mention);
    else if (item.type === "quantity") quantities.push(item.quantity);
    else dates.push(item.date);
  }
  // After a date or figure that opens the sentence ("2023年，…"), which would otherwise cover a slot at its start.
  let at = frame.sentence.start;
  for (const item of frame.items) if (item.start === at) at = item.end;
  const left: Mention = { entity: topic, start: at, end: at, text: "", via: "topic", confidence: 0.5 };
  return new SentenceFrame(frame.sentence, frame.text, [left, ...mentions], quantities, dates);
}
