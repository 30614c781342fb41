import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { GraphStore } from "../../graph/index.js";
import { capped, QUERY_CEILINGS, type QueryCeilings } from "../limits.js";
import { loadCatalogue, warmEntityIndex, runInvestigation, runInvestigationRequestSchema, searchRequestSchema, summarise, type Catalogue } from "../../queries/index.js";

/**
 * The saved investigations over HTTP, and entity search (the same code as investigation 14).
 * The catalogue is read once per server; a dropped-in file is picked up on restart.
 */
export async function investigationRoutes(app: FastifyInstance, { store, catalogue, ceilings = QUERY_CEILINGS }: { store: GraphStore; catalogue?: Catalogue; ceilings?: QueryCeilings }): Promise<void> {
  const investigations = catalogue ?? (await loadCatalogue());
  // Built in a worker thread from server start; searches before it is ready are answered from the store.
  warmEntityIndex(store).catch((error: unknown) => app.log.warn(`entity index: ${(error as Error).message}; searches are answered from the store until a later build succeeds.`));

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

  app.get("/api/search", async (request, reply) => {
    const { q, kind, limit } = searchRequestSchema.parse(request.query);
    const result = await runInvestigation(store, investigations.get("entity-search"), { q, kind, limit });
    // The body stays a list of hits; the header says the ranking is the store's substring matches (index not built yet).
    if (result.provisional) void reply.header("x-ytterby-search", "provisional");
    return result.rows;
  });
}
