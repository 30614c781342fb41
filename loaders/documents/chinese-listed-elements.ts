import type { Gazetteer } from "./gazetteer.js";
import { MentionCoverage } from "./mention-coverage.js";
import type { Block, Mention } from "./types.js";

/**
 * Chinese writes gold and silver as 黄金 and 白银, but in a list of metals as one character: "铜、铅、金和银". Alone,
 * 金 and 银 are in countless words (资金, 银行, 紫金); as an item of a list whose neighbour is a metal already read,
 * they are the metals.
 */
const SINGLE = new Map([["金", "黄金"], ["银", "白银"], ["銀", "白银"]]);
/** What joins the items of a list: an enumeration comma, 和/与/及/或. */
const JOINER = /^[、，,和与與及或]$/u;
/** What may follow the list's last item. */
const AFTER_LAST = /^(?:[、，,。；;：:）)」”和与與及或等]|$)/u;
/**
 * What may stand before a list's first item: a verb or word that opens a list ("产出金、银和铜", "包括金、铜"), a colon
 * or bracket, anything not Chinese. Any other character may make a word with it: "资金、铜价" is no list of gold.
 */
const BEFORE_FIRST = /^(?:[有含括如为為是出产產：:（(“「『\s]|[^\p{Script=Han}]|$)/u;

export function withListedElementsZh(known: readonly Mention[], text: string, blocks: readonly Block[], gazetteer: Gazetteer): Mention[] {
  const candidates: { start: number; name: string }[] = [];
  for (const block of blocks) {
    if (block.role === "furniture" || block.language !== "zh") continue;
    for (let at = block.start; at < block.end; at++) {
      const name = SINGLE.get(text[at] ?? "");
      // A list item stands alone: "金属" after "钴、" is no item, nor is "资金" before "、铜".
      if (name && AFTER_LAST.test(text.slice(at + 1, at + 2)) && (JOINER.test(text[at - 1] ?? "") || BEFORE_FIRST.test(text.slice(at - 1, at)))) candidates.push({ start: at, name });
    }
  }
  if (candidates.length === 0) return [...known];
  const elementAt = new Map<number, Mention>();
  const elementEnd = new Map<number, Mention>();
  for (const m of known) {
    if (m.entity.kind !== "Element") continue;
    elementAt.set(m.start, m);
    elementEnd.set(m.end, m);
  }
  const coverage = new MentionCoverage(text.length, known);
  const added: Mention[] = [];
  // Each item added may make its neighbour a list item: read until nothing more joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of candidates) {
      if (elementAt.has(c.start) || coverage.taken(c.start, c.start + 1)) continue;
      const before = JOINER.test(text[c.start - 1] ?? "") && elementEnd.has(c.start - 1);
      const after = JOINER.test(text[c.start + 1] ?? "") && elementAt.has(c.start + 2);
      const entity = before || after ? gazetteer.lookupName(c.name, ["Element"]) : undefined;
      if (!entity) continue;
      const mention: Mention = { entity, start: c.start, end: c.start + 1, text: text[c.start] ?? "", via: "alias", confidence: 0.8 };
      added.push(mention);
      elementAt.set(mention.start, mention);
      elementEnd.set(mention.end, mention);
      grew = true;
    }
  }
  return added.length === 0 ? [...known] : [...known, ...added].sort((a, b) => a.start - b.start);
}
