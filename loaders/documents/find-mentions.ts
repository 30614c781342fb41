import { discoverEntities } from "./discover-entities.js";
import type { Gazetteer } from "./gazetteer.js";
import { resolveReferences } from "./resolve-references.js";
import type { Block, Mention, Sentence } from "./types.js";

/** Words after an element symbol that show it is the element: "Nd oxide", "Dy metal". */
const SYMBOL_CONTEXT = /^\s*(oxides?|metals?|alloys?|concentrates?|magnets?|carbonates?|content|prices?|compounds?)\b/i;

/**
 * Two-letter symbols are also words and abbreviations ("In", "Co", "Pr"): one counts only beside another
 * element, in parentheses, or before a word such as "oxide".
 */
function symbolInContext(mention: Mention, all: readonly Mention[], text: string): boolean {
  if (mention.via !== "symbol") return true;
  if (text[mention.start - 1] === "(" && text[mention.end] === ")") return true;
  if (SYMBOL_CONTEXT.test(text.slice(mention.end, mention.end + 20))) return true;
  const listed = (a: Mention, b: Mention) => /^(\s*(,|and|or|\/|-)\s*)+$/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  return all.some((other) => other !== mention && other.via === "symbol" && listed(mention, other));
}

/**
 * Longer spans win over the shorter spans they contain; at equal length the knowledge base wins. A name found
 * by its form that ends in a known name ("the Molycorp Silmet plant" around "Silmet plant") is the known one.
 */
function withoutOverlaps(input: Mention[]): Mention[] {
  const mentions = input.filter(
    (m) => !(m.via === "form" && m.entity.discovered && input.some((k) => k !== m && k.via !== "form" && (k.entity.kind === "Actor" || k.entity.kind === "Asset") && k.end === m.end && k.start > m.start)),
  );
  const order = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || (a.via === "form" ? 1 : 0) - (b.via === "form" ? 1 : 0));
  const kept: Mention[] = [];
  for (const m of order) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "Ministry of Industry and Trade Anton Alikhanov" runs a name into the next one; when a shorter name found
 * elsewhere in the document starts it, the mention is that shorter name.
 */
function shortenDiscoveredNames(mentions: Mention[], text: string): void {
  const names = new Map<string, Mention>();
  for (const m of mentions) if (m.entity.discovered) names.set(m.entity.name, m);
  for (const m of mentions) {
    if (!m.entity.discovered) continue;
    const shorter = [...names.values()].find((other) => other.entity.name !== m.entity.name && m.entity.name.startsWith(`${other.entity.name} `));
    if (!shorter) continue;
    m.entity = shorter.entity;
    m.end = m.start + m.text.indexOf(shorter.entity.name) + shorter.entity.name.length;
    m.text = text.slice(m.start, m.end);
  }
}

export interface SentenceMentions {
  sentence: number;
  mentions: Mention[];
}

/** Mentions of every non-furniture block, and the mentions of each sentence including resolved references. */
export function findMentions(text: string, blocks: readonly Block[], sentences: readonly Sentence[], gazetteer: Gazetteer): { all: Mention[]; bySentence: SentenceMentions[] } {
  const fromBlocks: Mention[] = [];
  for (const block of blocks) {
    if (block.role === "furniture") continue;
    fromBlocks.push(...gazetteer.findMentions(text.slice(block.start, block.end), block.start));
  }
  const known = fromBlocks.filter((m) => symbolInContext(m, fromBlocks, text));
  const bySentence: SentenceMentions[] = [];
  // Mentions and sentences are both in text order, so one forward pass assigns mentions to sentences.
  let next = 0;
  for (const sentence of sentences) {
    while (next < known.length && (known[next]?.start ?? 0) < sentence.start) next++;
    const own: Mention[] = [];
    for (let i = next; i < known.length && (known[i]?.start ?? Infinity) < sentence.end; i++) {
      const m = known[i];
      if (m && m.end <= sentence.end) own.push(m);
    }
    const found = withoutOverlaps([...own, ...discoverEntities(sentence, text, own, gazetteer)]);
    const references = resolveReferences(sentence, text, bySentence.slice(-4), found);
    bySentence.push({ sentence: sentence.index, mentions: withoutOverlaps([...found, ...references]) });
  }
  shortenDiscoveredNames(bySentence.flatMap((s) => s.mentions), text);
  const inSentences = new Set(bySentence.flatMap((s) => s.mentions));
  // Titles and headings are not split into sentences when they carry no sentence; keep their mentions too.
  const outside = known.filter((m) => !sentences.some((s) => m.start >= s.start && m.end <= s.end));
  return { all: [...inSentences, ...outside].sort((a, b) => a.start - b.start), bySentence };
}
