import { ENTITY_KINDS, type GraphStore, type ReadOptions, type Subgraph } from "../graph/index.js";
import type { InvestigationResult, ResolvedEntity } from "./contract.js";
import type { ReviewFilter } from "./review-contract.js";
import type { Investigation } from "./format/investigation-file.js";
import { FACT_ID_PATTERN, validateParams } from "./params/param-values.js";
import { entityIndexFor } from "./params/entity-index.js";
import { AmbiguousNameError, resolveEntity } from "./params/resolve-entity.js";
import { POST_PROCESSORS } from "./postprocess/index.js";
import { INDEXED_INVESTIGATIONS, ownershipFromIndex } from "./ownership-index/answers.js";
import { STAGED_READS, type StagedRead, type StagedResult } from "./staged/index.js";
import { renderSummary } from "./summary-template.js";
import { anchorOnEntityKinds } from "./anchor-on-kind.js";

export const DEFAULT_RUN_LIMITS = { timeoutMs: 30_000, rowLimit: 5_000 } as const;

export interface RunOptions extends ReadOptions {
  /** Which reviewed facts the run sees; rejected facts leave results by default (queries/review-contract.ts). */
  reviews?: ReviewFilter;
  /**
   * Answer actor-holdings, state-control and foreign-stakes from the ownership index when it matches the data
   * (queries/ownership-index/; default true). False runs their Cypher, e.g. to compare the two.
   */
  ownershipIndex?: boolean;
  /** On LadybugDB, narrow multi-label anchors to the resolved entity's label (queries/anchor-on-kind.ts; default true). */
  anchorOnKinds?: boolean;
}

/**
 * The run's parameters as the Cypher gets them: `$reviews` joins them wherever the text filters on it (every
 * investigation that reads facts does; tests/queries/review-filter.test.ts checks), and only there, because
 * LadybugDB refuses a parameter its statement does not use.
 */
function withReviews(cypher: string, params: Record<string, unknown>, reviews: ReviewFilter): Record<string, unknown> {
  return /\$reviews\b/.test(cypher) ? { ...params, reviews } : params;
}

/** The Cypher text for a dialect: LadybugDB's own where it differs, else the Neo4j text both speak. */
export function cypherFor(investigation: Investigation, dialect: GraphStore["dialect"]): string {
  return textFor(investigation.cypher, dialect);
}

function textFor(texts: NonNullable<Investigation["graph"]>, dialect: GraphStore["dialect"]): string {
  return dialect === "ladybug" && texts.ladybug ? texts.ladybug.text : texts.neo4j;
}

