import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Mention } from "../types.js";

/**
 * Words after which a Russian name stands in the genitive or after «в» as what is held: "акционеры «Б»",
 * "мажоритариям «Б»", "долям в «Б»", "пакет акций «Б»". A name there is the owned one, never the owner.
 */
const HELD_AFTER = /(?<!\p{L})(?:(?:акционер|мажоритари|миноритари|совладел|владел|собственник|бенефициар)\p{L}*|(?:(?:дол|пакет|акци|капитал)\p{L}*|уставн\p{L}*\s+капитал\p{L}*)\s+(?:\p{L}+\s+)?в)[\s«»"“”„]*$/u;
/** A class noun in the instrumental ("компанией владеет Б", "предприятием управляет Б") is what is owned. */
const INSTRUMENTAL = /(?:ией|ей|ой|ом|ем)$/u;
/** Words a Russian export measure is stated with; "оператор по экспорту урана" names none. */
const MEASURE = /(?<!\p{L})(?:запрет|запрещ|огранич|квот|лиценз|пошлин|контрол|прекрат|приостанов|мораторий|эмбарго|регулир|правил)\p{L}*/u;
/** "если запрет будет снят": a condition on lifting speaks of a future without the measure. */
const IF_LIFTED = /(?<!\p{L})если\s+(?:\p{L}+\s+){0,3}(?:снят|сним|отмен)\p{L}*/u;

/**
 * "лицензия на месторождение Б отошла под контроль А", "лицензия на крупное месторождение — Б": the licence of a
 * site, which makes its holder its operator.
 */
const LICENCE_OF = /(?<!\p{L})лицензи\p{L}*\s+(?:на\s+)?(?:[^;.,]{0,90}?)[\s«»"“”„]*$/u;

/** Actors nobody holds shares in: a person, a government, a ministry ("по распоряжению Правительства РФ"). */
const UNOWNED_TYPES = new Set(["person", "government", "state_body"]);

function mentionsOf(frame: SentenceFrame, id: string): Mention[] {
  return frame.items.flatMap((item) => (item.type === "entity" && item.mention.entity.id === id ? [item.mention] : []));
}

/** Whether every mention of the subject in the sentence stands where Russian puts what is owned. */
function subjectIsHeld(frame: SentenceFrame, fact: ExtractedFact): boolean {
  const mentions = mentionsOf(frame, fact.subject.id);
  if (mentions.length === 0) return false;
  return mentions.every((m) => {
    const before = frame.text.slice(Math.max(frame.sentence.start, m.start - 40), m.start).toLowerCase();
    return HELD_AFTER.test(before) || (m.via === "reference" && INSTRUMENTAL.test(m.text.toLowerCase()));
  });
}

/** Whether the site is named as what a licence covers, in every mention of it in the sentence. */
function licenceOf(frame: SentenceFrame, id: string): boolean {
  const mentions = mentionsOf(frame, id);
  return mentions.length > 0 && mentions.every((m) => LICENCE_OF.test(frame.text.slice(Math.max(frame.sentence.start, m.start - 110), m.start).toLowerCase()));
}

/** The news guidelines read the holder of a site's licence as its operator (OPERATES), with no stake. */
const asOperator = (f: ExtractedFact): ExtractedFact => ({ ...f, predicate: "OPERATES", value: null, valueMin: undefined, valueMax: undefined, unit: null });

/**
 * Russian readings the grammar rules out, whoever read them: an owner named where Russian puts what is owned
 * (the genitive after "акционеры", "доля в", an instrumental "компанией"), a person or a government owned, and an export
 * restriction of a sentence that names no measure ("национальный оператор по экспорту урана") or speaks of lifting
 * one ("если запрет будет снят"). An ownership of a site whose licence is what the sentence speaks of is its
 * licence holder's, read as OPERATES.
 */
export function withoutMisreadingsRu(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  if (frame.sentence.language !== "ru") return [...facts];
  const sentence = frame.text.slice(frame.sentence.start, frame.sentence.end).toLowerCase();
  return facts.map((f) => (f.predicate === "OWNS" && f.object.kind === "Asset" && licenceOf(frame, f.object.id) ? asOperator(f) : f)).filter((f) => {
    if (f.predicate === "OWNS") {
      if (mentionsOf(frame, f.object.id).some((m) => UNOWNED_TYPES.has(m.entity.type ?? ""))) return false;
      return !subjectIsHeld(frame, f);
    }
    if (f.predicate === "RESTRICTS_EXPORT" && f.extractor === "relations-learned") return MEASURE.test(sentence) && !IF_LIFTED.test(sentence);
    return true;
  });
}
