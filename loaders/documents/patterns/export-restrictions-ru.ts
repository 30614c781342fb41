import type { FactDraft, Pattern } from "./draft.js";

const SHIPPING = String.raw`(?:экспорт|вывоз|поставк|отгрузк|продаж)\p{L}*`;
/**
 * Russian export measures the shared rule's cue words miss or place differently: "запрет на экспорт X из Y",
 * "ограничения на вывоз", "экспортные пошлины/квоты", "квоты на экспорт", "прекратит/запретит экспорт".
 */
const MEASURE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:запрет\p{L}*|ограничени\p{L}*|квот\p{L}*|лиценз\p{L}*|пошлин\p{L}*|контрол\p{L}*|мораторий|эмбарго)\s+на\s+(?:\p{L}+\s+)?${SHIPPING}` +
    String.raw`|(?:экспортн|вывозн)\p{L}*\s+(?:пошлин|квот|лиценз|контрол|ограничени|запрет)\p{L}*` +
    String.raw`|(?:прекрат|приостанов|запрет|огранич|запрещ)\p{L}*\s+(?:\p{L}+\s+)?${SHIPPING})`,
  "u",
);
/**
 * Lifting a measure ("если запрет будет снят", "отменила квоты") is not imposing one. Easing it ("ослабила
 * запрет") still leaves a restriction, as the annotation guidelines read it.
 */
const LIFTING = /(?<!\p{L})(?:отмен|снят|снял|сним)\p{L}*/u;
/** Where a measure's list of elements ends: a clause of its own, a purpose, a contrast. */
const LIST_END = /[;.]|,\s*(?!⟦e)|\s(?:чтобы|в то время как|а также|но)\s/u;
/** "экспорт кобальта из ДРК": the country goods leave is the one that restricts them. */
const FROM = /^\s*(?:(?:руд\p{L}*|концентрат\p{L}*|сырь\p{L}*|\p{L}+н(?:ых|ого|ой))\s+)?из\s+$/u;
/** A name after these is a place or a target, not the issuer ("поставки в Китай"). */
const OBLIQUE_BEFORE = /(?<!\p{L})(?:в|во|на|из|для|против|с)\s+$/u;
const ISSUERS = ["Country"] as const;

/**
 * Russian export restrictions: the country before the measure ("Вьетнам прекратит экспорт вольфрама") or the one
 * the goods leave ("запрет на экспорт олова из Боливии") restricts each element named right after the measure.
 * Only what the shared rule (export-restrictions.ts) did not already read.
 */
export const exportRestrictionsRu: Pattern = ({ frame, earlier }) => {
  if (frame.sentence.language !== "ru" || !frame.names(["Element"]) || !frame.names(ISSUERS)) return [];
  const t = frame.template;
  const cue = MEASURE.exec(t);
  if (!cue || LIFTING.test(t.slice(Math.max(0, cue.index - 40), cue.index + cue[0].length))) return [];
  const cueEnd = cue.index + cue[0].length;
  const end = LIST_END.exec(t.slice(cueEnd));
  const listEnd = cueEnd + (end ? end.index : t.length - cueEnd);
  const elements = frame.entityIndexes(["Element"]).filter((i) => frame.slotStart(i) >= cueEnd && frame.slotStart(i) < listEnd);
  if (elements.length === 0) return [];
  const lastElement = elements[elements.length - 1] as number;
  const countries = frame.entityIndexes(ISSUERS).filter((i) => frame.entity(i)?.via !== "demonym");
  const from = countries.find((i) => i > lastElement && FROM.test(frame.between(lastElement, i)));
  const before = countries.filter((i) => frame.slotEnd(i) <= cue.index && !OBLIQUE_BEFORE.test(t.slice(Math.max(0, frame.slotStart(i) - 6), frame.slotStart(i))) && !/[;.]/u.test(t.slice(frame.slotEnd(i), cue.index)));
  const issuer = from ?? before[before.length - 1];
  const issuerMention = issuer === undefined ? undefined : frame.entity(issuer);
  if (issuer === undefined || !issuerMention) return [];
  const read = new Set((earlier ?? []).filter((d) => d.predicate === "RESTRICTS_EXPORT").map((d) => `${d.subject.id}|${d.object.id}`));
  return elements.flatMap((e): FactDraft[] => {
    const element = frame.entity(e);
    if (!element || read.has(`${issuerMention.entity.id}|${element.entity.id}`)) return [];
    return [{
      predicate: "RESTRICTS_EXPORT",
      subject: issuerMention.entity,
      object: element.entity,
      items: [issuer, e],
      properties: { policyType: /квот/u.test(cue[0]) ? "quota" : /запрет|прекрат|приостанов|мораторий|эмбарго/u.test(cue[0]) ? "export_ban" : "export_control" },
      extractor: "export-restriction-ru",
      confidence: 0.8 * issuerMention.confidence,
      allowNegation: true,
    }];
  });
};
