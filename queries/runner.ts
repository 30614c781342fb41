import { ENTITY_KINDS, type GraphStore, type ReadOptions } from "../graph/index.js";
import type { InvestigationResult, ResolvedEntity } from "./contract.js";
import type { Investigation } from "./format/investigation-file.js";
import { FACT_ID_PATTERN, validateParams } from "./params/param-values.js";
import { resolveEntity } from "./params/resolve-entity.js";
import { POST_PROCESSORS } from "./postprocess/index.js";
import { renderSummary } from "./summary-template.js";

export const DEFAULT_RUN_LIMITS = { timeoutMs: 30_000, rowLimit: 5_000 } as const;

export type RunOptions = ReadOptions;

/** The Cypher text for a dialect: LadybugDB's own where it differs, else the Neo4j text both speak. */
export function cypherFor(investigation: Investigation, dialect: GraphStore["dialect"]): string {
  return dialect === "ladybug" && investigation.cypher.ladybug ? investigation.cypher.ladybug.text : investigation.cypher.neo4j;
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
  const { params, entities } = await resolveParams(store, investigation, validateParams(investigation, rawParams));
  const limits = {
    timeoutMs: options.timeoutMs ?? investigation.limits?.timeoutMs ?? DEFAULT_RUN_LIMITS.timeoutMs,
    rowLimit: options.rowLimit ?? investigation.limits?.rowLimit ?? DEFAULT_RUN_LIMITS.rowLimit,
  };
  const result = await store.read(cypherFor(investigation, store.dialect), params, limits);
  const step = investigation.postprocess ? POST_PROCESSORS[investigation.postprocess] : undefined;
  if (step) {
    const processed = step({ rows: result.rows, columns: result.columns, graph: result.graph, params, entities });
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
  const summary = template ? renderSummary(template, { params, entities, rows: result.rows }) : `${result.rows.length} row(s)${result.truncated ? ` (truncated at ${limits.rowLimit})` : ""}.`;
  return { investigation: investigation.id, columns: result.columns, rows: result.rows, graph: result.graph, summary, truncated: result.truncated, params, entities };
}
