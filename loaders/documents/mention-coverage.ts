import type { Mention } from "./types.js";

/**
 * Which mention covers each character of a text, so "what is read here?" costs the length of the span asked about
 * rather than the number of mentions: discovery passes that asked `mentions.some(…)` per candidate made long
 * documents quadratic. Where mentions overlap, the one added last owns the shared characters.
 */
export class MentionCoverage {
  private readonly owner: Int32Array;
  private readonly list: Mention[] = [];
  private readonly indexOf = new Map<Mention, number>();

  constructor(textLength: number, mentions: readonly Mention[]) {
    this.owner = new Int32Array(textLength + 1).fill(-1);
    for (const m of mentions) this.add(m);
  }

  add(m: Mention): void {
    const index = this.list.push(m) - 1;
    this.indexOf.set(m, index);
    this.owner.fill(index, Math.max(0, m.start), Math.min(this.owner.length, m.end));
  }

  remove(m: Mention): void {
    const at = this.indexOf.get(m);
    if (at === undefined) return;
    for (let c = Math.max(0, m.start); c < Math.min(this.owner.length, m.end); c++) if (this.owner[c] === at) this.owner[c] = -1;
  }

  /** The distinct mentions covering any character of [start, end). */
  within(start: number, end: number): Mention[] {
    const seen = new Set<number>();
    for (let c = Math.max(0, start); c < Math.min(this.owner.length, end); c++) {
      const o = this.owner[c] ?? -1;
      if (o >= 0) seen.add(o);
    }
    return [...seen].map((i) => this.list[i]).filter((m): m is Mention => m !== undefined);
  }

  /** The mention covering the character at `at`, if any. */
  at(at: number): Mention | undefined {
    const o = this.owner[at] ?? -1;
    return o >= 0 ? this.list[o] : undefined;
  }

  taken(start: number, end: number): boolean {
    for (let c = Math.max(0, start); c < Math.min(this.owner.length, end); c++) if ((this.owner[c] ?? -1) >= 0) return true;
    return false;
  }
}
