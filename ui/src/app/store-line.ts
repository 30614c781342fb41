import type { Health } from "../api/schemas.js";

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * "embedded store · 375 nodes · 1,063 relationships". Evidence nodes hold the quotes behind the facts, one or
 * more per relationship; counted as nodes they would make the graph look three times its size.
 */
export function storeLine(health: Health): string {
  if (!health.counts) return `${health.store.kind} store`;
  const { Evidence: _evidence = 0, ...nodes } = health.counts.nodes;
  return `${health.store.kind} store · ${sum(nodes).toLocaleString("en")} nodes · ${sum(health.counts.relationships).toLocaleString("en")} relationships`;
}
