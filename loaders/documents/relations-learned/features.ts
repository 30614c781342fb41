import { agentOfElement } from "./agent-nouns.js";
import { argKindOf } from "./arg-kinds.js";
import { withoutAsides } from "./asides.js";
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

/**
 * What a feature becomes as it is collected: its name (training, evaluation) or what the model makes of it
 * (scoring: its row's offset in the weights, see RelationModel.offsetOf).
 */
export type EncodeFeature<T> = (name: string) => T;

/**
 * Word features of one kind in a sentence by word index, encoded: the pairs of a sentence share most of their
 * words, so a word feature is named, and looked up in the weights, once per sentence rather than once per pair.
 */
export type WordFeatureCache<T> = Map<string, T[]>;

function cacheOf<T>(cache: WordFeatureCache<T>, kind: string): T[] {
  let encoded = cache.get(kind);
  if (!encoded) {
    encoded = [];
    cache.set(kind, encoded);
  }
  return encoded;
}

const asName: EncodeFeature<string> = (name) => name;

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
  return collectPairFeatures(context, subject, object, withSentence ? [...context.sentenceFeatures] : [], asName, context.wordFeatureNames);
}

/**
 * The features pairFeatures names (without the sentence's own), each as `encode` makes it, in the same order:
 * the model scores a pair from its rows' offsets, and the offsets of word features are found once per sentence
 * (`words`, one cache per sentence and encoder).
 */
export function encodedPairFeatures<T>(context: SentenceContext, subject: number, object: number, encode: EncodeFeature<T>, words: WordFeatureCache<T>): T[] {
  return collectPairFeatures(context, subject, object, [], encode, words);
}

