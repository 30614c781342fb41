export interface BenchResult {
  name: string;
  metrics: Record<string, number | string>;
}
