import type { DateMention, Mention, MentionKind, Quantity, Sentence } from "./types.js";
import { simplifyHan } from "./han-fold.js";

export type FrameItem =
  | { type: "entity"; mention: Mention; start: number; end: number }
  | { type: "quantity"; quantity: Quantity; start: number; end: number }
  | { type: "date"; date: DateMention; start: number; end: number };

const NONE: readonly number[] = [];

/**
 * A sentence with its entities, quantities and dates replaced by numbered slots ("⟦e3⟧ accounts for ⟦q4⟧ of
 * global ⟦e5⟧ production"), so patterns read the words between them without re-finding names or numbers.
 */
export class SentenceFrame {
  readonly items: FrameItem[];
  readonly template: string;
  /** Where each item's slot starts and ends in the template. */
  private readonly slots: number[] = [];
  private readonly slotEnds: number[] = [];
  // Every pattern asks for the same few index lists; they are computed once per sentence, not once per call.
  private readonly entitiesByKind = new Map<MentionKind, number[]>();
  private readonly entitiesByKinds = new Map<readonly MentionKind[], readonly number[]>();
  private readonly quantityItems: number[] = [];
  private readonly dateItems: number[] = [];

  constructor(
    readonly sentence: Sentence,
    readonly text: string,
    mentions: readonly Mention[],
    quantities: readonly Quantity[],
    dates: readonly DateMention[],
  ) {
    const items: FrameItem[] = [
      ...mentions.map((m) => ({ type: "entity" as const, mention: m, start: m.start, end: m.end })),
      ...quantities.map((q) => ({ type: "quantity" as const, quantity: q, start: q.start, end: q.end })),
      ...dates.map((d) => ({ type: "date" as const, date: d, start: d.start, end: d.end })),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    this.items = [];
    for (const item of items) {
      const last = this.items[this.items.length - 1];
      if (last && item.start < last.end) continue;
      this.items.push(item);
    }
    let template = "";
    let position = sentence.start;
    this.items.forEach((item, index) => {
      template += text.slice(position, item.start).toLowerCase();
      this.slots.push(template.length);
      template += `⟦${item.type[0]}${index}⟧`;
      this.slotEnds.push(template.length);
      if (item.type === "entity") {
        const list = this.entitiesByKind.get(item.mention.entity.kind);
        if (list) list.push(index);
        else this.entitiesByKind.set(item.mention.entity.kind, [index]);
      }
      else if (item.type === "quantity") this.quantityItems.push(index);
      else if (item.type === "date") this.dateItems.push(index);
      position = item.end;
    });
    template += text.slice(position, sentence.end).toLowerCase();
    // Chinese rules and cue words are written in simplified script; a Hong Kong or Taiwan wire's 持有…股權, 位於,
    // 產量 are read as 持有…股权, 位于, 产量 (the folding keeps every offset).
    this.template = sentence.language === "zh" ? simplifyHan(template) : template;
  }

  slotStart(index: number): number {
    return this.slots[index] ?? 0;
  }

  slotEnd(index: number): number {
    return this.slotEnds[index] ?? this.template.indexOf("⟧", 0) + 1;
  }

  /** Template text strictly between two items, e.g. the verb between a subject and its object. */
  between(a: number, b: number): string {
    return this.template.slice(this.slotEnd(a), this.slotStart(b));
  }

  entity(index: number): Mention | undefined {
    const item = this.items[index];
    return item?.type === "entity" ? item.mention : undefined;
  }

  quantity(index: number): Quantity | undefined {
    const item = this.items[index];
    return item?.type === "quantity" ? item.quantity : undefined;
  }

  /** Whether an entity of one of these kinds is named; cheaper than asking for their indexes. */
  names(kinds: readonly MentionKind[]): boolean {
    for (const kind of kinds) if (this.entitiesByKind.has(kind)) return true;
    return false;
  }

  entityIndexes(kinds: readonly MentionKind[]): readonly number[] {
    if (kinds.length === 1) return this.entitiesByKind.get(kinds[0] as MentionKind) ?? NONE;
    let indexes = this.entitiesByKinds.get(kinds);
    if (!indexes) {
      const found: number[] = [];
      this.items.forEach((item, i) => {
        if (item.type === "entity" && kinds.includes(item.mention.entity.kind)) found.push(i);
      });
      indexes = found;
      this.entitiesByKinds.set(kinds, indexes);
    }
    return indexes;
  }

  quantityIndexes(test?: (q: Quantity) => boolean): readonly number[] {
    if (!test) return this.quantityItems;
    return this.quantityItems.filter((i) => {
      const item = this.items[i];
      return item?.type === "quantity" && test(item.quantity);
    });
  }

  dateIndexes(): readonly number[] {
    return this.dateItems;
  }

  /** Item index whose slot is at template position `at`, parsed from "⟦e12⟧". */
  static indexOfSlot(slot: string): number {
    return Number(slot.slice(2, -1));
  }
}
