import { kindOfId, type GraphBatchInput } from "../../graph/index.js";
import type { KnownEntity, Mention, MentionKind, MentionVia } from "./types.js";
import { bucketOf, foldWord, prepareWord, wordMatches, type NameWord } from "./word-match.js";
import { allMatches } from "./all-matches.js";
import { simplifyHan } from "./han-fold.js";

interface Surface {
  entity: KnownEntity;
  raw: string;
  words: NameWord[];
  via: MentionVia;
  /** "exact": acronyms and symbols; "initial": proper names need a capital; "any": common nouns. */
  casing: "exact" | "initial" | "any";
}

export interface MetonymEntry {
  id: string;
  names: string[];
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const WORD = /[\p{L}\p{N}]+/gu;
/** Between two words of one name: spaces, hyphens, dots of abbreviations ("U.S."), apostrophes. */
const SOFT_GAP = /^[\s\-‐‑–.'’·]{0,3}$/;
const MENTION_KINDS = new Set<string>(["Actor", "Asset", "Element", "Country", "Region", "Policy"]);

/**
 * Russian nouns of four letters or fewer keep no stem the word matcher can strip ("край" → "края", "крае"), so a
 * name with one gets its case forms as surfaces of its own: "Пермский край" also stands as "Пермского края".
 */
const SHORT_NOUN_CASES: Record<string, readonly string[]> = { край: ["края", "краю", "краем", "крае"] };

function caseVariants(text: string): string[] {
  const variants: string[] = [];
  for (const [noun, forms] of Object.entries(SHORT_NOUN_CASES)) {
    const at = new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, "u");
    if (at.test(text)) for (const form of forms) variants.push(text.replace(at, form));
  }
  return variants;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim().length > 0) : [];
}

