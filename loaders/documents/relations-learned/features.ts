import { argKindOf } from "./arg-kinds.js";
import { clauseFeatures } from "./clause-features.js";
import { namesBetween, type SentenceContext } from "./sentence-context.js";

/** What may stand between two members of one enumeration: commas, "and", "or", 、, и, 和 … */
const LIST_SEPARATOR = /^(?:\s|,|，|、|;|and|or|as well as|и|или|а также|和|及|与|以及|或)*$/u;

/**
 * The member of an enumeration that `end` belongs to which stands nearest `toward`: in "export of gallium,
 * germanium and antimony", antimony's nearest member is gallium. Reading a pair through that member gives
 * every element of a list the words the first one has, so one trigger covers the whole enumeration.
 */
function listMemberNearest(frame: SentenceContext["frame"], end: number, toward: number, kind: string): number {
  const step = toward < end ? -1 : 1;
  let current = end;
  for (let next = end + step; next !== toward; next += step) {
    const mention = frame.entity(next);
    if (!mention || argKindOf(mention.entity.id) !== kind) break;
    const gap = step < 0 ? frame.between(next, current) : frame.between(current, next);
    if (!LIST_SEPARATOR.test(gap)) break;
    current = next;
  }
  return current;
}

/** The names of one kind of word feature in a sentence by word index (see SentenceContext.wordFeatureNames). */
function namesOf(context: SentenceContext, kind: string): string[] {
  let names = context.wordFeatureNames.get(kind);
  if (!names) {
    names = [];
    context.wordFeatureNames.set(kind, names);
  }
  return names;
}

