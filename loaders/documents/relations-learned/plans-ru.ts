import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Mention } from "../types.js";
import { ownTonnage } from "./element-figures-ru.js";

/** Words that put output in the future: a plan, a design, what a project provides for. */
const PLAN_CUE = /(?<!\p{L})(?:(?:за)?планир\p{L}*|предусмотрен\p{L}*|предусматрива\p{L}*|проектн\p{L}*\s+мощност\p{L}*)(?!\p{L})/u;
/** What the plan makes: output, mining, a capacity. */
const OUTPUT = /(?<!\p{L})(?:производ\p{L}*|произвест\p{L}*|выпуск\p{L}*|выпуст\p{L}*|добыч\p{L}*|добыва\p{L}*|добыть|получ\p{L}*|мощност\p{L}*)(?!\p{L})/u;
/** A plan denied or in doubt: "не планирует", "не предусмотрено", "может быть". */
const DOUBT = /(?<!\p{L})(?:не|нет|может|могут|возможно)(?!\p{L})/u;
/** A site named as where output is made: "добыча … на месторождении ⟦X⟧", "на ⟦X⟧ проектной мощностью". */
const AT_SITE = /(?<!\p{L})на\s+(?:\p{Ll}+\s+){0,2}?[«"]?$/u;

/** The one site the sentence names as where the output is made, else undefined. */
function siteOfOutput(frame: SentenceFrame): { index: number; mention: Mention } | undefined {
  const found = frame.entityIndexes(["Asset"]).flatMap((i) => {
    const mention = frame.entity(i);
    return mention && AT_SITE.test(frame.template.slice(Math.max(0, frame.slotStart(i) - 40), frame.slotStart(i))) ? [{ index: i, mention }] : [];
  });
  return new Set(found.map((f) => f.mention.entity.id)).size === 1 ? found[0] : undefined;
}

/**
 * Russian planned output at a named site: "запланирована добыча руды на месторождении X", "комплекс на
 * месторождении X проектной мощностью до 40 тыс. т лития". The site where the planned output is made plans each
 * element named after the plan word, with the tonnage beside it where one is. The shared plan rule (plans.ts)
 * wants a planner named before its cue, which these impersonal statements lack.
 */
export function withPlannedOutputRu(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  if (frame.sentence.language !== "ru") return [...facts];
  const cue = PLAN_CUE.exec(frame.template);
  if (!cue || !OUTPUT.test(frame.template.slice(Math.max(0, cue.index - 60), cue.index + cue[0].length + 60))) return [...facts];
  if (DOUBT.test(frame.template.slice(Math.max(0, cue.index - 12), cue.index))) return [...facts];
  const site = siteOfOutput(frame);
  if (!site) return [...facts];
  const out = [...facts];
  const seen = new Set(out.filter((f) => f.predicate === "PLANS").map((f) => `${f.subject.id}|${f.object.id}`));
  const planned = frame.entityIndexes(["Element"]).filter((e) => frame.slotStart(e) > cue.index);
  // "мощностью до 30 тыс. т солей лития": one element planned and one tonnage after the cue, which is its.
  const tonnages = frame.quantityIndexes((q) => q.unit === "t").filter((q) => frame.slotStart(q) > cue.index);
  const only = new Set(planned.map((e) => frame.entity(e)?.entity.id)).size === 1 && tonnages.length === 1 ? tonnages[0] : undefined;
  for (const e of planned) {
    const element = frame.entity(e)?.entity;
    if (!element || seen.has(`${site.mention.entity.id}|${element.id}`)) continue;
    seen.add(`${site.mention.entity.id}|${element.id}`);
    const q = ownTonnage(frame, e) ?? only;
    const quantity = q === undefined ? undefined : frame.quantity(q);
    out.push({
      subject: { id: site.mention.entity.id, name: site.mention.entity.name, kind: site.mention.entity.kind },
      predicate: "PLANS",
      object: { id: element.id, name: element.name, kind: element.kind },
      value: quantity ? (quantity.min !== undefined && quantity.max !== undefined ? quantity.min : quantity.value) : null,
      ...(quantity?.min !== undefined ? { valueMin: quantity.min } : {}),
      ...(quantity?.max !== undefined ? { valueMax: quantity.max } : {}),
      unit: quantity?.unit ?? null,
      year: null,
      status: "planned",
      confidence: Math.round(0.6 * site.mention.confidence * 100) / 100,
      properties: {},
      extractor: "planned-output-ru",
      evidence: [{ start: frame.sentence.start, end: frame.sentence.end, quote: frame.text.slice(frame.sentence.start, frame.sentence.end), sentence: frame.sentence.index }],
    });
  }
  return out;
}
