import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact } from "../types.js";

const QUOTES = String.raw`[\s«»"“”„'’]*`;
/** What joins two names of one enumeration in Russian: a comma, «и», «или», quotes round either name. */
const JOINED = new RegExp(String.raw`^${QUOTES}(?:,|(?:,\s*)?(?:и|или|а также))${QUOTES}$`, "u");
const CONJUNCTION = /(?<!\p{L})(?:и|или|а также)(?!\p{L})/u;

/**
 * Whether the entities at item indexes `a` < `b` are members of one enumeration: only joiners between them, and
 * «и» or «или» somewhere in the list (a comma alone may be an apposition: "«А», дочка «Б»" is not a list).
 */
function sameEnumeration(frame: SentenceFrame, a: number, b: number): boolean {
  let conjunction = false;
  let i = a;
  for (; frame.entity(i + 1) && JOINED.test(frame.between(i, i + 1)); i++) conjunction ||= CONJUNCTION.test(frame.between(i, i + 1));
  return i >= b && conjunction;
}

function indexesOf(frame: SentenceFrame, id: string): number[] {
  const found: number[] = [];
  frame.items.forEach((item, i) => {
    if (item.type === "entity" && item.mention.entity.id === id) found.push(i);
  });
  return found;
}

/** Whether two entities are named as members of one enumeration somewhere in the sentence. */
function listedTogether(frame: SentenceFrame, a: string, b: string): boolean {
  const as = indexesOf(frame, a);
  const bs = indexesOf(frame, b);
  return as.some((i) => bs.some((j) => (i < j ? sameEnumeration(frame, i, j) : sameEnumeration(frame, j, i))));
}

/** The members of the enumeration item `at` belongs to, in order (just `at` when it is in none). */
function enumerationOf(frame: SentenceFrame, at: number): number[] {
  let first = at;
  while (first > 0 && frame.entity(first - 1) && JOINED.test(frame.between(first - 1, first))) first--;
  const members = [first];
  while (frame.entity(members[members.length - 1]! + 1) && JOINED.test(frame.between(members[members.length - 1]!, members[members.length - 1]! + 1))) members.push(members[members.length - 1]! + 1);
  return members.length > 1 && sameEnumeration(frame, first, members[members.length - 1]!) ? members : [at];
}

/** A plural verb of holding right after a list of names: the list holds what follows, each member of it. */
const HELD_BY_ALL = /^[\s«»"“”„'’]*(?:совместно\s+|вместе\s+)?(?:владеют|контролируют|принадлежат|получили|получат|приобрели|приобретут|купили|купят|выкупили|выкупят)(?!\p{L})/u;

/**
 * "«А» и «Б» владеют по 50% «В»", "А и Б поделят пакет поровну": names listed
 * together are fellow holders of what the sentence goes on to name, not owner and owned. A Russian reading
 * between two members of one enumeration is dropped, whoever read it; one of a member that the list's
 * plural verb ("владеют", "приобрели") gives to all is given to every member, its figure only where each holds it
 * ("по 50%").
 */
export function withoutCoHoldersRu(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  if (frame.sentence.language !== "ru") return [...facts];
  // Nor is any other relation read between two members of one list ("в списках США и Европейского союза").
  const kept = facts.filter((f) => !listedTogether(frame, f.subject.id, f.object.id));
  // "Б перешла к «В», созданной «Г» и «Д» на паритетных началах": where a rule names Б's owner В and
  // the sentence has Г owning В, the model's Г owning Б skips a level of the chain.
  const owns = new Set(kept.filter((f) => f.predicate === "OWNS").map((f) => `${f.subject.id}|${f.object.id}`));
  const ruleOwners = kept.filter((f) => f.predicate === "OWNS" && f.extractor !== "relations-learned");
  const skips = (f: ExtractedFact) => f.predicate === "OWNS" && f.extractor === "relations-learned" && ruleOwners.some((r) => r.object.id === f.object.id && r.subject.id !== f.subject.id && owns.has(`${f.subject.id}|${r.subject.id}`));
  const direct = kept.filter((f) => !skips(f));
  const read = new Set(direct.map((f) => `${f.subject.id}|${f.predicate}|${f.object.id}`));
  const each = EACH_RU.test(frame.template);
  const shared: ExtractedFact[] = [];
  for (const f of direct) {
    if (f.predicate !== "OWNS") continue;
    for (const s of indexesOf(frame, f.subject.id)) {
      const members = enumerationOf(frame, s);
      const last = members[members.length - 1]!;
      if (members.length < 2 || !HELD_BY_ALL.test(frame.template.slice(frame.slotEnd(last)))) continue;
      for (const m of members) {
        const holder = frame.entity(m)?.entity;
        if (!holder || holder.id === f.object.id || read.has(`${holder.id}|OWNS|${f.object.id}`)) continue;
        read.add(`${holder.id}|OWNS|${f.object.id}`);
        const figure = each ? {} : { value: null, valueMin: undefined, valueMax: undefined, unit: null };
        shared.push({ ...f, ...figure, subject: { id: holder.id, name: holder.name, kind: holder.kind } });
      }
    }
  }
  return [...direct, ...shared];
}

/** "А и Б владеют по 50%", "каждой из компаний принадлежит 25%": each listed holder holds the one figure. */
export const EACH_RU = /(?<!\p{L})(?:(?:владе\p{L}*|принадлеж\p{L}*|получ\p{L}*|инвестир\p{L}*|вложи\p{L}*|контролиру\p{L}*)\s+по\s+⟦q|по\s+⟦q\d+⟧\s+(?:акций|долей|доли|процент\p{L}*)|кажд\p{L}*\s+(?:из\s+\p{L}+\s+)?(?:владе|принадлеж|получ|инвестир))/u;