function collectPairFeatures<T>(context: SentenceContext, subject: number, object: number, f: T[], encode: EncodeFeature<T>, sentenceWords: WordFeatureCache<T>): T[] {
  let words = sentenceWords;
  const { frame } = context;
  const s = frame.entity(subject);
  const o = frame.entity(object);
  if (!s || !o) return [];
  // Russian and Chinese readings get their own copy of the structural features (see the end), so their names
  // are kept as they are added. Word features (b, bb, bf, bl, L, L1, R, R1) are never structural.
  const structural: string[] | undefined = context.language === "ru" || context.language === "zh" ? [] : undefined;
  const add = (name: string) => {
    f.push(encode(name));
    if (structural && STRUCTURAL.test(name)) structural.push(name);
  };
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
  add(`k:${ks}>${ko}`);
  add(`d:${dir}`);
  add(`dk:${dir}:${ks}>${ko}`);
  if (last !== outerLast) add(`list:${dir}:last`);
  if (first !== outer) add(`list:${dir}:first`);
  const allBetween = context.words(frame.slotEnd(first), frame.slotStart(last));
  const between = withoutAsides(allBetween);
  // Word features are cached by their index in the sentence, which an aside taken out no longer gives.
  if (between !== allBetween) words = new Map();
  add(`n:${bucket(between.length)}`);
  add(`nd:${dir}:${bucket(between.length)}`);
  if (between.length === 0) add(`adj:${dir}`);
  let names = 0;
  // Word features are encoded once per sentence and word (`words`): `at` is the first between word's index.
  const at = context.wordIndex(frame.slotEnd(first));
  const b = cacheOf(words, dir === "so" ? "b:so" : "b:os");
  const bb = cacheOf(words, dir === "so" ? "bb:so" : "bb:os");
  for (let i = 0; i < between.length; i++) {
    const w = between[i] as string;
    // A slot other than a date, a share or a tonnage is a name.
    if (w.charCodeAt(0) === 0x27e6 && w[1] !== "d" && w[1] !== "%" && w[1] !== "t") names++;
    f.push((b[at + i] ??= encode(`b:${dir}:${w}`)));
    if (i + 1 < between.length) f.push((bb[at + i] ??= encode(`bb:${dir}:${w}_${between[i + 1]}`)));
  }
  add(`ne:${bucket(names)}`);
  if (between.length > 0) {
    const lastAt = at + between.length - 1;
    f.push((cacheOf(words, dir === "so" ? "bf:so" : "bf:os")[at] ??= encode(`bf:${dir}:${between[0]}`)));
    f.push((cacheOf(words, dir === "so" ? "bl:so" : "bl:os")[lastAt] ??= encode(`bl:${dir}:${between[between.length - 1]}`)));
  }
  const before = context.wordsBefore(frame.slotStart(outer), WINDOW);
  const after = context.wordsAfter(frame.slotEnd(outerLast), WINDOW);
  const firstRole = outer === subject ? "s" : "o";
  const lastRole = outerLast === subject ? "s" : "o";
  const beforeAt = context.wordIndex(frame.slotStart(outer)) - before.length;
  const afterAt = context.wordIndex(frame.slotEnd(outerLast));
  const left = cacheOf(words, firstRole === "s" ? "Ls" : "Lo");
  const right = cacheOf(words, lastRole === "s" ? "Rs" : "Ro");
  for (let i = 0; i < before.length; i++) {
    const w = before[i] as string;
    f.push((left[beforeAt + i] ??= encode(`L${firstRole}:${w}`)));
    if (i === before.length - 1) f.push((cacheOf(words, firstRole === "s" ? "L1s" : "L1o")[beforeAt + i] ??= encode(`L1${firstRole}:${w}`)));
  }
  for (let i = 0; i < after.length; i++) {
    const w = after[i] as string;
    f.push((right[afterAt + i] ??= encode(`R${lastRole}:${w}`)));
    if (i === 0) f.push((cacheOf(words, lastRole === "s" ? "R1s" : "R1o")[afterAt] ??= encode(`R1${lastRole}:${w}`)));
  }
  const from = frame.slotEnd(first);
  const to = frame.slotStart(last);
  for (const t of namesBetween(context.triggerSpans, from, to)) add(`tr:${dir}:${t}`);
  for (const cue of namesBetween(context.cueSpans, from, to)) {
    add(`c:${cue}`);
    add(`cd:${dir}:${cue}`);
    add(`ck:${cue}:${ks}>${ko}`);
  }
  // Cue words hugging the outer names ("⟦country⟧-based", "shares of ⟦actor⟧"): where apposition puts them.
  const lead = frame.slotStart(outer);
  const tail = frame.slotEnd(outerLast);
  for (const cue of namesBetween(context.cueSpans, Math.max(0, lead - HUG), lead)) add(`cL${firstRole}:${cue}:${ks}>${ko}`);
  for (const cue of namesBetween(context.cueSpans, tail, tail + HUG)) add(`cR${lastRole}:${cue}:${ks}>${ko}`);
  if (context.language === "en") {
    // Dependency-free syntax for English, where most training pairs are: the shape of what stands between the
    // names, and the relation word nearest each name.
    const shape = context.skeleton(from, to);
    add(shape === undefined ? `sk:${dir}:long` : `sk:${dir}:${shape}`);
    if (shape !== undefined) {
      add(`skk:${dir}:${ks}>${ko}:${shape}`);
      // The shape with the two words either side of the pair: "⟦actor⟧ , a ⟦country⟧ -based", "⟦country⟧ 's … ⟦actor⟧".
      const outside = `${before.slice(-2).join("_")}|${after.slice(0, 2).join("_")}`;
      add(`skw:${dir}:${ks}>${ko}:${outside}|${shape}`);
      add(`skr:${dir}:${ks}>${ko}:${shape}|${after.slice(0, 2).join("_")}`);
      add(`skl:${dir}:${ks}>${ko}:${before.slice(-2).join("_")}|${shape}`);
    }
    const nearS = context.nearestCue(frame.slotStart(subject), frame.slotEnd(subject), 24);
    const nearO = context.nearestCue(frame.slotStart(object), frame.slotEnd(object), 24);
    if (nearS) add(`ns:${nearS}:${ks}>${ko}`);
    if (nearO) add(`no:${nearO}:${ks}>${ko}`);
    for (const cue of namesBetween(context.cueSpans, from, to)) add(`cdk:${dir}:${cue}:${ks}>${ko}`);
    if (ko === "element" && ks !== "element") {
      const agent = agentOfElement(context, object);
      if (agent) {
        add(`ag:${dir}:${agent}`);
        add(`agn:${dir}:${bucket(between.length)}`);
        add(`agk:${dir}:${ks}`);
      }
    }
    // What kind of actor or site each name is (a state body, a person, a mine): a minister who signs an order
    // owns nothing, and a plant is where a company produces rather than what it owns.
    add(`ty:${s.entity.type ?? "?"}>${o.entity.type ?? "?"}`);
    add(`tys:${s.entity.type ?? "?"}`);
    add(`tyo:${o.entity.type ?? "?"}`);
  }
  // Nothing of the object's kind between the names: the object is the subject's nearest candidate.
  const between3 = between.join(" ");
  if (!between3.includes(`⟦${ko}⟧`)) add(`near:${dir}:o`);
  if (!between3.includes(`⟦${ks}⟧`)) add(`near:${dir}:s`);
  // A carried pair (carried.ts): which role the unnamed main subject takes, and how the sentence opens ("the
  // company", "месторождение", "该公司"), which is where a sentence about it without its name says so.
  if (s.via === "carried" || o.via === "carried") {
    const role = s.via === "carried" ? "s" : "o";
    add(`cv:${role}:${ks}>${ko}`);
    context.wordsAfter(0, 2).forEach((w, i) => add(`cf${i}:${role}:${w}`));
  }
  // A Chinese sentence's left-out subject (topic-zh.ts): its role and the words the sentence opens with after it
  // ("其持有", "主要生产", "年产能").
  if (s.via === "topic" || o.via === "topic") {
    const role = s.via === "topic" ? "s" : "o";
    const opening = context.wordsAfter(frame.slotEnd(role === "s" ? subject : object), 2);
    add(`tv:${role}:${ks}>${ko}`);
    opening.forEach((w, i) => add(`tf${i}:${role}:${w}`));
  }
  if (s.via !== "name") add(`vs:${s.via}`);
  if (o.via !== "name") add(`vo:${o.via}`);
  if (s.entity.discovered) add("ds");
  if (o.entity.discovered) add("do");
  // Russian and Chinese readings get their own copy of the structural features: trained with English's ten
  // times more pairs, a shared weight says what "between, nearest, cue of OWNS" means in English word order.
  if (structural) {
    const lang = context.language;
    for (const name of clauseFeatures(context, from, to, lead, tail, `${ks}>${ko}`, dir)) f.push(encode(name));
    for (const name of structural) f.push(encode(`${lang}|${name}`));
  }
  const rulePair = `${s.entity.id}|${o.entity.id}`;
  // A rule's fact on the pair puts the pair in rulePairs, so a pair not there has no r:<predicate> to look up.
  if (context.rulePairs.has(rulePair)) {
    f.push(encode("r:pair"));
    for (const name of context.ruleFeatures.get(rulePair) ?? []) f.push(encode(name));
  }
  return f;
}
