import type { Health } from "../api/schemas.js";

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * "embedded store · 375 nodes (+962 evidence) · 1,063 relationships". Evidence nodes hold the quotes behind
 * the facts, one or more per relationship; counted among the nodes they would make the graph look three times
 * its size, left out without a word the header would disagree with /api/health, which counts every node.
 */
export function storeLine(health: Health): string {
  return storeLineParts(health).join(" · ");
}

/** The line's parts, each kept whole when the header wraps it ("1,345" never ends a line without "relationships"). */
export function storeLineParts(health: Health): string[] {
  if (!health.counts) return [`${health.store.kind} store`];
  const { Evidence: evidence = 0, ...nodes } = health.counts.nodes;
  const quotes = evidence > 0 ? ` (+${evidence.toLocaleString("en")} evidence)` : "";
  return [`${health.store.kind} store`, `${sum(nodes).toLocaleString("en")} nodes${quotes}`, `${sum(health.counts.relationships).toLocaleString("en")} relationships`];
}
