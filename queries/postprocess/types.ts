import type { Subgraph } from "../../graph/index.js";
import type { ResolvedEntity } from "../contract.js";

export type Row = Record<string, unknown>;

export interface PostProcessInput {
  rows: Row[];
  columns: string[];
  graph: Subgraph;
  params: Record<string, unknown>;
  entities: Record<string, ResolvedEntity>;
  /** Rows per kind in the full answer, from a staged read that returned only the page shown (queries/staged). */
  totals?: Record<string, number>;
}

export interface PostProcessOutput {
  columns: string[];
  rows: Row[];
  summary: string;
  /** Replaces the query's graph, e.g. to keep only the top search hits. */
  graph?: Subgraph;
}

/** Arithmetic Cypher does awkwardly (sums over parallel chains, HHI), run on the rows the Cypher found. */
export type PostProcessor = (input: PostProcessInput) => PostProcessOutput;

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
export const percentText = (value: number | null): string => (value === null ? "unknown" : `${round(value)}%`);
