import type { DateMention, Mention, MentionKind, Quantity, Sentence } from "./types.js";

export type FrameItem =
  | { type: "entity"; mention: Mention; start: number; end: number }
  | { type: "quantity"; quantity: Quantity; start: number; end: number }
  | { type: "date"; date: DateMention; start: number; end: number };

/**
 * A sentence with its entities, quantities and dates replaced by numbered slots ("⟦e3⟧ accounts for ⟦q4⟧ of
 * global ⟦e5⟧ production"), so patterns read the words between them without re-finding names or numbers.
 */
export class SentenceFrame {
  readonly items: FrameItem[];
  readonly template: string;
  /** Where each item's slot starts in the template. */
  private readonly slots: number[] = [];

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
      position = item.end;
    });
    template += text.slice(position, sentence.end).toLowerCase();
    this.template = template;
  }

  slotStart(index: number): number {
    return this.slots[index] ?? 0;
  }

  slotEnd(index: number): number {
    return this.template.indexOf("⟧", this.slotStart(index)) + 1;
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

  entityIndexes(kinds: readonly MentionKind[]): number[] {
    return this.items.flatMap((item, i) => (item.type === "entity" && kinds.includes(item.mention.entity.kind) ? [i] : []));
  }

  quantityIndexes(test: (q: Quantity) => boolean = () => true): number[] {
    return this.items.flatMap((item, i) => (item.type === "quantity" && test(item.quantity) ? [i] : []));
  }

  dateIndexes(): number[] {
    return this.items.flatMap((item, i) => (item.type === "date" ? [i] : []));
  }

  /** Item index whose slot is at template position `at`, parsed from "⟦e12⟧". */
  static indexOfSlot(slot: string): number {
    return Number(slot.slice(2, -1));
  }
}
