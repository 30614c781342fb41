import { isoOf } from "../parse-dates.js";
import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Predicate } from "../types.js";

/** Predicates whose figure an English sentence often states twice, now and before: a stake, an output, reserves. */
const TWICE = new Set<Predicate>(["OWNS", "PRODUCES", "HAS_RESERVES"]);

/**
 * What stands between the figures of now and the figures of before: "34% from 20%", "2,900 tonnes in 2019, up
 * from 2,500 tonnes", "held 33% and 11%, down from 43% and 15% respectively", "compared with 190,000 tonnes". Not
 * "to": "from 7,000 to 8,000 tonnes" is a range, and "rose from 20% to 34%" puts the earlier figure first.
 */
const EARLIER = /(?:(?<!\p{L})(?:up|down|rising|falling|rose|fell|increased|decreased|climbing|dropping)\s+)?(?<!\p{L})(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:a|the)\s+)?(?:(?:total|high|low|record|level)\s+of\s+)?$/u;

/**
 * The earlier figures a sentence sets against the one a fact took ("Kestrel produced 84,500 tonnes of zinc in
 * 2021 compared with 97,300 tonnes in 2020"): a second fact for the same pair, with the figure at the same place
 * in the list after the marker as the fact's figure has in the list before it, and the date that follows that
 * list. The two lists must be the same length, so "respectively" pairs them one by one. English only.
 */
export function withEarlierFigures(frame: SentenceFrame, facts: readonly ExtractedFact[]): ExtractedFact[] {
  const figures = frame.quantityIndexes();
  if (figures.length < 2) return [...facts];
  const out = [...facts];
  // Earlier figures of two paired lists with the pair they belong to ("199,000 tonnes" is copper's): another pair's
  // fact that took one of them (a rule reading "cobalt … 199,000 tonnes" by nearness) is dropped.
  const pairedWith = new Map<string, string>();
  for (const fact of facts) {
    if (!TWICE.has(fact.predicate) || fact.value === null || fact.valueMin !== undefined || fact.valueMax !== undefined) continue;
    const same = figures.filter((i) => frame.quantity(i)?.unit === fact.unit);
    const at = same.findIndex((i) => frame.quantity(i)?.value === fact.value);
    if (at < 0) continue;
    const gap = (k: number) => frame.between(same[k] as number, same[k + 1] as number);
    const near = (k: number, most: number) => !gap(k).includes(";") && gap(k).length <= most;
    // The marker between two neighbouring figures of the unit, at or after the fact's figure.
    let split = -1;
    for (let k = at; k + 1 < same.length && near(k, 80); k++) {
      if (EARLIER.test(gap(k))) {
        split = k + 1;
        break;
      }
    }
    if (split < 0) continue;
    let first = split - 1;
    while (first > 0 && near(first - 1, 80) && !EARLIER.test(gap(first - 1))) first--;
    let end = split + 1;
    while (end < same.length && near(end - 1, 40)) end++;
    const now = split - first;
    const then = end - split;
    // Lists of equal length pair up one by one; a lone earlier figure goes with the last figure before it.
    const earlierAt = then === now ? split + (at - first) : then === 1 && at === split - 1 ? split : -1;
    const earlier = earlierAt < 0 ? undefined : frame.quantity(same[earlierAt] as number);
    // A rule may have read the earlier figure already (with the wrong year, perhaps): one fact per figure.
    if (!earlier) continue;
    if (then === now && now > 1) pairedWith.set(`${fact.predicate}|${earlier.value}`, `${fact.subject.id}|${fact.object.id}`);
    if (out.some((f) => f.value === earlier.value && f.predicate === fact.predicate && f.subject.id === fact.subject.id && f.object.id === fact.object.id)) continue;
    const last = same[end - 1] as number;
    const next = same[end];
    const dateAt = frame.dateIndexes().find((i) => i > last && (next === undefined || i < next) && !frame.between(last, i).includes(";"));
    const item = dateAt === undefined ? undefined : frame.items[dateAt];
    const properties = { ...fact.properties };
    if (item?.type === "date") properties.date = isoOf(item.date);
    else delete properties.date;
    out.push({ ...fact, value: earlier.value, year: item?.type === "date" ? item.date.year : null, properties, status: fact.status === "planned" ? "reported" : fact.status, confidence: Math.round(fact.confidence * 90) / 100 });
  }
  if (pairedWith.size === 0) return out;
  return out.filter((f) => {
    const owner = pairedWith.get(`${f.predicate}|${f.value}`);
    return owner === undefined || owner === `${f.subject.id}|${f.object.id}`;
  });
}
