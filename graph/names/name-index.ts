import { fuzzyTerms, prefixEnd } from "./fuzzy-terms.js";
import { labelsOf, normaliseName } from "./normalise-name.js";
import { StringColumn } from "./string-column.js";

/** An entity as the name index holds it. */
export interface NamedEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

/** The parts of a name index, as they are built and as the index file holds them (graph/names/name-index-file.ts). */
export interface NameIndexParts {
  kinds: string[];
  ids: StringColumn;
  names: StringColumn;
  /** Every entity's aliases one after another; entity e's are aliasStarts[e] … aliasStarts[e + 1] - 1. */
  aliases: StringColumn;
  aliasStarts: Int32Array;
  entityKind: Uint8Array;
  /** Entity positions in the order of their ids, for lookups by id. */
  idOrder: Int32Array;
  /** Normalised labels (names, aliases, id slugs) sorted, each followed by a newline so a substring search stays within one. */
  labels: StringColumn;
  labelEntity: Int32Array;
  /** Which of its entity's labels (labelsOf order: name, aliases, slug). */
  labelSlot: Uint16Array;
  /** The number of distinct words of each label, for the term ranking's length norm. */
  labelWords: Uint16Array;
  /** Distinct words of all labels, sorted; term t's labels are postings[postingStarts[t]] … before postingStarts[t + 1]. */
  terms: StringColumn;
  postingStarts: Int32Array;
  postings: Int32Array;
  /** How often the term occurs in that label. */
  frequencies: Uint8Array;
}

