import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Predicate } from "../types.js";

/** Figures a list of subjects can hold together: a sum invested, a tonnage produced or held. */
const JOINT = new Set<Predicate>(["INVESTS_IN", "PRODUCES", "HAS_RESERVES"]);
/** What stands between two members of one list of names. */
const LIST_GAP = /^(?:\s|,|，|、|and|as well as|together with|и|а также|совместно с|和|及|与|以及)*$/u;
/** "each", "respectively": every member holds the figure, or its own one. */
const EACH = /(?<!\p{L})(?:each|respectively|apiece|каждая|каждый|соответственно)(?!\p{L})|分别|分別|各自|各/u;

const figured = (f: ExtractedFact) => f.value !== null || f.valueMin !== undefined || f.valueMax !== undefined;
const figureOf = (f: ExtractedFact) => `${f.predicate}|${f.value}|${f.valueMin}|${f.valueMax}|${f.unit}`;
/** Facts that differ only in their subject, or only in their object. */
const bySubjects = (f: ExtractedFact) => `s|${f.object.id}|${figureOf(f)}`;
const byObjects = (f: ExtractedFact) => `o|${f.subject.id}|${figureOf(f)}`;

/**
 * Whether two of the names are next to each other in one list ("JOGMEC and Sojitz", "nickel and cobalt"). Elements
 * need a word or mark between: "硅锰合金" is silicomanganese, an alloy counted as manganese, not a list.
 */
function listedTogether(frame: SentenceFrame, names: ReadonlySet<string>, separated: boolean): boolean {
  const at: number[] = [];
  frame.items.forEach((item, i) => {
    if (item.type === "entity" && names.has(item.mention.entity.id)) at.push(i);
  });
  for (let k = 0; k + 1 < at.length; k++) {
    const a = at[k] as number;
    const b = at[k + 1] as number;
    const ida = frame.entity(a)?.entity.id;
    const gap = frame.between(a, b);
    if (ida !== frame.entity(b)?.entity.id && LIST_GAP.test(gap) && (!separated || gap.trim() !== "")) return true;
  }
  return false;
}

/**
 * "JOGMEC and Sojitz have invested $9 million in Lynas", "produced 1,300 tonnes of neodymium and praseodymium": an
 * amount given jointly for several listed subjects or objects is one fact each without the amount (the news
 * guidelines' call), not the amount given to each, or to whichever reading scored highest and the others dropped
 * as sharing it. Returns the facts with such figures removed.
 */
export function withJointFigures(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  const groups = new Map<string, Set<string>>();
  const add = (key: string, id: string) => groups.set(key, (groups.get(key) ?? new Set<string>()).add(id));
  for (const f of facts) {
    if (!JOINT.has(f.predicate) || !figured(f)) continue;
    add(bySubjects(f), f.subject.id);
    // Only elements: two firms the model both gave one sum are more often one investee and a bystander.
    if (f.object.kind === "Element") add(byObjects(f), f.object.id);
  }
  const joint = new Set([...groups].filter(([, names]) => names.size > 1).map(([key]) => key));
  if (joint.size === 0 || EACH.test(frame.text.slice(frame.sentence.start, frame.sentence.end))) return [...facts];
  for (const key of joint) if (!listedTogether(frame, groups.get(key) as Set<string>, key.startsWith("o|"))) joint.delete(key);
  if (joint.size === 0) return [...facts];
  return facts.map((f) => {
    if (!joint.has(bySubjects(f)) && !joint.has(byObjects(f))) return f;
    const { valueMin: _min, valueMax: _max, ...rest } = f;
    return { ...rest, value: null, unit: null };
  });
}
