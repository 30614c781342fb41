/**
 * Numbers kept in a typed array that grows as rows arrive. A million OWNS edges' ends and shares in plain arrays
 * are millions of tagged values, each fraction a boxed number, that every scavenge of the snapshot's build copied
 * and promoted; here they are one buffer.
 */
export class NumberColumn {
  private cells: Int32Array | Float64Array;
  private size = 0;

  constructor(private readonly make: (size: number) => Int32Array | Float64Array) {
    this.cells = make(1024);
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.cells.length) {
      const more = this.make(this.cells.length * 2);
      more.set(this.cells);
      this.cells = more;
    }
    this.cells[this.size++] = value;
  }

  get(i: number): number {
    return this.cells[i]!;
  }

  clear(): void {
    this.cells = this.make(0);
    this.size = 0;
  }
}
