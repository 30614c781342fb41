/**
 * Many strings kept as one: the text of all of them and where each starts (UTF-16 offsets, one more than there are
 * strings). A million names cost one string and one typed array instead of a million strings, and the column is
 * written to and read from a file as it is.
 */
export class StringColumn {
  constructor(
    readonly text: string,
    readonly starts: Int32Array,
  ) {}

  /** `separator` goes after every string, so that a search in `text` never matches across two of them. */
  static of(values: readonly string[], separator = ""): StringColumn {
    const starts = new Int32Array(values.length + 1);
    let at = 0;
    values.forEach((value, i) => {
      starts[i] = at;
      at += value.length + separator.length;
    });
    starts[values.length] = at;
    return new StringColumn(separator ? values.join(separator) + separator : values.join(""), starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** The string's own end, before any separator. */
  end(i: number, separatorLength: number): number {
    return (this.starts[i + 1] as number) - separatorLength;
  }

  get(i: number, separatorLength = 0): string {
    return this.text.slice(this.starts[i], this.end(i, separatorLength));
  }

  /** The position of the string holding `offset` (binary search). */
  at(offset: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Compares string i (up to `end`) with `value` in code-unit order, as Array.prototype.sort orders strings. */
  compare(i: number, value: string, separatorLength = 0): number {
    const start = this.starts[i] as number;
    const length = this.end(i, separatorLength) - start;
    const shared = Math.min(length, value.length);
    for (let k = 0; k < shared; k++) {
      const d = this.text.charCodeAt(start + k) - value.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - value.length;
  }

  /** In a column sorted in code-unit order: the first position whose string is not below `value`. */
  lowerBound(value: string, separatorLength = 0, from = 0, to = this.length): number {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, value, separatorLength) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  startsWith(i: number, prefix: string, separatorLength = 0): boolean {
    const start = this.starts[i] as number;
    return this.end(i, separatorLength) - start >= prefix.length && this.text.startsWith(prefix, start);
  }
}
