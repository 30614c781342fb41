// The line under an exported picture that says where it came from, so the file stands on its own.
import type { ResultView } from "./result-view.js";

export function sourceLine(view: ResultView, now = new Date()): string {
  const asked =
    view.source.kind === "investigation"
      ? `${view.source.id}${Object.keys(view.source.form ?? {}).length ? ` (${Object.entries(view.source.form ?? {}).filter(([, v]) => v !== "").map(([k, v]) => `${k}=${v}`).join(", ")})` : ""}`
      : `Cypher: ${view.source.query.replace(/\s+/g, " ").slice(0, 80)}`;
  return `Source: Ytterby knowledge graph · ${asked} · ${view.graph.nodes.length} nodes, ${view.graph.edges.length} relationships · exported ${now.toISOString().slice(0, 10)}`;
}
