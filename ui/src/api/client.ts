// The one place the browser talks to the server. Every response is parsed with zod before the app sees it.
import { z } from "zod";
import {
  investigationResultSchema,
  investigationSummarySchema,
  searchHitSchema,
  type InvestigationResult,
  type InvestigationSummary,
  type SearchHit,
} from "../../../queries/contract.js";
import type { ReviewFilter } from "../../../queries/review-contract.js";
import { queryResultSchema, type QueryResult } from "../../../graph/schema/index.js";
import {
  apiErrorBodySchema,
  documentViewSchema,
  evidenceItemSchema,
  healthSchema,
  neighbourhoodSchema,
  pathsSchema,
  type DocumentView,
  type EvidenceItem,
  type Health,
  type Neighbourhood,
  type Paths,
} from "./schemas.js";

/** A failed request, carrying the server's typed error so the UI can show it where it happened. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly suggestions: ReadonlyArray<{ id: string; name: string; kind: string }> = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** A busy server (503) says when to come back; the explorer waits that long and asks again a few times before showing the error. */
const BUSY_RETRIES = 3;
const MAX_RETRY_WAIT_S = 10;

async function send(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, headers: { accept: "application/json", ...(init?.body ? { "content-type": "application/json" } : {}) } });
  } catch (cause) {
    throw new ApiError(0, "NetworkError", `${path}: the server did not answer (${String(cause)}). Is \`ytterby serve\` running?`);
  }
}

export async function request<T>(schema: z.ZodType<T>, path: string, init?: RequestInit): Promise<T> {
  let response = await send(path, init);
  for (let retry = 0; retry < BUSY_RETRIES && response.status === 503; retry++) {
    const seconds = Number(response.headers.get("retry-after"));
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_RETRY_WAIT_S) break;
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    response = await send(path, init);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(body);
    if (!parsed.success) throw new ApiError(response.status, "HttpError", `${path}: HTTP ${response.status}.`);
    const fields: Record<string, string> = {};
    for (const issue of parsed.data.error.issues ?? []) if (issue.field) fields[issue.field.replace(/^params\./, "")] = issue.message;
    const { field, fieldMessage, suggestions = [] } = parsed.data.error;
    if (field) fields[field] = fieldMessage ?? parsed.data.error.message;
    throw new ApiError(response.status, parsed.data.error.type, parsed.data.error.message, fields, suggestions);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, "ContractError", `${path}: the response does not match the contract (${parsed.error.issues[0]?.message ?? "invalid"}).`);
  return parsed.data;
}

export const json = (body: unknown): RequestInit => ({ method: "POST", body: JSON.stringify(body) });

export const api = {
  health: (): Promise<Health> => request(healthSchema, "/api/health"),
  investigations: (): Promise<InvestigationSummary[]> => request(z.array(investigationSummarySchema), "/api/investigations"),
  run: (id: string, params: Record<string, unknown>, reviews: ReviewFilter = "hide-rejected"): Promise<InvestigationResult> =>
    request(investigationResultSchema, `/api/investigations/${encodeURIComponent(id)}/run`, json({ params, reviews })),
  cypher: (query: string): Promise<QueryResult> => request(queryResultSchema, "/api/cypher", json({ query, params: {} })),
  search: (q: string, kind: string, limit = 8): Promise<SearchHit[]> =>
    request(z.array(searchHitSchema), `/api/search?${new URLSearchParams({ q, kind, limit: String(limit) })}`),
  neighbourhood: (id: string, limit: number, types?: readonly string[], reviews: ReviewFilter = "hide-rejected"): Promise<Neighbourhood> =>
    request(neighbourhoodSchema, `/api/nodes/${encodeURIComponent(id)}/neighbourhood?${new URLSearchParams({ limit: String(limit), ...(types?.length ? { types: types.join(",") } : {}), ...(reviews !== "hide-rejected" ? { reviews } : {}) })}`),
  paths: (from: string, to: string): Promise<Paths> => request(pathsSchema, `/api/paths?${new URLSearchParams({ from, to })}`),
  // Evidence of a fact the analyst has in view: asked with "all", so a rejected fact shown on purpose still has its quote.
  evidence: (factId: string): Promise<EvidenceItem[]> => request(z.array(evidenceItemSchema), `/api/evidence/${encodeURIComponent(factId)}?reviews=all`),
  document: (id: string): Promise<DocumentView> => request(documentViewSchema, `/api/documents/${encodeURIComponent(id)}`),
};
