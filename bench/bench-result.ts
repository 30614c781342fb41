export interface BenchResult {
  /** Results of one suite that share a table caption are printed as one table under it. */
  table?: string;
  name: string;
  metrics: Record<string, number | string>;
}
