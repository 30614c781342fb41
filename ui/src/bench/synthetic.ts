// A synthetic result for the rendering benchmark: n nodes of mixed kinds, ~1.5 n edges, some parallel.
// Deterministic, so the app and bare sigma draw exactly the same graph.
import type { QueryResult } from "../../../graph/schema/index.js";

const KINDS = ["Actor", "Asset", "Element", "Country", "Region", "Policy", "Document"];

export function syntheticResult(n: number): QueryResult {
  let seed = 42;
  const random = (): number => ((seed = Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32;
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: KINDS[i % KINDS.length] ?? "Actor", name: `Entity ${i}`, properties: {} }));
  const edges = [];
  for (let i = 1; i < n; i++) {
    // Preferential-ish attachment: a few hubs, like real ownership and trade graphs.
    const j = Math.floor(random() ** 2 * i);
    edges.push({ id: `e${i}`, type: i % 3 === 0 ? "PRODUCES" : "OWNS", source: `n${j}`, target: `n${i}`, properties: { share: Math.round(random() * 1000) / 10 } });
    if (i % 2 === 0) edges.push({ id: `f${i}`, type: "SUPPLIES", source: `n${i}`, target: `n${Math.floor(random() * n)}`, properties: {} });
    if (i % 50 === 0) edges.push({ id: `p${i}`, type: "OWNS", source: `n${j}`, target: `n${i}`, properties: { share: 1 } });
  }
  return { columns: ["n"], rows: [{ n }], graph: { nodes, edges }, truncated: false };
}
