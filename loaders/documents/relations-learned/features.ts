import { agentOfElement } from "./agent-nouns.js";
import { argKindOf, type ArgKind } from "./arg-kinds.js";
import { withoutAsides } from "./asides.js";
import { clauseFeatures } from "./clause-features.js";
import { featureTemplate, keyedFeaturesOf, partId, type EncodeFeature, type FeatureTemplate } from "./feature-keys.js";
import { idsBetween, type SentenceContext } from "./sentence-context.js";

export type { EncodeFeature } from "./feature-keys.js";

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
/** bucket(n)'s part id for every n up to 21, where the buckets end. */
const BUCKET_IDS = Array.from({ length: 22 }, (_, n) => partId(bucket(n)));
const bucketId = (n: number) => BUCKET_IDS[Math.min(n, 21)] as number;
const WINDOW = 3;
/** How many template characters beside a pair count as hugging it. */
const HUG = 16;

// Languages first: they are the first part of the four-part language copies, whose part ids must stay small.
for (const language of ["en", "ru", "zh", "other"]) partId(language);
const SO = partId("so");
const OS = partId("os");
const ROLE_S = partId("s");
const ROLE_O = partId("o");
const ARG_KINDS: readonly ArgKind[] = ["actor", "asset", "country", "element", "region", "other"];
/** `${subject kind}>${object kind}` as one part: kinds travel together in most features. */
const KINDS_IDS = new Map(ARG_KINDS.map((s) => [s, new Map(ARG_KINDS.map((o) => [o, partId(`${s}>${o}`)]))]));
const kindsId = (s: ArgKind, o: ArgKind) => KINDS_IDS.get(s)?.get(o) ?? partId(`${s}>${o}`);
/** The slot word a name of each kind leaves among the words (SentenceContext.slotName). */
const SLOT_WORDS = new Map(ARG_KINDS.map((kind) => [kind, `⟦${kind}⟧`]));
/** `<NAME` and `>NAME` (a trigger or cue word before or after a name) as parts, by the name's own part id. */
const sideIds: Array<[number, number] | undefined> = [];
function sideIdOf(name: string, id: number, before: boolean): number {
  let ids = sideIds[id];
  if (!ids) sideIds[id] = ids = [partId(`<${name}`), partId(`>${name}`)];
  return before ? ids[0] : ids[1];
}

/**
 * The shape features, by template (feature-keys.ts); `true` marks the structural ones, which Russian and Chinese
 * readings get a copy of: a shared weight says what "between, nearest, cue of OWNS" means in English word order.
 */