const bucket = (n: number) => (n <= 2 ? String(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : "21+");
const WINDOW = 3;
/** Features that describe the pair's shape rather than its words, copied per language (see pairFeatures). */
const STRUCTURAL = /^(?:k|dk|nd|n|adj|list|near|ne|tr|c|cd|ck|cL[so]|cR[so]|vs|vo):/;
/** How many template characters beside a pair count as hugging it. */
const HUG = 16;

/**
 * Features of one reading of a pair: `subject` and `object` are item indexes of the sentence frame. Words are
 * keyed by where they stand (between, before the first name, after the last) and, between the names, by which
 * name comes first, since "A owned by B" and "B owns A" differ only in order.
 */
export function pairFeatures(context: SentenceContext, subject: number, object: number, withSentence = true): string[] {
  const { frame } = context;
  const s = frame.entity(subject);
  const o = frame.entity(object);
  if (!s || !o) return [];
  const ks = argKindOf(s.entity.id);
  const ko = argKindOf(o.entity.id);
  const dir = subject < object ? "so" : "os";
  const outer = Math.min(subject, object);
  const outerLast = Math.max(subject, object);
  const firstKind = outer === subject ? ks : ko;
  const lastKind = outer === subject ? ko : ks;
  // Members of an enumeration are read through the member nearest the other name (see listMemberNearest).
  const last = listMemberNearest(frame, outerLast, outer, lastKind);
  const first = listMemberNearest(frame, outer, last, firstKind);
  const f: string[] = withSentence ? [...context.sentenceFeatures] : [];
  const shared = f.length;
  f.push(`k:${ks}>${ko}`, `d:${dir}`, `dk:${dir}:${ks}>${ko}`);
  if (last !== outerLast) f.push(`list:${dir}:last`);
  if (first !== outer) f.push(`list:${dir}:first`);
  const between = context.words(frame.slotEnd(first), frame.slotStart(last));
  f.push(`n:${bucket(between.length)}`, `nd:${dir}:${bucket(between.length)}`);
  if (between.length === 0) f.push(`adj:${dir}`);
  let names = 0;
  // Word features are named once per sentence and word (namesOf): `at` is the first between word's index.
  const at = context.wordIndex(frame.slotEnd(first));
  const b = namesOf(context, dir === "so" ? "b:so" : "b:os");
  const bb = namesOf(context, dir === "so" ? "bb:so" : "bb:os");
  for (let i = 0; i < between.length; i++) {
    const w = between[i] as string;
    // A slot other than a date, a share or a tonnage is a name.
    if (w.charCodeAt(0) === 0x27e6 && w[1] !== "d" && w[1] !== "%" && w[1] !== "t") names++;
    f.push((b[at + i] ??= `b:${dir}:${w}`));
    if (i + 1 < between.length) f.push((bb[at + i] ??= `bb:${dir}:${w}_${between[i + 1]}`));
  }
  f.push(`ne:${bucket(names)}`);
  if (between.length > 0) {
    const lastAt = at + between.length - 1;
    f.push((namesOf(context, dir === "so" ? "bf:so" : "bf:os")[at] ??= `bf:${dir}:${between[0]}`), (namesOf(context, dir === "so" ? "bl:so" : "bl:os")[lastAt] ??= `bl:${dir}:${between[between.length - 1]}`));
  }
  const before = context.wordsBefore(frame.slotStart(outer), WINDOW);
  const after = context.wordsAfter(frame.slotEnd(outerLast), WINDOW);
  const firstRole = outer === subject ? "s" : "o";
  const lastRole = outerLast === subject ? "s" : "o";
  const beforeAt = context.wordIndex(frame.slotStart(outer)) - before.length;
  const afterAt = context.wordIndex(frame.slotEnd(outerLast));
  const left = namesOf(context, firstRole === "s" ? "Ls" : "Lo");
  const right = namesOf(context, lastRole === "s" ? "Rs" : "Ro");
  before.forEach((w, i) => f.push((left[beforeAt + i] ??= `L${firstRole}:${w}`), ...(i === before.length - 1 ? [(namesOf(context, firstRole === "s" ? "L1s" : "L1o")[beforeAt + i] ??= `L1${firstRole}:${w}`)] : [])));
  after.forEach((w, i) => f.push((right[afterAt + i] ??= `R${lastRole}:${w}`), ...(i === 0 ? [(namesOf(context, lastRole === "s" ? "R1s" : "R1o")[afterAt] ??= `R1${lastRole}:${w}`)] : [])));
  const from = frame.slotEnd(first);
  const to = frame.slotStart(last);
  for (const t of namesBetween(context.triggerSpans, from, to)) f.push(`tr:${dir}:${t}`);
  for (const cue of namesBetween(context.cueSpans, from, to)) f.push(`c:${cue}`, `cd:${dir}:${cue}`, `ck:${cue}:${ks}>${ko}`);
  // Cue words hugging the outer names ("⟦country⟧-based", "shares of ⟦actor⟧"): where apposition puts them.
  const lead = frame.slotStart(outer);
  const tail = frame.slotEnd(outerLast);
  for (const cue of namesBetween(context.cueSpans, Math.max(0, lead - HUG), lead)) f.push(`cL${firstRole}:${cue}:${ks}>${ko}`);
  for (const cue of namesBetween(context.cueSpans, tail, tail + HUG)) f.push(`cR${lastRole}:${cue}:${ks}>${ko}`);
  if (context.language === "en") {
    // Dependency-free syntax for English, where most training pairs are: the shape of what stands between the
    // names, and the relation word nearest each name.
    const shape = context.skeleton(from, to);
    f.push(shape === undefined ? `sk:${dir}:long` : `sk:${dir}:${shape}`);
    if (shape !== undefined) {
      f.push(`skk:${dir}:${ks}>${ko}:${shape}`);
      // The shape with the two words either side of the pair: "⟦actor⟧ , a ⟦country⟧ -based", "⟦country⟧ 's … ⟦actor⟧".
      const outside = `${before.slice(-2).join("_")}|${after.slice(0, 2).join("_")}`;
      f.push(`skw:${dir}:${ks}>${ko}:${outside}|${shape}`, `skr:${dir}:${ks}>${ko}:${shape}|${after.slice(0, 2).join("_")}`, `skl:${dir}:${ks}>${ko}:${before.slice(-2).join("_")}|${shape}`);
    }
    const nearS = context.nearestCue(frame.slotStart(subject), frame.slotEnd(subject), 24);
    const nearO = context.nearestCue(frame.slotStart(object), frame.slotEnd(object), 24);
    if (nearS) f.push(`ns:${nearS}:${ks}>${ko}`);
    if (nearO) f.push(`no:${nearO}:${ks}>${ko}`);
    for (const cue of namesBetween(context.cueSpans, from, to)) f.push(`cdk:${dir}:${cue}:${ks}>${ko}`);
    // What kind of actor or site each name is (a state body, a person, a mine): a minister who signs an order
    // owns nothing, and a plant is where a company produces rather than what it owns.
    f.push(`ty:${s.entity.type ?? "?"}>${o.entity.type ?? "?"}`, `tys:${s.entity.type ?? "?"}`, `tyo:${o.entity.type ?? "?"}`);
  }
  // Nothing of the object's kind between the names: the object is the subject's nearest candidate.
  const between3 = between.join(" ");
  if (!between3.includes(`⟦${ko}⟧`)) f.push(`near:${dir}:o`);
  if (!between3.includes(`⟦${ks}⟧`)) f.push(`near:${dir}:s`);
  // A carried pair (carried.ts): which role the unnamed main subject takes, and how the sentence opens ("the
  // company", "месторождение", "该公司"), which is where a sentence about it without its name says so.
  if (s.via === "carried" || o.via === "carried") {
    const role = s.via === "carried" ? "s" : "o";
    f.push(`cv:${role}:${ks}>${ko}`, ...context.wordsAfter(0, 2).map((w, i) => `cf${i}:${role}:${w}`));
  }
  // A Chinese sentence's left-out subject (topic-zh.ts): its role and the words the sentence opens with after it
  // ("其持有", "主要生产", "年产能").
  if (s.via === "topic" || o.via === "topic") {
    const role = s.via === "topic" ? "s" : "o";
    const opening = context.wordsAfter(frame.slotEnd(role === "s" ? subject : object), 2);
    f.push(`tv:${role}:${ks}>${ko}`, ...opening.map((w, i) => `tf${i}:${role}:${w}`));
  }
  if (s.via !== "name") f.push(`vs:${s.via}`);
  if (o.via !== "name") f.push(`vo:${o.via}`);
  if (s.entity.discovered) f.push("ds");
  if (o.entity.discovered) f.push("do");
  // Russian and Chinese readings get their own copy of the structural features: trained with English's ten
  // times more pairs, a shared weight says what "between, nearest, cue of OWNS" means in English word order.
  if (context.language === "ru" || context.language === "zh") {
    const lang = context.language;
    const end = f.length;
    f.push(...clauseFeatures(context, from, to, lead, tail, `${ks}>${ko}`, dir));
    for (let i = shared; i < end; i++) {
      const feature = f[i] as string;
      if (STRUCTURAL.test(feature)) f.push(`${lang}|${feature}`);
    }
  }
  const rulePair = `${s.entity.id}|${o.entity.id}`;
  // A rule's fact on the pair puts the pair in rulePairs, so a pair not there has no r:<predicate> to look up.
  if (context.rulePairs.has(rulePair)) {
    f.push("r:pair");
    for (const name of context.ruleFeatures.get(rulePair) ?? []) f.push(name);
  }
  return f;
}
