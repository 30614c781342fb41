import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { GraphStore } from "../../graph/index.js";
import { capped, QUERY_CEILINGS, type QueryCeilings } from "../limits.js";
import { entityIndexFor, loadCatalogue, runInvestigation, runInvestigationRequestSchema, searchRequestSchema, summarise, type Catalogue } from "../../queries/index.js";

/**
 * The saved investigations over HTTP, and entity search (the same code as investigation 14).
 * The catalogue is read once per server; a dropped-in file is picked up on restart.
 */
export async function investigationRoutes(app: FastifyInstance, { store, catalogue, ceilings = QUERY_CEILINGS }: { store: GraphStore; catalogue?: Catalogue; ceilings?: QueryCeilings }): Promise<void> {
  const investigations = catalogue ?? (await loadCatalogue());
  // The first search or name lookup would otherwise wait for every name to be read and indexed (seconds at 1M).
  entityIndexFor(store).catch((error: unknown) => app.log.warn(`entity index: ${(error as Error).message}; it is built on the first search instead.`));

  app.get("/api/investigations", async () => investigations.list().map(summarise));

  app.get("/api/investigations/:id", async (request) => {
    const { id } = z.object({ id: z.string().min(1).max(100) }).parse(request.params);
    return summarise(investigations.get(id));
  });

  app.post("/api/investigations/:id/run", async (request) => {
    const { id } = z.object({ id: z.string().min(1).max(100) }).parse(request.params);
    const { params, timeoutMs, rowLimit, reviews } = runInvestigationRequestSchema.parse(request.body ?? {});
    return runInvestigation(store, investigations.get(id), params, { ...capped({ timeoutMs, rowLimit }, ceilings), reviews });
  });

  app.get("/api/search", async (request) => {
    const { q, kind, limit } = searchRequestSchema.parse(request.query);
    const result = await runInvestigation(store, investigations.get("entity-search"), { q, kind, limit });
    return result.rows;
  });
}