const F = {
  kinds: featureTemplate("k:%", true),
  dir: featureTemplate("d:%"),
  dirKinds: featureTemplate("dk:%:%", true),
  listLast: featureTemplate("list:%:last", true),
  listFirst: featureTemplate("list:%:first", true),
  count: featureTemplate("n:%", true),
  dirCount: featureTemplate("nd:%:%", true),
  adjacent: featureTemplate("adj:%", true),
  namesBetween: featureTemplate("ne:%", true),
  trigger: featureTemplate("tr:%:%", true),
  cue: featureTemplate("c:%", true),
  dirCue: featureTemplate("cd:%:%", true),
  kindsCue: featureTemplate("ck:%:%", true),
  cueLeft: featureTemplate("cL%:%:%", true),
  cueRight: featureTemplate("cR%:%:%", true),
  longShape: featureTemplate("sk:%:long"),
  nearS: featureTemplate("ns:%:%"),
  nearO: featureTemplate("no:%:%"),
  dirCueKinds: featureTemplate("cdk:%:%:%"),
  agent: featureTemplate("ag:%:%"),
  agentCount: featureTemplate("agn:%:%"),
  agentKind: featureTemplate("agk:%:%"),
  types: featureTemplate("ty:%>%"),
  typeS: featureTemplate("tys:%"),
  typeO: featureTemplate("tyo:%"),
  nearestO: featureTemplate("near:%:o", true),
  nearestS: featureTemplate("near:%:s", true),
  carried: featureTemplate("cv:%:%"),
  topic: featureTemplate("tv:%:%"),
  viaS: featureTemplate("vs:%", true),
  viaO: featureTemplate("vo:%", true),
  discoveredS: featureTemplate("ds"),
  discoveredO: featureTemplate("do"),
  rulePair: featureTemplate("r:pair"),
};

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
  const keyed = keyedFeaturesOf(encode);
  // Russian and Chinese readings get their own copy of the structural features (see the end), so their
  // templates and parts are kept as they are added. Word features (b, bb, bf, bl, L, L1, R, R1) are never structural.
  const copies: FeatureTemplate[] | undefined = context.language === "ru" || context.language === "zh" ? [] : undefined;
  const copyParts: number[] = [];
  const add = (template: FeatureTemplate, a = 0, b = 0, c = 0) => {
    f.push(keyed.get(template, a, b, c));
    if (copies && template.structural) {
      copies.push(template);
      copyParts.push(a, b, c);
    }
  };
  const ks = argKindOf(s.entity.id);
  const ko = argKindOf(o.entity.id);
  const kinds = kindsId(ks, ko);
  const dir = subject < object ? "so" : "os";
  const d = subject < object ? SO : OS;
  const outer = Math.min(subject, object);
  const outerLast = Math.max(subject, object);
  const firstKind = outer === subject ? ks : ko;
  const lastKind = outer === subject ? ko : ks;
  // Members of an enumeration are read through the member nearest the other name (see listMemberNearest).
  const last = listMemberNearest(frame, outerLast, outer, lastKind);
  const first = listMemberNearest(frame, outer, last, firstKind);
  add(F.kinds, kinds);
  add(F.dir, d);
  add(F.dirKinds, d, kinds);
  if (last !== outerLast) add(F.listLast, d);
  if (first !== outer) add(F.listFirst, d);
  const allBetween = context.words(frame.slotEnd(first), frame.slotStart(last));
  const between = withoutAsides(allBetween);
  // Word features are cached by their index in the sentence, which an aside taken out no longer gives.
  if (between !== allBetween) words = new Map();
  add(F.count, bucketId(between.length));
  add(F.dirCount, d, bucketId(between.length));
  if (between.length === 0) add(F.adjacent, d);
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
  add(F.namesBetween, bucketId(names));
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
  for (const t of idsBetween(context.triggerSpans, from, to)) add(F.trigger, d, t);
  const cuesBetween = idsBetween(context.cueSpans, from, to);
  for (const cue of cuesBetween) {
    add(F.cue, cue);
    add(F.dirCue, d, cue);
    add(F.kindsCue, cue, kinds);
  }
  // Cue words hugging the outer names ("⟦country⟧-based", "shares of ⟦actor⟧"): where apposition puts them.
  const lead = frame.slotStart(outer);
  const tail = frame.slotEnd(outerLast);
  for (const cue of idsBetween(context.cueSpans, Math.max(0, lead - HUG), lead)) add(F.cueLeft, firstRole === "s" ? ROLE_S : ROLE_O, cue, kinds);
  for (const cue of idsBetween(context.cueSpans, tail, tail + HUG)) add(F.cueRight, lastRole === "s" ? ROLE_S : ROLE_O, cue, kinds);
  if (context.language === "en") {
    // Dependency-free syntax for English, where most training pairs are: the shape of what stands between the
    // names, and the relation word nearest each name.
    const shape = context.skeleton(from, to);
    if (shape === undefined) add(F.longShape, d);
    else {
      f.push(encode(`sk:${dir}:${shape}`));
      const kindsName = `${ks}>${ko}`;
      f.push(encode(`skk:${dir}:${kindsName}:${shape}`));
      // The shape with the two words either side of the pair: "⟦actor⟧ , a ⟦country⟧ -based", "⟦country⟧ 's … ⟦actor⟧".
      const outside = `${before.slice(-2).join("_")}|${after.slice(0, 2).join("_")}`;
      f.push(encode(`skw:${dir}:${kindsName}:${outside}|${shape}`));
      f.push(encode(`skr:${dir}:${kindsName}:${shape}|${after.slice(0, 2).join("_")}`));
      f.push(encode(`skl:${dir}:${kindsName}:${before.slice(-2).join("_")}|${shape}`));
    }
    const nearS = context.nearestCue(frame.slotStart(subject), frame.slotEnd(subject), 24);
    const nearO = context.nearestCue(frame.slotStart(object), frame.slotEnd(object), 24);
    if (nearS) add(F.nearS, sideIdOf(nearS.span.name, nearS.span.id, nearS.before), kinds);
    if (nearO) add(F.nearO, sideIdOf(nearO.span.name, nearO.span.id, nearO.before), kinds);
    for (const cue of cuesBetween) add(F.dirCueKinds, d, cue, kinds);
    if (ko === "element" && ks !== "element") {
      const agent = agentOfElement(context, object);
      if (agent) {
        add(F.agent, d, partId(agent));
        add(F.agentCount, d, bucketId(between.length));
        add(F.agentKind, d, partId(ks));
      }
    }
    // What kind of actor or site each name is (a state body, a person, a mine): a minister who signs an order
    // owns nothing, and a plant is where a company produces rather than what it owns.
    const typeS = partId(s.entity.type ?? "?");
    const typeO = partId(o.entity.type ?? "?");
    add(F.types, typeS, typeO);
    add(F.typeS, typeS);
    add(F.typeO, typeO);
  }
  // Nothing of the object's kind between the names: the object is the subject's nearest candidate. (Slot words are
  // whole words, so this is what searching the joined words for the slot finds.)
  if (!between.includes(SLOT_WORDS.get(ko) as string)) add(F.nearestO, d);
  if (!between.includes(SLOT_WORDS.get(ks) as string)) add(F.nearestS, d);
  // A carried pair (carried.ts): which role the unnamed main subject takes, and how the sentence opens ("the
  // company", "месторождение", "该公司"), which is where a sentence about it without its name says so.
  if (s.via === "carried" || o.via === "carried") {
    const role = s.via === "carried" ? "s" : "o";
    add(F.carried, role === "s" ? ROLE_S : ROLE_O, kinds);
    context.wordsAfter(0, 2).forEach((w, i) => f.push(encode(`cf${i}:${role}:${w}`)));
  }
  // A Chinese sentence's left-out subject (topic-zh.ts): its role and the words the sentence opens with after it
  // ("其持有", "主要生产", "年产能").
  if (s.via === "topic" || o.via === "topic") {
    const role = s.via === "topic" ? "s" : "o";
    const opening = context.wordsAfter(frame.slotEnd(role === "s" ? subject : object), 2);
    add(F.topic, role === "s" ? ROLE_S : ROLE_O, kinds);
    opening.forEach((w, i) => f.push(encode(`tf${i}:${role}:${w}`)));
  }
  if (s.via !== "name") add(F.viaS, partId(s.via));
  if (o.via !== "name") add(F.viaO, partId(o.via));
  if (s.entity.discovered) add(F.discoveredS);
  if (o.entity.discovered) add(F.discoveredO);
  // Russian and Chinese readings get their own copy of the structural features: trained with English's ten
  // times more pairs, a shared weight says what "between, nearest, cue of OWNS" means in English word order.
  if (copies) {
    const lang = partId(context.language);
    clauseFeatures(context, from, to, lead, tail, kinds, d, f, keyed);
    for (let i = 0; i < copies.length; i++) {
      const template = copies[i] as FeatureTemplate;
      f.push(keyed.get(template.copy as FeatureTemplate, lang, copyParts[3 * i], copyParts[3 * i + 1], copyParts[3 * i + 2]));
    }
  }
  const rulePair = `${s.entity.id}|${o.entity.id}`;
  // A rule's fact on the pair puts the pair in rulePairs, so a pair not there has no r:<predicate> to look up.
  if (context.rulePairs.has(rulePair)) {
    f.push(keyed.get(F.rulePair));
    for (const name of context.ruleFeatures.get(rulePair) ?? []) f.push(encode(name));
  }
  return f;
}