const LABEL_SEPARATOR = "\n";
const SEP = LABEL_SEPARATOR.length;
// MiniSearch's defaults, which the in-memory index used before: fuzzy and prefix weights, BM25+ parameters.
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;
const MAX_FUZZY = 6;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The number of different strings in a short list (a label's words), without a Set per label. */
function distinctCount(words: readonly string[]): number {
  let distinct = 0;
  for (let i = 0; i < words.length; i++) if (words.indexOf(words[i]!) === i) distinct++;
  return distinct;
}

/**
 * Every entity's names, aliases and id slug, normalised, in sorted columns and typed arrays: exact and prefix
 * lookups by binary search, substrings by one native search over all labels, and typo-tolerant word matches
 * scored as MiniSearch scored them (BM25+, prefix and fuzzy weights) from a sorted word list with postings. It is
 * built from the entities in memory, or read from the file a load writes beside the database (a fraction of a
 * second at a million entities, against ~20 s to read and index every name).
 */
export class NameIndex {
  private readonly averageWords: number;

  constructor(readonly parts: NameIndexParts) {
    let words = 0;
    for (const w of parts.labelWords) words += w;
    this.averageWords = parts.labelWords.length ? words / parts.labelWords.length : 1;
  }

  static build(entities: Iterable<NamedEntity>): NameIndex {
    const builder = new NameIndexBuilder();
    for (const entity of entities) builder.add(entity);
    return builder.finish();
  }

  get entityCount(): number {
    return this.parts.ids.length;
  }

  get labelCount(): number {
    return this.parts.labels.length;
  }

  entity(e: number): NamedEntity {
    const { ids, names, aliases, aliasStarts, kinds, entityKind } = this.parts;
    const own: string[] = [];
    for (let a = aliasStarts[e]!; a < aliasStarts[e + 1]!; a++) own.push(aliases.get(a));
    return { id: ids.get(e), kind: kinds[entityKind[e]!]!, name: names.get(e), aliases: own };
  }

  kindOf(e: number): string {
    return this.parts.kinds[this.parts.entityKind[e]!]!;
  }

  entityOf(label: number): number {
    return this.parts.labelEntity[label]!;
  }

  /** The label as written (the name, an alias or the id slug), not normalised. */
  labelText(label: number): string {
    const e = this.entityOf(label);
    const slot = this.parts.labelSlot[label]!;
    const { aliasStarts, aliases, ids } = this.parts;
    if (slot === 0) return this.parts.names.get(e);
    const aliasCount = aliasStarts[e + 1]! - aliasStarts[e]!;
    if (slot <= aliasCount) return aliases.get(aliasStarts[e]! + slot - 1);
    const id = ids.get(e);
    return id.slice(id.indexOf(":") + 1);
  }

  normalLabel(label: number): string {
    return this.parts.labels.get(label, SEP);
  }

  /** The entity with this id, or -1. */
  findId(id: string): number {
    const { idOrder, ids } = this.parts;
    let lo = 0;
    let hi = idOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids.compare(idOrder[mid]!, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    const e = idOrder[lo];
    return e !== undefined && ids.compare(e, id) === 0 ? e : -1;
  }

  /** Labels whose normal form starts with `normal` (equal ones first), as a range of label positions. */
  prefixRange(normal: string): [number, number] {
    const from = this.parts.labels.lowerBound(normal, SEP);
    let to = from;
    const { labels } = this.parts;
    // Labels sharing a long prefix are few; a binary search would do no better on average.
    while (to < labels.length && labels.startsWith(to, normal, SEP)) to++;
    return [from, to];
  }

  /** Labels whose normal form equals `normal`. */
  exactRange(normal: string): [number, number] {
    const from = this.parts.labels.lowerBound(normal, SEP);
    let to = from;
    while (to < this.labelCount && this.parts.labels.compare(to, normal, SEP) === 0) to++;
    return [from, to];
  }

  /** Calls `visit` once for every label whose normal form contains `normal`, in label order. */
  forEachContaining(normal: string, visit: (label: number) => void): void {
    const { text } = this.parts.labels;
    let at = text.indexOf(normal);
    while (at >= 0) {
      const label = this.parts.labels.at(at);
      visit(label);
      at = text.indexOf(normal, this.parts.labels.starts[label + 1]!);
    }
  }

  /**
   * Labels holding every word of the query, each word matched exactly, as the prefix of a longer word, or within a
   * fifth of its length in edits; scored as MiniSearch's search(query, { fuzzy: 0.2, prefix: true, combineWith:
   * "AND" }) scores documents. Best first.
   */
  searchWords(query: string): Array<{ label: number; score: number }> {
    const words = query.split(" ").map(normaliseName).filter(Boolean);
    if (words.length === 0) return [];
    // The word with the fewest postings first; later words score only the labels still in the running.
    const matched = words.map((word) => this.matchingTerms(word)).sort((a, b) => a.postings - b.postings);
    let combined: Map<number, number> | undefined;
    for (const { terms } of matched) {
      const scores = this.scoreTerms(terms, combined);
      if (!combined) {
        combined = scores;
        continue;
      }
      const next = new Map<number, number>();
      for (const [label, score] of combined) {
        const other = scores.get(label);
        if (other !== undefined) next.set(label, score + other);
      }
      combined = next;
      if (combined.size === 0) break;
    }
    const quality = new Set(words).size;
    return [...(combined ?? new Map<number, number>())].map(([label, score]) => ({ label, score: score * quality })).sort((a, b) => b.score - a.score);
  }

  /** The words a query word matches, each with its weight: itself 1, longer words it begins lower, near spellings lower still. */
  private matchingTerms(word: string): { terms: Map<number, number>; postings: number } {
    const { terms, postingStarts } = this.parts;
    const weighted = new Map<number, number>();
    const exact = terms.lowerBound(word);
    const prefixTo = exact < terms.length && terms.startsWith(exact, word) ? prefixEnd(terms, word, exact) : exact;
    for (let t = exact; t < prefixTo; t++) {
      const distance = terms.end(t, 0) - terms.starts[t]! - word.length;
      weighted.set(t, distance === 0 ? 1 : (PREFIX_WEIGHT * (word.length + distance)) / (word.length + distance + 0.3 * distance));
    }
    const maxDistance = Math.min(MAX_FUZZY, Math.round(word.length * 0.2));
    if (maxDistance > 0) {
      for (const { term, distance } of fuzzyTerms(terms, word, maxDistance)) {
        if (distance === 0 || weighted.has(term)) continue;
        const length = terms.end(term, 0) - terms.starts[term]!;
        weighted.set(term, (FUZZY_WEIGHT * length) / (length + distance));
      }
    }
    let postings = 0;
    for (const t of weighted.keys()) postings += postingStarts[t + 1]! - postingStarts[t]!;
    return { terms: weighted, postings };
  }

  private scoreTerms(weighted: Map<number, number>, only: Map<number, number> | undefined): Map<number, number> {
    const scores = new Map<number, number>();
    for (const [t, weight] of weighted) this.addTermScores(t, weight, this.labelCount, scores, only);
    return scores;
  }

  private addTermScores(t: number, weight: number, labelCount: number, scores: Map<number, number>, only: Map<number, number> | undefined): void {
    const { postingStarts, postings, frequencies, labelWords } = this.parts;
    const from = postingStarts[t]!;
    const to = postingStarts[t + 1]!;
    const matching = to - from;
    const idf = Math.log(1 + (labelCount - matching + 0.5) / (matching + 0.5));
    for (let p = from; p < to; p++) {
      const label = postings[p]!;
      if (only && !only.has(label)) continue;
      const tf = frequencies[p]!;
      const norm = BM25.k * (1 - BM25.b + (BM25.b * labelWords[label]!) / this.averageWords);
      const score = weight * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm));
      scores.set(label, (scores.get(label) ?? 0) + score);
    }
  }
}

/**
 * A name index built from entities as they arrive (NameIndex.build takes them all at once): a load's rebuild reads
 * a million entities a slice at a time, and keeping each as an object until the build began held them twice.
 */
