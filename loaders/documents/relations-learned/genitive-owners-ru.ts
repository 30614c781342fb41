import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Mention } from "../types.js";
import { isFirmMention, sentenceFact } from "./sentence-fact.js";

/** What may stand between a firm's name and its owner's: a closing quote and a word for the owner. */
const FIRM_THEN_OWNER = /^[»"”]?\s+(?:(?:бизнесмен|предпринимател|миллиардер|олигарх|основател)\p{L}*\s+)?$/u;
/** "и" between two owners of one firm: "X Ивана Петрова и Петра Сидорова". */
const AND = /^\s+и\s+$/u;
/** A Russian given name in the genitive: "Владимира", "Ивана", "Анны", "Марии", "Ольги". */
const GENITIVE_NAME = /^\p{Lu}\p{Ll}+(?:а|я|ы|и)(?!\p{L})/u;
/**
 * Words before the firm that make the genitive person its staff, not its owner ("топ-менеджеров группы X Ивана
 * Петрова"), or the firm's shares what is meant ("акции «X» Ивана Петрова").
 */
const NOT_OWNED_BEFORE = /(?<!\p{L})(?:(?:топ-)?менеджер|глав|руководител|(?:вице-)?президент|(?:ген)?директор|сотрудник|представител|председател|член|управляющ|работник|специалист|юрист|аналитик|акци|дол|пакет)\p{L}*\s+[«"]?$/u;

const isPerson = (m: Mention | undefined) => m?.entity.kind === "Actor" && m.entity.type === "person";

/**
 * "«Интерфин» Петра Сидорова", "холдинг X бизнесмена Ивана Петрова и Павла Козлова": a firm's name followed by a
 * person's name in the genitive is that person's firm (the news guidelines read "X's Y" as ownership). Each person
 * so named owns the firm, with no share.
 */
export function withGenitiveOwnersRu(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  if (frame.sentence.language !== "ru") return [...facts];
  const out = [...facts];
  const read = new Set(out.filter((f) => f.predicate === "OWNS").map((f) => `${f.subject.id}|${f.object.id}`));
  frame.items.forEach((_, i) => {
    const firm = frame.entity(i);
    if (!firm || !isFirmMention(firm) || !isPerson(frame.entity(i + 1)) || !FIRM_THEN_OWNER.test(frame.between(i, i + 1))) return;
    if (NOT_OWNED_BEFORE.test(frame.template.slice(Math.max(0, frame.slotStart(i) - 16), frame.slotStart(i)))) return;
    for (let j = i + 1; isPerson(frame.entity(j)); j++) {
      const owner = frame.entity(j);
      if (!owner || !GENITIVE_NAME.test(owner.text)) break;
      const key = `${owner.entity.id}|${firm.entity.id}`;
      if (!read.has(key)) {
        read.add(key);
        out.push(sentenceFact(frame, owner, "OWNS", firm, Math.round(0.6 * Math.min(owner.confidence, firm.confidence) * 100) / 100, "genitive-owner-ru"));
      }
      if (!AND.test(frame.between(j, j + 1))) break;
    }
  });
  return out;
}
