import { modalityOf } from "../modality.js";
import type { SentenceFrame } from "../sentence-frame.js";
import type { EntityRef, ExtractedFact, Mention } from "../types.js";
import { carriedRestrictionFact, refOf, restrictionBefore, withCarried, type EarlierSentence as Earlier } from "./carried-restriction.js";

/**
 * Chinese export-control news states the measure once with its country and then goes on without it: a list of the
 * minerals it covers ("须经加工后方可出口的矿种包括甲、乙和丙"), a quota's yearly ceiling on a line of its own
 * ("明年:出口上限为5000吨"). Such a sentence names no country; the restriction is the one the sentences just
 * before stated, by the country that stated it.
 */

/** A measure on exports: a ban, control, quota, ceiling, licence, or a processing duty before export. */
const EXPORT_MEASURE =
  /(?:禁止|限制|管制|管控|禁令|配额|配額|限额|限額|许可|許可|暂停|暫停|上限)[^，,。；;：:]{0,10}出口|出口[^，,。；;]{0,8}(?:禁令|管制|管控|配额|配額|限额|限額|许可|許可|限制|上限|禁止)|(?:不得|不准|不许|不許|严禁|嚴禁)(?:再)?出口|(?:须|須|需)(?:经|經|在)[^，,。；;]{0,10}(?:再|方可|才能|后|後)出口/u;
/** A quota's ceiling stated on its own: the element it limits is the one the restriction before covered. */
const CEILING = /(?:出口|年度|年度出口)?(?:上限|配额|配額|限额|限額)/u;
/** Words that take an item out of the measure ("不包括乙", "除乙以外"), up to the item within its clause. */
const EXEMPTING = /(?:除|不包括|不包含|不含|不涉及|豁免|除外|以外)[^，,。；;]*$/u;
/** What ends a clause. */
const CLAUSE_END = /[，,；;。！!？?]/u;
function entitiesOf(frame: SentenceFrame): Mention[] {
  return frame.items.flatMap((item) => (item.type === "entity" && item.mention.via !== "demonym" ? [item.mention] : []));
}

function policyType(words: string): string {
  if (/配额|配額|限额|限額|上限/u.test(words)) return "quota";
  if (/禁/u.test(words)) return "export_ban";
  return "export_control";
}

/** The one country a Chinese sentence stating an export measure names, not as the measure's target (对/向 X). */
function measureCountryOf(frame: SentenceFrame): EntityRef | undefined {
  const sentenceText = frame.text.slice(frame.sentence.start, frame.sentence.end);
  if (frame.sentence.language !== "zh" || !EXPORT_MEASURE.test(sentenceText)) return undefined;
  const countries = entitiesOf(frame).filter((m) => m.entity.kind === "Country" && !/[对對向]$/u.test(frame.text.slice(Math.max(frame.sentence.start, m.start - 1), m.start)));
  const ids = new Set(countries.map((m) => m.entity.id));
  return ids.size === 1 && countries[0] ? refOf(countries[0]) : undefined;
}

/**
 * The one element a bare ceiling limits: the element of the restriction just before, or else the one element
 * every restriction of that country read earlier in the document covers.
 */
function onlyElementRestricted(earlier: readonly Earlier[], before: { country: EntityRef; elements: EntityRef[] }): EntityRef[] {
  if (before.elements.length > 0) return before.elements.length === 1 ? before.elements : [];
  const restricted = new Map<string, EntityRef>();
  for (const e of earlier) for (const f of e.facts) if (f.predicate === "RESTRICTS_EXPORT" && f.subject.id === before.country.id) restricted.set(f.object.id, f.object);
  return restricted.size === 1 ? [...restricted.values()] : [];
}

/**
 * Whether an element stands in a clause that states the measure ("须经冶炼后方可出口的矿种有甲、乙"): one named in
 * another clause of the sentence ("…出口须获得许可，甲、乙价格大涨") may be there for any other reason.
 */
function inMeasureClause(frame: SentenceFrame, m: Mention): boolean {
  const before = frame.text.slice(frame.sentence.start, m.start);
  const after = frame.text.slice(m.end, frame.sentence.end);
  const clause = (before.split(CLAUSE_END).pop() ?? "") + m.text + (after.split(CLAUSE_END)[0] ?? "");
  return EXPORT_MEASURE.test(clause);
}

/** Whether the clause before an element takes it out of the measure: an exempted item is no restricted one. */
function exempted(frame: SentenceFrame, m: Mention): boolean {
  return EXEMPTING.test(frame.text.slice(frame.sentence.start, m.start));
}

/**
 * Each frame's facts plus the restrictions its Chinese sentence carries on from the sentences before: the listed
 * elements of a measure that names no country, or, for a bare ceiling in tonnes that names no element either, the
 * one element the restriction before covered. Frames are a document's sentences in order, `facts` theirs.
 */
export function withCarriedRestrictionsZh(frames: readonly SentenceFrame[], facts: readonly ExtractedFact[][]): ExtractedFact[][] {
  return withCarried("zh", frames, facts, carriedIn, measureCountryOf);
}

function carriedIn(frame: SentenceFrame, own: readonly ExtractedFact[], earlier: readonly Earlier[]): ExtractedFact[] {
  const sentenceText = frame.text.slice(frame.sentence.start, frame.sentence.end);
  const named = entitiesOf(frame);
  const tonnes = frame.items.flatMap((item) => (item.type === "quantity" && item.quantity.unit === "t" ? [item.quantity.value] : []));
  const bareCeiling = CEILING.test(sentenceText) && tonnes.length > 0 && !named.some((m) => m.entity.kind === "Element");
  if (!EXPORT_MEASURE.test(sentenceText) && !bareCeiling) return [];
  const before = restrictionBefore(earlier, frame.sentence.index);
  if (!before) return [];
  // A sentence naming a country or a firm has its own subject (or target): the model and rules read it. "该国"
  // resolved to the restricting country is that country left unnamed.
  const ownSubject = (m: Mention) => m.entity.kind === "Region" || (m.entity.kind === "Actor" && m.entity.type !== "state_body") || (m.entity.kind === "Country" && !(m.via === "reference" && m.entity.id === before.country.id));
  if (named.some(ownSubject)) return [];
  // A ministry that restricted before is the restrictor again when the sentence names it ("商务部表示，…配额…").
  const restrictors = new Set(earlier.flatMap((e) => e.facts.filter((f) => f.predicate === "RESTRICTS_EXPORT").map((f) => f.subject.id)));
  if (named.some((m) => restrictors.has(m.entity.id))) return [];
  const modality = modalityOf(sentenceText, sentenceText, { allowNegation: true });
  if (!modality.keep) return [];
  const listed = named.filter((m) => m.entity.kind === "Element" && inMeasureClause(frame, m) && !exempted(frame, m)).map(refOf);
  const ceiling = CEILING.test(sentenceText) ? tonnes[0] : undefined;
  const elements = listed.length > 0 ? [...new Map(listed.map((e) => [e.id, e])).values()] : ceiling !== undefined ? onlyElementRestricted(earlier, before) : [];
  const read = new Set(own.filter((f) => f.predicate === "RESTRICTS_EXPORT").map((f) => f.object.id));
  return elements.filter((e) => !read.has(e.id)).map((e) => carriedRestrictionFact(frame, before.country, e, { status: modality.status, policyType: policyType(sentenceText), extractor: "export-restriction-carried-zh", ceiling }));
}
