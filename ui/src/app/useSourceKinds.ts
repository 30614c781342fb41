// Where each drawn fact comes from (statistics, registry, curated reference, article), read from its
// evidence. Only fetched while the canvas colours edges by source: it costs a request per edge.
import { useEffect, useState } from "react";
import type { ResultEdge } from "../../../graph/schema/index.js";
import { api } from "../api/client.js";
import { sourceKindOfLoader, type SourceKind } from "../state/graph-style.js";

// Past this many edges the colours would take too many requests to be worth waiting for; the rest stay grey.
const MAX_EDGES = 150;
// Ranked so a fact backed by both a filing and an article shows the stronger source.
const RANK: readonly SourceKind[] = ["registry", "statistics", "reference", "text"];

export function useSourceKinds(edges: readonly ResultEdge[] | undefined, enabled: boolean): ReadonlyMap<string, SourceKind> {
  const [kinds, setKinds] = useState<ReadonlyMap<string, SourceKind>>(new Map());
  useEffect(() => {
    if (!enabled || !edges) return;
    let live = true;
    const wanted = edges.slice(0, MAX_EDGES);
    void Promise.all(wanted.map(async (edge) => {
      const items = await api.evidence(edge.id).catch(() => []);
      const found = items.flatMap((i) => (i.loader ? [sourceKindOfLoader(i.loader)] : [])).sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b));
      return [edge.id, found[0]] as const;
    })).then((pairs) => {
      if (live) setKinds(new Map(pairs.flatMap(([id, kind]) => (kind ? [[id, kind] as const] : []))));
    });
    return () => { live = false; };
  }, [edges, enabled]);
  return kinds;
}