/** The main read's graph, with the investigation's drawing query (if it has one) added to it. */
async function drawingFor(store: GraphStore, investigation: Investigation, params: Record<string, unknown>, limits: ReadOptions, graph: Subgraph, reviews: ReviewFilter, anchor: (text: string) => string): Promise<Subgraph> {
  if (!investigation.graph) return graph;
  const text = anchor(textFor(investigation.graph, store.dialect));
  const staged = store.dialect === "ladybug" ? investigation.graph.ladybug?.staged : undefined;
  const drawn = (staged ? await stagedRead(staged)(store, params, reviews, limits, text) : await store.read(text, withReviews(text, params, reviews), limits)).graph;
  const nodes = new Map([...graph.nodes, ...drawn.nodes].map((n) => [n.id, n]));
  const edges = new Map([...graph.edges, ...drawn.edges].map((e) => [e.id, e]));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

async function resolveParams(store: GraphStore, investigation: Investigation, values: Record<string, unknown>) {
  const params = { ...values };
  const entities: Record<string, ResolvedEntity> = {};
  for (const [name, spec] of Object.entries(investigation.params)) {
    const value = params[name];
    if (typeof value !== "string" || value === "") continue;
    if (spec.type === "entity") {
      entities[name] = await resolveEntity(store, name, value, spec.kinds);
    } else if (spec.type === "fact" && !FACT_ID_PATTERN.test(value)) {
      entities[name] = await resolveEntity(store, name, value, ENTITY_KINDS);
    } else continue;
    params[name] = entities[name]?.id;
  }
  return { params, entities };
}

/**
 * Runs a saved investigation: parameters validated and resolved, the dialect's Cypher read-only
 * with a timeout and row limit, then the optional post-processing step and the summary.
 */
export async function runInvestigation(store: GraphStore, investigation: Investigation, rawParams: Record<string, unknown>, options: RunOptions = {}): Promise<InvestigationResult> {
  const valid = validateParams(investigation, rawParams);
  let resolved: Awaited<ReturnType<typeof resolveParams>>;
  try {
    resolved = await resolveParams(store, investigation, valid);
  } catch (error) {
    if (error instanceof AmbiguousNameError) return choicesResult(investigation, valid, error);
    throw error;
  }
  const { params, entities } = resolved;
  if (investigation.id === ENTITY_SEARCH) return searchResult(store, investigation, params);
  const limits = {
    timeoutMs: options.timeoutMs ?? investigation.limits?.timeoutMs ?? DEFAULT_RUN_LIMITS.timeoutMs,
    rowLimit: options.rowLimit ?? investigation.limits?.rowLimit ?? DEFAULT_RUN_LIMITS.rowLimit,
  };
  const reviews = options.reviews ?? "hide-rejected";
  if (options.ownershipIndex !== false && INDEXED_INVESTIGATIONS.has(investigation.id)) {
    const indexed = await ownershipFromIndex(store, investigation.id, params, entities, reviews);
    if (indexed) return { investigation: investigation.id, columns: indexed.columns, rows: indexed.rows, graph: indexed.graph, summary: indexed.summary, truncated: false, params, entities };
  }
  const anchor = (text: string) => (store.dialect === "ladybug" && options.anchorOnKinds !== false ? anchorOnEntityKinds(text, entities) : text);
  const cypher = anchor(cypherFor(investigation, store.dialect));
  const staged = store.dialect === "ladybug" ? investigation.cypher.ladybug?.staged : undefined;
  const read: StagedResult = staged ? await stagedRead(staged)(store, params, reviews, limits, cypher) : await store.read(cypher, withReviews(cypher, params, reviews), limits);
  const result = { ...read, graph: await drawingFor(store, investigation, params, limits, read.graph, reviews, anchor) };
  const step = investigation.postprocess ? POST_PROCESSORS[investigation.postprocess] : undefined;
  if (step) {
    const totals = read.totals;
    const processed = step({ rows: result.rows, columns: result.columns, graph: result.graph, params, entities, ...(totals ? { totals } : {}) });
    return {
      investigation: investigation.id,
      columns: processed.columns,
      rows: processed.rows,
      graph: processed.graph ?? result.graph,
      summary: processed.summary + (result.truncated ? ` (from the first ${limits.rowLimit} rows only; raise the row limit for a complete answer)` : ""),
      truncated: result.truncated,
      params,
      entities,
    };
  }
  const template = result.rows.length === 0 ? (investigation.emptySummary ?? investigation.summary) : investigation.summary;
  const cut = result.truncated ? ` (truncated at ${limits.rowLimit} rows; raise the row limit for a complete answer)` : "";
  const summary = template ? renderSummary(template, { params, entities, rows: result.rows }) + cut : `${result.rows.length} row(s)${cut}.`;
  return { investigation: investigation.id, columns: result.columns, rows: result.rows, graph: result.graph, summary, truncated: result.truncated, params, entities };
}

function stagedRead(name: string): StagedRead {
  const read = STAGED_READS[name];
  if (!read) throw new Error(`No staged read named "${name}" (queries/staged).`);
  return read;
}

/** The built-in search ranks the store's entity index (built once per store generation) instead of reading every name. */
const ENTITY_SEARCH = "entity-search";

async function searchResult(store: GraphStore, investigation: Investigation, params: Record<string, unknown>): Promise<InvestigationResult> {
  const kind = String(params.kind ?? "any");
  const hits = (await entityIndexFor(store)).rank(String(params.q ?? ""), Number(params.limit ?? 20), kind === "any" ? ENTITY_KINDS : [kind]);
  const rows = hits.map((h) => ({ id: h.id, kind: h.kind, name: h.name, aliases: h.aliases }));
  const processed = POST_PROCESSORS["fuzzy-search"]?.({ rows, columns: ["id", "name", "aliases", "kind"], graph: { nodes: [], edges: [] }, params, entities: {} });
  if (!processed) throw new Error("entity-search: the fuzzy-search step is missing.");
  return { investigation: investigation.id, columns: processed.columns, rows: processed.rows, graph: processed.graph ?? { nodes: [], edges: [] }, summary: processed.summary, truncated: false, params, entities: {} };
}

/** A name that fits several entities: the answer lists them (one row each) for the user to pick, as a search would. */
function choicesResult(investigation: Investigation, params: Record<string, unknown>, error: AmbiguousNameError): InvestigationResult {
  const candidates = error.candidates.map((c) => ({ id: c.id, kind: c.kind, name: c.name }));
  const shown = candidates.slice(0, 3).map((c) => `${c.name} (${c.id})`).join(", ");
  return {
    investigation: investigation.id,
    columns: ["id", "kind", "name"],
    rows: candidates,
    graph: { nodes: error.candidates.map((c) => ({ id: c.id, kind: c.kind, name: c.name, properties: { aliases: c.aliases } })), edges: [] },
    summary: `"${error.ref}" names ${candidates.length} entities (${shown}${candidates.length > 3 ? ", …" : ""}); pick one and run again with its id for ${error.param}.`,
    truncated: false,
    params,
    entities: {},
    choices: { param: error.param, ref: error.ref, candidates },
  };
}
