import type { ResultNode } from "../../graph/index.js";
import type { EntityCandidate } from "../params/entity-match.js";
import { rankEntities } from "../params/entity-index.js";
import type { PostProcessor } from "./types.js";

/** Investigation 14: Cypher lists names and aliases of the wanted kinds; ranking is fuzzy text matching. */
export const fuzzySearch: PostProcessor = ({ rows, params }) => {
  const candidates: EntityCandidate[] = rows.map((row) => ({
    id: String(row.id),
    kind: String(row.kind),
    name: String(row.name ?? row.id),
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
  }));
  const hits = rankEntities(candidates, String(params.q ?? ""), Number(params.limit ?? 20));
  const nodes: ResultNode[] = hits.map((h) => ({ id: h.id, kind: h.kind, name: h.name, properties: { aliases: h.aliases } }));
  const out = hits.map((h) => ({ id: h.id, kind: h.kind, name: h.name, matched: h.matched, score: Math.round(h.score * 1000) / 1000 }));
  const [top] = hits;
  return {
    columns: ["id", "kind", "name", "matched", "score"],
    rows: out,
    graph: { nodes, edges: [] },
    summary: top ? `${hits.length} match(es) for "${params.q}"; best: ${top.name} (${top.id}).` : `Nothing matches "${params.q}". Try fewer letters or another spelling.`,
  };
};
