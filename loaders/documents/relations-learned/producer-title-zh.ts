import type { SentenceFrame } from "../sentence-frame.js";
import type { EntityRef, ExtractedFact, Mention } from "../types.js";

/**
 * Chinese news gives a country its output as a title: "作为非洲最大的甲生产国，乙国…", "乙国是全球第二大甲、丙出口国".
 * The title names the minerals the country produces (the guidelines count the largest exporter of a mineral as
 * its producer); no verb of producing stands between the two, so the model has little to read it by.
 */
const TITLE = /(?:最大|第[一二三四五六七八九十两\d]+大|主要)的?([^，,。；;]{0,24}?)(?:生产国|生產國|出口国|出口國|产出国|產出國)/u;
/** A title held now, not one to come or denied ("将成为第二大…生产国", "已不再是…"). */
const NOT_HELD = /将|將|预计|預計|有望|计划|計劃|不是|不再|并非|並非|或将|可能/u;
/** The country bears the title: "作为…国，乙国" names it right after, "乙国是/为/成为…" right before. */
const AS = /^\s*(?:作为|作為)/u;
const BEARS = /^\s*(?:已|已经|已經|仍|也|一直|目前)?\s*(?:是|为|為|成为|成為|系|係)/u;
const CLAUSE_END = /[，,；;。！!？?]/u;

function mentionsOf(frame: SentenceFrame): Mention[] {
  return frame.items.flatMap((item) => (item.type === "entity" && item.mention.via !== "carried" && item.mention.via !== "topic" ? [item.mention] : []));
}

const refOf = (m: Mention): EntityRef => ({ id: m.entity.id, name: m.entity.name, kind: m.entity.kind });

/** The country that bears the title in `clause` (sentence offsets from `start`), if the sentence names it so. */
function titleBearer(frame: SentenceFrame, mentions: readonly Mention[], clauseStart: number, clauseEnd: number, titleStart: number): Mention | undefined {
  const { text } = frame;
  const countries = mentionsOf(frame).filter((m) => m.entity.kind === "Country" && m.via !== "demonym");
  const before = countries.filter((m) => m.start >= clauseStart && m.end <= titleStart && BEARS.test(text.slice(m.end, titleStart)));
  if (before.length > 0) return before[before.length - 1];
  if (!AS.test(text.slice(clauseStart, titleStart))) return undefined;
  // "作为…生产国，乙国曾…": the next clause opens with the country.
  const next = mentions.find((m) => m.start > clauseEnd);
  return next && next.entity.kind === "Country" && /^[\s，,]*$/u.test(text.slice(clauseEnd, next.start)) ? next : undefined;
}

/** The PRODUCES facts a Chinese sentence's producer titles state, beyond those already read. */
export function producerTitlesZh(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  if (frame.sentence.language !== "zh") return [...facts];
  const { text } = frame;
  const sentenceText = text.slice(frame.sentence.start, frame.sentence.end);
  const mentions = mentionsOf(frame);
  const added: ExtractedFact[] = [];
  let clauseStart = frame.sentence.start;
  for (const clause of sentenceText.split(CLAUSE_END)) {
    const clauseEnd = clauseStart + clause.length;
    const found = TITLE.exec(clause);
    if (found && !NOT_HELD.test(clause.slice(0, found.index))) {
      const titleStart = clauseStart + found.index;
      const titleEnd = titleStart + found[0].length;
      const elements = mentions.filter((m) => m.entity.kind === "Element" && m.start >= titleStart && m.end <= titleEnd);
      const country = elements.length > 0 ? titleBearer(frame, mentions, clauseStart, clauseEnd, titleStart) : undefined;
      for (const element of country ? elements : []) {
        const known = [...facts, ...added].some((f) => f.predicate === "PRODUCES" && f.subject.id === country!.entity.id && f.object.id === element.entity.id);
        if (known) continue;
        added.push({
          subject: refOf(country!),
          predicate: "PRODUCES",
          object: refOf(element),
          value: null,
          unit: null,
          year: null,
          status: "reported",
          confidence: 0.6,
          properties: {},
          extractor: "producer-title-zh",
          evidence: [{ start: frame.sentence.start, end: frame.sentence.end, quote: sentenceText, sentence: frame.sentence.index }],
        });
      }
    }
    clauseStart = clauseEnd + 1;
  }
  return [...facts, ...added];
}
