import type { GraphStore, QueryResult, ReadOptions, ResultEdge, ResultNode, Subgraph } from "../../graph/index.js";
import type { ReviewFilter } from "../review-contract.js";

/**
 * An investigation's main read done as several small statements on one store, each anchored on what the one
 * before found, giving the rows its single statement (`text`, the investigation's LadybugDB text) would (see
 * dependency-routes.ts for why).
 */
export type StagedRead = (store: GraphStore, params: Record<string, unknown>, reviews: ReviewFilter, limits: ReadOptions, text: string) => Promise<StagedResult>;

/** The rows, and for a read that returns only the page shown, how many rows of each kind the full answer has. */
export type StagedResult = QueryResult & { totals?: Record<string, number> };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The drawing a single statement returning these rows would have: every node and relationship in them (a
 * relationship only where both its ends are drawn, as the stores' result collectors do).
 */
export function graphOfRows(rows: readonly Record<string, unknown>[]): Subgraph {
  const nodes = new Map<string, ResultNode>();
  const edges = new Map<string, ResultEdge>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (!isRecord(value)) return;
    if (typeof value.id === "string" && typeof value.kind === "string" && isRecord(value.properties)) {
      nodes.set(value.id, value as unknown as ResultNode);
      return;
    }
    if (typeof value.id === "string" && typeof value.type === "string" && typeof value.source === "string" && typeof value.target === "string") {
      edges.set(value.id, value as unknown as ResultEdge);
      return;
    }
    for (const v of Object.values(value)) visit(v);
  };
  for (const row of rows) visit(row);
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)) };
}
