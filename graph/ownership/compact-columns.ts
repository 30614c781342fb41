/**
 * Columns of the ownership snapshot held compactly: a 1M-node snapshot parsed into JS arrays (a string, a boxed
 * number or a pointer per cell) took about 650 MB of V8 heap in the server; as typed arrays, a dictionary for
 * columns of few distinct values and one string per column of many, it takes a fraction of that.
 */

export type Cell = string | number | boolean | null;

/** One column of cells, read by position. */
export interface Column {
  readonly length: number;
  get(i: number): Cell;
}

/** A column held in one typed array, a cell per position. */
abstract class ArrayColumn<Values extends ArrayLike<number>> implements Column {
  constructor(readonly values: Values) {}
  get length(): number {
    return this.values.length;
  }
  abstract get(i: number): Cell;
}

/** Numbers, NaN standing for null (JSON has no NaN, so none is lost). */
export class NumberColumn extends ArrayColumn<Float64Array> {
  get(i: number): number | null {
    const v = this.values[i] as number;
    return Number.isNaN(v) ? null : v;
  }
}

/** Whole numbers with no null (node positions): half a Float64Array. */
export class IntColumn extends ArrayColumn<Int32Array> {
  get(i: number): number {
    return this.values[i] as number;
  }
}

/** true, false or null as 1, 0, -1. */
export class BooleanColumn extends ArrayColumn<Int8Array> {
  get(i: number): boolean | null {
    const v = this.values[i] as number;
    return v < 0 ? null : v === 1;
  }
}

/** Text of few distinct values (kinds, statuses, years, country codes): a code per cell, 0 for null, else 1 + its place in the dictionary. */
export class CodedColumn implements Column {
  constructor(
    readonly codes: Uint8Array | Uint16Array | Int32Array,
    readonly dictionary: readonly string[],
  ) {}
  get length(): number {
    return this.codes.length;
  }
  get(i: number): string | null {
    const code = this.codes[i] as number;
    return code === 0 ? null : (this.dictionary[code - 1] as string);
  }
}

/** A column no cell of which is set (most OWNS properties in a bulk-loaded world): nothing stored. */
export class NullColumn implements Column {
  constructor(readonly length: number) {}
  get(): null {
    return null;
  }
}

/**
 * Text of many distinct values (ids, names): all cells in one string, cell i from starts[i] to starts[i + 1];
 * null cells are marked apart. `find` looks a value up by an open-addressing table of positions, built on first use.
 */
export class TextColumn implements Column {
  private table: Int32Array | undefined;

  constructor(
    readonly text: string,
    readonly starts: Int32Array,
    readonly nulls: Uint8Array | undefined,
  ) {}

  get length(): number {
    return this.starts.length - 1;
  }

  get(i: number): string | null {
    if (this.nulls?.[i] === 1) return null;
    return this.text.slice(this.starts[i], this.starts[i + 1]);
  }

  private equals(i: number, value: string): boolean {
    const start = this.starts[i] as number;
    return this.nulls?.[i] !== 1 && (this.starts[i + 1] as number) - start === value.length && this.text.startsWith(value, start);
  }

  private slots(): Int32Array {
    if (this.table) return this.table;
    let size = 1;
    while (size < this.length * 2) size *= 2;
    const table = new Int32Array(size).fill(-1);
    for (let i = 0; i < this.length; i++) {
      if (this.nulls?.[i] === 1) continue;
      let slot = hash(this.text, this.starts[i] as number, this.starts[i + 1] as number) & (size - 1);
      while (table[slot] !== -1) slot = (slot + 1) & (size - 1);
      table[slot] = i;
    }
    return (this.table = table);
  }

  /** Every position holding `value`, in increasing order. */
  findAll(value: string): number[] {
    const table = this.slots();
    const mask = table.length - 1;
    const found: number[] = [];
    // Positions were inserted in increasing order, so along one probe run they stay in that order.
    for (let slot = hash(value, 0, value.length) & mask; table[slot] !== -1; slot = (slot + 1) & mask) {
      if (this.equals(table[slot] as number, value)) found.push(table[slot] as number);
    }
    return found;
  }

  /** The last position holding `value` (as a Map filled in order would keep), or undefined. */
  find(value: string): number | undefined {
    return this.findAll(value).at(-1);
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Plain cells, for a column of mixed kinds (none in snapshots the store writes; kept so nothing is refused). */
export class PlainColumn implements Column {
  constructor(readonly cells: readonly Cell[]) {}
  get length(): number {
    return this.cells.length;
  }
  get(i: number): Cell {
    return this.cells[i] ?? null;
  }
}

/** A dictionary beyond this many values, or above a quarter of the cells, costs more than one string. */
const MAX_CODES = 65_536;

/** The compact column for these cells, chosen by what they hold. */
export function columnOf(cells: readonly unknown[]): Column {
  let numbers = 0;
  let ints = 0;
  let booleans = 0;
  let strings = 0;
  let nulls = 0;
  for (const v of cells) {
    if (v === null || v === undefined) nulls++;
    else if (typeof v === "number") {
      numbers++;
      if ((v | 0) === v) ints++;
    } else if (typeof v === "boolean") booleans++;
    else if (typeof v === "string") strings++;
  }
  const n = cells.length;
  if (nulls === n && n > 0) return new NullColumn(n);
  if (ints === n) return new IntColumn(Int32Array.from(cells as number[]));
  if (numbers + nulls === n) return new NumberColumn(Float64Array.from(cells, (v) => (typeof v === "number" ? v : Number.NaN)));
  if (booleans + nulls === n && booleans > 0) return new BooleanColumn(Int8Array.from(cells, (v) => (v === null || v === undefined ? -1 : v ? 1 : 0)));
  if (strings + nulls === n) return textColumn(cells as ReadonlyArray<string | null | undefined>);
  return new PlainColumn(cells.map((v) => (v === undefined ? null : (v as Cell))));
}

function textColumn(cells: ReadonlyArray<string | null | undefined>): Column {
  const dictionary = new Map<string, number>();
  const limit = Math.min(MAX_CODES, Math.max(16, cells.length / 4));
  for (const v of cells) {
    if (v === null || v === undefined || dictionary.has(v)) continue;
    if (dictionary.size >= limit) break;
    dictionary.set(v, dictionary.size);
  }
  if (dictionary.size < limit) {
    const codes = dictionary.size < 255 ? new Uint8Array(cells.length) : dictionary.size < 65_535 ? new Uint16Array(cells.length) : new Int32Array(cells.length);
    cells.forEach((v, i) => {
      if (v !== null && v !== undefined) codes[i] = (dictionary.get(v) as number) + 1;
    });
    return new CodedColumn(codes, [...dictionary.keys()]);
  }
  const starts = new Int32Array(cells.length + 1);
  let nulls: Uint8Array | undefined;
  let at = 0;
  cells.forEach((v, i) => {
    starts[i] = at;
    if (v === null || v === undefined) (nulls ??= new Uint8Array(cells.length))[i] = 1;
    else at += v.length;
  });
  starts[cells.length] = at;
  // join writes null cells as nothing and gives one flat string, not a rope of a million parts.
  return new TextColumn(cells.join(""), starts, nulls);
}
