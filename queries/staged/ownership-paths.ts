import type { GraphStore, ReadOptions, ResultEdge, ResultNode } from "../../graph/index.js";
import { cypherParameters } from "../cypher-parameters.js";
import type { ReviewFilter } from "../review-contract.js";
import { graphOfRows, type StagedRead, type StagedResult } from "./staged-read.js";

/**
 * Ownership chains (ultimate-owners, ownership-chain): the investigation's LadybugDB text returning each ownership
 * path once, with its status and review filters and its columns (ids, names, shares …) taken from the path in
 * JavaScript. LadybugDB 0.19 reads
 * every property of every node and relationship of a variable-length path again for each expression over it,
 * and the text has ten (seven columns, three filters): 56 CPU ms median for an asset at 100k nodes, 32 for the
 * path alone (`RETURN p` after the same walk; the walk itself costs 3–6). The text stays in the file as the
 * reference; tests/queries/staged-reads.test.ts holds both to the same answers.
 */
const FILTERS_AND_COLUMNS = /\n\s*AND \(\$includeHistorical OR [^\n]+\n\s*AND \(NOT list_to_string[^\n]+\n\s*RETURN p,[\s\S]*ORDER BY length\(p\)\s*$/;

/** The walk of the text, up to its depth filter, returning whole paths. */
export function pathsOnlyText(text: string): string {
  if (!FILTERS_AND_COLUMNS.test(text)) throw new Error("ownership-paths: the LadybugDB text no longer filters and returns its paths as the staged read expects (queries/staged/ownership-paths.ts).");
  return text.replace(FILTERS_AND_COLUMNS, "\nRETURN p\nORDER BY length(p)");
}

interface Path {
  nodes: ResultNode[];
  edges: ResultEdge[];
}

const REVIEWED = new Set(["confirmed", "corrected", "added"]);
const property = (edge: ResultEdge, key: string) => edge.properties[key] ?? null;

/** The text's filters: ended stakes only when asked, rejected claims unless all are shown, or reviewed ones only. */
function kept(path: Path, includeHistorical: boolean, reviews: ReviewFilter): boolean {
  const statuses = path.edges.map((e) => property(e, "status"));
  const reviewed = path.edges.map((e) => property(e, "review"));
  if (!includeHistorical && statuses.some((s) => typeof s === "string" && s.includes("historical"))) return false;
  if (reviews !== "all" && reviewed.some((r) => typeof r === "string" && r.includes("rejected"))) return false;
  return reviews !== "confirmed-only" || reviewed.every((r) => typeof r === "string" && REVIEWED.has(r));
}

function chainRow(path: Path): Record<string, unknown> {
  const column = (key: string) => path.edges.map((e) => property(e, key));
  return {
    p: path,
    ids: path.nodes.map((n) => n.id),
    // A node without a name is given its id as name in results; the text's properties(nodes(p), 'name') gives null.
    names: path.nodes.map((n) => (n.name === n.id ? null : n.name)),
    relIds: path.edges.map((e) => e.id),
    shares: column("share"),
    shareMins: column("shareMin"),
    shareMaxs: column("shareMax"),
    confidences: column("confidence"),
    sinces: column("since"),
  };
}

export const ownershipPathRows: StagedRead = async (store: GraphStore, params: Record<string, unknown>, reviews: ReviewFilter, limits: ReadOptions, text: string): Promise<StagedResult> => {
  const walk = pathsOnlyText(text);
  // The walk drops the filters' parameters; LadybugDB refuses a parameter the statement does not use.
  const inWalk = cypherParameters(walk);
  const used = Object.fromEntries(Object.entries(params).filter(([name]) => inWalk.has(name)));
  const read = await store.read(walk, used, limits);
  const rows = read.rows.map((row) => row.p as Path).filter((path) => kept(path, params.includeHistorical === true, reviews)).map(chainRow);
  // Drawn: the kept paths only (the read's own graph also holds the paths filtered out here).
  return { ...read, columns: ["p", "ids", "names", "relIds", "shares", "shareMins", "shareMaxs", "confidences", "sinces"], rows, graph: graphOfRows(rows) };
};
