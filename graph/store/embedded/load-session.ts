/**
 * What one multi-batch load has written so far, by key only. A table that was empty when the load first wrote
 * to it holds nothing but this load's rows, so "does this row exist?" is a set lookup for it rather than a read
 * of the database; for other tables the store still asks the database, but only about rows it cannot rule out.
 */
export class LoadSession {
  /** Node ids (Evidence included) this load created. */
  readonly createdIds = new Set<string>();
  /** Relationship ids this load created. */
  readonly createdEdgeIds = new Set<string>();
  /** Table name → whether it was empty when this load first wrote to it. */
  private readonly emptyAtStart = new Map<string, boolean>();

  constructor(readonly id: string) {}

  async tableWasEmpty(table: string, size: () => Promise<number>): Promise<boolean> {
    let empty = this.emptyAtStart.get(table);
    if (empty === undefined) this.emptyAtStart.set(table, (empty = (await size()) === 0));
    return empty;
  }
}
