import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Mention, Quantity } from "../types.js";

/** The nouns and verbs a Russian reserve statement is made with: "запасы", "ресурсы", "содержат", "содержится". */
const RESERVE_WORD = /(?<!\p{L})(?:запас\p{L}*|ресурс\p{L}*|содерж(?:ит|ат|ится|атся))(?!\p{L})/u;
/** "запасы на складах", "запас прочности", "сырьевые ресурсы компании на год": stocks and spare capacity, not a deposit's. */
const NOT_A_DEPOSIT = /(?<!\p{L})(?:склад\p{L}*|прочност\p{L}*|хода|мощност\p{L}*|финансов\p{L}*|денежн\p{L}*|трудов\p{L}*)(?!\p{L})/u;
/** Output, exports and plans stated beside a figure make it no reserve: "добыча составит 10 тыс. т". */
const NOT_RESERVES_NEAR = /(?<!\p{L})(?:добыч|производ|выпуск|экспорт|импорт|поставк|мощност|план|потребл|продаж|перераб)\p{L}*/u;
/** What may stand between a tonnage and the element it weighs: "6,7 млн т титана", "108,9 тыс. т – ниобия", "1 млн т металлического лития". */
const FIGURE_THEN_ELEMENT = /^\s*(?:[–—-]\s*)?(?:(?:металлическ|чист|элементн|условн|оксид|окис)\p{L}*\s+)?$/u;
/** What may stand between an element and its tonnage: "лития — 21 млн т", "лития составляют около 2 млн т". */
const ELEMENT_THEN_FIGURE = /^\s*(?:[–—:-]|составля\p{L}*|оценива\p{L}*\s+в|превыша\p{L}*|достига\p{L}*)\s*$/u;

const HOLDER_KINDS = new Set(["Asset", "Country"]);

/** The one site the sentence speaks of (named, resolved or carried), else its one country; undefined if several. */
function holderOf(frame: SentenceFrame): Mention | undefined {
  const mentions = frame.items.flatMap((item) => (item.type === "entity" && HOLDER_KINDS.has(item.mention.entity.kind) ? [item.mention] : []));
  for (const kind of ["Asset", "Country"]) {
    const ids = new Set(mentions.filter((m) => m.entity.kind === kind).map((m) => m.entity.id));
    if (ids.size > 1) return undefined;
    if (ids.size === 1) return mentions.find((m) => m.entity.kind === kind);
  }
  return undefined;
}

/** The element each tonnage of the sentence weighs, where the words between leave no doubt, as [tonnage, element] item pairs. */
function weighedElements(frame: SentenceFrame): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (const q of frame.quantityIndexes((quantity) => quantity.unit === "t")) {
    const after = frame.entity(q + 1);
    const before = frame.entity(q - 1);
    if (after?.entity.kind === "Element" && FIGURE_THEN_ELEMENT.test(frame.between(q, q + 1))) pairs.push([q, q + 1]);
    else if (before?.entity.kind === "Element" && ELEMENT_THEN_FIGURE.test(frame.between(q - 1, q))) pairs.push([q, q - 1]);
  }
  return pairs;
}

function valueFields(q: Quantity): Pick<ExtractedFact, "value" | "valueMin" | "valueMax"> {
  return {
    value: q.min !== undefined && q.max !== undefined ? q.min : q.value,
    ...(q.min !== undefined ? { valueMin: q.min } : {}),
    ...(q.max !== undefined ? { valueMax: q.max } : {}),
  };
}

/**
 * Russian reserve figures: "прогнозные ресурсы участка составляют 6,7 млн т титана и 0,1 млн т ниобия", "солончаки
 * страны содержат 21 млн т лития". Each tonnage that weighs a named element right beside it is that element's
 * reserves, held by the one site of the sentence (named, or the article's main site carried into it), else by
 * its one country. The model reads no Russian reserves (rules-only-by-language.ts), and the amount rule needs a
 * holder named before the figure; a reading already there without a figure takes this one.
 */
export function withReserveFiguresRu(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  if (frame.sentence.language !== "ru") return [...facts];
  const reserveWord = RESERVE_WORD.exec(frame.template);
  if (!reserveWord || NOT_A_DEPOSIT.test(frame.template.slice(reserveWord.index, reserveWord.index + reserveWord[0].length + 20))) return [...facts];
  const holder = holderOf(frame);
  if (!holder) return [...facts];
  const out = [...facts];
  for (const [q, e] of weighedElements(frame)) {
    const quantity = frame.quantity(q);
    const element = frame.entity(e)?.entity;
    const from = Math.min(frame.slotStart(q), frame.slotStart(e));
    // The reserve word must come before the figure, with no word of output or plans nearer to it.
    if (!quantity || !element || reserveWord.index > from || NOT_RESERVES_NEAR.test(frame.template.slice(reserveWord.index, from))) continue;
    const at = out.findIndex((f) => f.predicate === "HAS_RESERVES" && f.subject.id === holder.entity.id && f.object.id === element.id);
    const known = at < 0 ? undefined : out[at];
    if (known && (known.value !== null || known.valueMin !== undefined || known.valueMax !== undefined)) continue;
    const fact: ExtractedFact = {
      subject: { id: holder.entity.id, name: holder.entity.name, kind: holder.entity.kind },
      predicate: "HAS_RESERVES",
      object: { id: element.id, name: element.name, kind: element.kind },
      ...valueFields(quantity),
      unit: "t",
      year: known?.year ?? null,
      status: "reported",
      confidence: Math.round(0.7 * holder.confidence * 100) / 100,
      properties: { ...(known?.properties ?? {}), ...(quantity.approximate ? { approximate: true } : {}) },
      extractor: "reserve-figures-ru",
      evidence: [{ start: frame.sentence.start, end: frame.sentence.end, quote: frame.text.slice(frame.sentence.start, frame.sentence.end), sentence: frame.sentence.index }],
    };
    if (known) out[at] = fact;
    else out.push(fact);
  }
  return out;
}
