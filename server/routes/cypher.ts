import type { FastifyInstance } from "fastify";
import type { GraphStore } from "../../graph/index.js";
import { cypherRequestSchema, runAdHocCypher } from "../../queries/index.js";
import { capped, QUERY_CEILINGS, type QueryCeilings } from "../limits.js";

/** Ad-hoc read-only Cypher in the active store's dialect; anything but a reading clause gets a 400 naming it. */
export async function cypherRoutes(app: FastifyInstance, { store, ceilings = QUERY_CEILINGS }: { store: GraphStore; ceilings?: QueryCeilings }): Promise<void> {
  app.post("/api/cypher", async (request) => {
    const { query, params, timeoutMs, rowLimit } = cypherRequestSchema.parse(request.body ?? {});
    return runAdHocCypher(store, query, params, capped({ timeoutMs, rowLimit: rowLimit ?? ceilings.rowLimit }, ceilings));
  });
}
