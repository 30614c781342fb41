// The result on screen, whichever way it was produced, and the graph it has grown into by expansion.
import type { QueryResult, Subgraph } from "../../../graph/schema/index.js";
import type { FormValues } from "../state/param-form.js";

export type ResultSource =
  /** `params` as the server resolved them; `form` as typed, which is what a scene or a link repeats. */
  | { kind: "investigation"; id: string; title: string; params: Record<string, unknown>; form?: FormValues }
  | { kind: "cypher"; query: string };

export interface ResultView extends QueryResult {
  source: ResultSource;
  summary?: string;
  /** The result's graph plus every neighbourhood expanded since. */
  graph: Subgraph;
}

export function resultFileStem(view: ResultView): string {
  return view.source.kind === "investigation" ? view.source.id : "cypher-result";
}