function casingOf(raw: string, kind: MentionKind, via: MentionVia): Surface["casing"] {
  if (via === "symbol") return "exact";
  const letters = raw.replace(/[^\p{L}]/gu, "");
  if (letters.length > 1 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return "exact";
  if (kind === "Element") return "any";
  const first = letters[0] ?? "";
  return first !== first.toLowerCase() ? "initial" : "any";
}

/**
 * Every name, alias, demonym and element symbol of the reference base, matched against words of a text
 * with Russian inflection and English plurals allowed. Built once per process from the base's nodes.
 */
/** What the gazetteer needs to know about one word of a text, worked out once per distinct spelling. */
interface WordLookup {
  folded: string;
  han: boolean;
  /** Surfaces whose first word this word matches, in bucket order. */
  candidates: readonly Surface[];
}

/** Articles repeat their vocabulary; past this many spellings the cache starts over rather than grow. */
const WORD_CACHE_LIMIT = 100_000;

export class Gazetteer {
  readonly entities = new Map<string, KnownEntity>();
  private readonly buckets = new Map<string, Surface[]>();
  private readonly han = new Map<string, Surface[]>();
  private readonly words = new Map<string, WordLookup>();
  // Discovery asks about the same few candidate names for every sentence that starts with one.
  private readonly names = new Map<string, KnownEntity | undefined>();

  static fromBatches(batches: readonly GraphBatchInput[], metonyms: readonly MetonymEntry[] = []): Gazetteer {
    const gazetteer = new Gazetteer();
    for (const batch of batches) for (const node of batch.nodes ?? []) gazetteer.addNode(node as unknown as Record<string, unknown>);
    for (const entry of metonyms) {
      const entity = gazetteer.entities.get(entry.id);
      if (entity) for (const name of entry.names) gazetteer.addSurface(entity, name, "metonym");
    }
    return gazetteer;
  }

  private addNode(node: Record<string, unknown>): void {
    const id = typeof node.id === "string" ? node.id : "";
    const kind = kindOfId(id);
    if (!kind || !MENTION_KINDS.has(kind) || typeof node.name !== "string") return;
    // Statistical rows such as "World" and "Other countries" use ISO's user-assigned X codes; as words they
    // occur in every article without naming a place.
    if (kind === "Country" && typeof node.code === "string" && node.code.startsWith("X")) return;
    const { evidence: _evidence, ...properties } = node;
    const entity: KnownEntity = { id, kind: kind as MentionKind, name: node.name, type: typeof node.type === "string" ? node.type : typeof node.group === "string" ? node.group : undefined, node: properties };
    this.entities.set(id, entity);
    this.addSurface(entity, node.name, "name");
    for (const alias of strings(node.aliases)) this.addSurface(entity, alias, "alias");
    for (const demonym of strings(node.demonyms)) this.addSurface(entity, demonym, "demonym");
    if (kind === "Element" && typeof node.symbol === "string" && node.symbol.length >= 2) this.addSurface(entity, node.symbol, "symbol");
  }

  addSurface(entity: KnownEntity, raw: string, via: MentionVia): void {
    this.words.clear();
    this.names.clear();
    const text = raw.trim();
    for (const variant of caseVariants(text)) this.addSurface(entity, variant, via);
    if (HAN.test(text)) {
      const simplified = simplifyHan(text);
      const first = simplified[0] ?? "";
      const list = this.han.get(first) ?? [];
      list.push({ entity, raw: simplified, words: [], via, casing: "exact" });
      this.han.set(first, list);
      return;
    }
    const words = (text.match(WORD) ?? []).map(prepareWord);
    const first = words[0];
    if (!first || text.length < 2) return;
    const bucket = bucketOf(first.folded);
    const list = this.buckets.get(bucket) ?? [];
    list.push({ entity, raw: text, words, via, casing: casingOf(text, entity.kind, via) });
    this.buckets.set(bucket, list);
  }

  /** Longest non-overlapping mentions in `text`, whose offsets are shifted by `offset`. */
  findMentions(text: string, offset = 0): Mention[] {
    const found = [...this.latinCyrillicMentions(text, offset), ...(HAN.test(text) ? this.hanMentions(text, offset) : [])];
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Mention[] = [];
    for (const mention of found) {
      const last = kept[kept.length - 1];
      if (last && mention.start < last.end) continue;
      kept.push(mention);
    }
    return kept;
  }

  private lookupWord(raw: string): WordLookup {
    let lookup = this.words.get(raw);
    if (!lookup) {
      const folded = foldWord(raw);
      const candidates = (this.buckets.get(bucketOf(folded)) ?? []).filter((surface) => surface.words[0] !== undefined && wordMatches(surface.words[0], folded));
      lookup = { folded, han: HAN.test(raw), candidates };
      if (this.words.size >= WORD_CACHE_LIMIT) this.words.clear();
      this.words.set(raw, lookup);
    }
    return lookup;
  }

  private latinCyrillicMentions(text: string, offset: number): Mention[] {
    const words: Array<{ raw: string; folded: string; start: number; end: number; candidates: readonly Surface[] }> = [];
    for (const match of allMatches(WORD, text)) {
      const lookup = this.lookupWord(match[0]);
      if (lookup.han) continue;
      words.push({ raw: match[0], folded: lookup.folded, start: match.index, end: match.index + match[0].length, candidates: lookup.candidates });
    }
    const mentions: Mention[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (!word || word.candidates.length === 0) continue;
      let best: { surface: Surface; last: number } | undefined;
      for (const surface of word.candidates) {
        const last = this.matchAt(surface, words, i, text);
        if (last === undefined) continue;
        const better = !best || last > best.last || (last === best.last && rank(surface) < rank(best.surface));
        if (better) best = { surface, last };
      }
      if (!best) continue;
      const lastWord = words[best.last];
      if (!lastWord) continue;
      mentions.push({
        entity: best.surface.entity,
        start: offset + word.start,
        end: offset + lastWord.end,
        text: text.slice(word.start, lastWord.end),
        via: best.surface.via,
        confidence: best.surface.via === "metonym" ? 0.8 : 1,
      });
      i = best.last;
    }
    return mentions;
  }

  private matchAt(surface: Surface, words: ReadonlyArray<{ raw: string; folded: string; start: number; end: number }>, at: number, text: string): number | undefined {
    for (let k = 0; k < surface.words.length; k++) {
      const word = words[at + k];
      const name = surface.words[k];
      if (!word || !name || !wordMatches(name, word.folded)) return undefined;
      if (k > 0) {
        const previous = words[at + k - 1];
        if (!previous || !SOFT_GAP.test(text.slice(previous.end, word.start))) return undefined;
      }
    }
    const first = words[at];
    const lastIndex = at + surface.words.length - 1;
    const last = words[lastIndex];
    if (!first || !last) return undefined;
    const seen = text.slice(first.start, last.end);
    if (surface.casing === "exact") {
      const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "");
      if (letters(seen) !== letters(surface.raw)) return undefined;
    } else if (surface.casing === "initial") {
      const initial = first.raw[0] ?? "";
      if (initial === initial.toLowerCase()) return undefined;
    }
    return lastIndex;
  }

  private hanMentions(original: string, offset: number): Mention[] {
    // Surfaces are kept in simplified script; the folded text has the original's length, so offsets carry over.
    const text = simplifyHan(original);
    const mentions: Mention[] = [];
    for (let i = 0; i < text.length; i++) {
      const candidates = this.han.get(text[i] ?? "");
      if (!candidates) continue;
      let best: Surface | undefined;
      for (const surface of candidates) if (text.startsWith(surface.raw, i) && (!best || surface.raw.length > best.raw.length)) best = surface;
      if (!best) continue;
      const end = i + best.raw.length;
      mentions.push({ entity: best.entity, start: offset + i, end: offset + end, text: original.slice(i, end), via: best.via, confidence: best.via === "metonym" ? 0.8 : 1 });
      i += best.raw.length - 1;
    }
    return mentions;
  }

  /** The known entity a whole name stands for, if exactly one does. */
  lookupName(name: string, kinds?: readonly MentionKind[]): KnownEntity | undefined {
    const key = `${kinds?.join() ?? "*"}\u0000${name}`;
    if (this.names.has(key)) return this.names.get(key);
    const mentions = this.findMentions(name).filter((m) => m.start === 0 && m.end === name.length && (!kinds || kinds.includes(m.entity.kind)));
    const entity = mentions[0]?.entity;
    if (this.names.size >= WORD_CACHE_LIMIT) this.names.clear();
    this.names.set(key, entity);
    return entity;
  }

  /** Known actors and assets whose name or alias starts with `first` and ends with `head`: "Solikamsk … plant". */
  byFirstAndHead(first: string, head: string): KnownEntity[] {
    const firstWord = prepareWord(first);
    const headWord = prepareWord(head);
    const hits = new Set<KnownEntity>();
    for (const surface of this.buckets.get(bucketOf(firstWord.folded)) ?? []) {
      if (surface.entity.kind !== "Actor" && surface.entity.kind !== "Asset") continue;
      const a = surface.words[0];
      const b = surface.words[surface.words.length - 1];
      if (surface.words.length >= 2 && a && b && wordMatches(a, firstWord.folded) && wordMatches(b, headWord.folded)) hits.add(surface.entity);
    }
    return [...hits];
  }
}

/** Where two names of equal length compete, a proper name beats an alias, and both beat a demonym. */
function rank(surface: Surface): number {
  return ["name", "alias", "metonym", "demonym", "symbol"].indexOf(surface.via);
}