export class NameIndexBuilder {
  private readonly kinds: string[] = [];
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly aliases: string[] = [];
  private readonly aliasStarts: number[] = [0];
  private readonly entityKind: number[] = [];
  private readonly labelNormal: string[] = [];
  private readonly labelEntity: number[] = [];
  private readonly labelSlot: number[] = [];

  add(entity: NamedEntity): void {
    const position = this.ids.length;
    let kind = this.kinds.indexOf(entity.kind);
    if (kind < 0) kind = this.kinds.push(entity.kind) - 1;
    this.ids.push(entity.id);
    this.names.push(entity.name);
    this.aliases.push(...entity.aliases);
    this.aliasStarts.push(this.aliases.length);
    this.entityKind.push(kind);
    labelsOf(entity).forEach((label, slot) => {
      const normal = normaliseName(label);
      if (!normal) return;
      this.labelNormal.push(normal);
      this.labelEntity.push(position);
      this.labelSlot.push(slot);
    });
  }

  /**
   * The index. Each part is made in turn and the arrays it came from are emptied at once (the builder finishes
   * once): at a million entities the label strings, the word lists and the joined texts were all live together.
   */
  finish(): NameIndex {
    const { kinds, ids, names, aliases, aliasStarts, entityKind, labelNormal, labelEntity, labelSlot } = this;
    const count = labelNormal.length;
    // Positions in a plain array, compared by their strings alone: Array.prototype.sort is stable, so equal labels
    // keep position order as the index's tie-break did, and V8 sorts a plain array faster than a typed one
    // (2.1M labels at 1M entities: ~15% less CPU).
    const labelOrder: number[] = [];
    for (let l = 0; l < count; l++) labelOrder.push(l);
    labelOrder.sort((a, b) => byCodeUnits(labelNormal[a]!, labelNormal[b]!));
    const sortedLabels: string[] = [];
    const labelEntities = new Int32Array(count);
    const labelSlots = new Uint16Array(count);
    for (let at = 0; at < count; at++) {
      const l = labelOrder[at]!;
      sortedLabels.push(labelNormal[l]!);
      labelEntities[at] = labelEntity[l]!;
      labelSlots[at] = labelSlot[l]!;
    }
    labelOrder.length = 0;
    labelNormal.length = 0;
    labelEntity.length = 0;
    labelSlot.length = 0;
    const byTerm = new Map<string, number[]>();
    const labelWords = new Uint16Array(count);
    for (let label = 0; label < count; label++) {
      const words = sortedLabels[label]!.split(" ");
      labelWords[label] = distinctCount(words);
      for (const word of words) {
        let list = byTerm.get(word);
        if (!list) byTerm.set(word, (list = []));
        // A word twice in a label is one posting with frequency 2: postings of one label are adjacent.
        list.push(label);
      }
    }
    const labels = StringColumn.of(sortedLabels, LABEL_SEPARATOR);
    sortedLabels.length = 0;
    const termList = [...byTerm.keys()].sort(byCodeUnits);
    const postingStarts = new Int32Array(termList.length + 1);
    let total = 0;
    for (const [t, term] of termList.entries()) {
      postingStarts[t] = total;
      // Labels were listed in ascending order, so a label met twice is met twice in a row.
      const list = byTerm.get(term)!;
      for (let k = 0; k < list.length; k++) if (k === 0 || list[k] !== list[k - 1]) total++;
    }
    postingStarts[termList.length] = total;
    const postings = new Int32Array(total);
    const frequencies = new Uint8Array(total);
    let at = 0;
    for (const term of termList) {
      const list = byTerm.get(term)!;
      for (let k = 0; k < list.length; k++) {
        if (k > 0 && list[k] === list[k - 1]) {
          frequencies[at - 1] = Math.min(255, frequencies[at - 1]! + 1);
          continue;
        }
        postings[at] = list[k]!;
        frequencies[at] = 1;
        at++;
      }
    }
    byTerm.clear();
    const terms = StringColumn.of(termList);
    termList.length = 0;
    const idOrder = Int32Array.from(ids.keys()).sort((a, b) => byCodeUnits(ids[a]!, ids[b]!));
    const idColumn = StringColumn.of(ids);
    ids.length = 0;
    const nameColumn = StringColumn.of(names);
    names.length = 0;
    const aliasColumn = StringColumn.of(aliases);
    aliases.length = 0;
    return new NameIndex({
      kinds,
      ids: idColumn,
      names: nameColumn,
      aliases: aliasColumn,
      aliasStarts: Int32Array.from(aliasStarts),
      entityKind: Uint8Array.from(entityKind),
      idOrder,
      labels,
      labelEntity: labelEntities,
      labelSlot: labelSlots,
      labelWords,
      terms,
      postingStarts,
      postings,
      frequencies,
    });
  }
}
