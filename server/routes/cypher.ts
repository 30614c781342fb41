import type { FastifyInstance } from "fastify";
import type { GraphStore } from "../../graph/index.js";
import { cypherRequestSchema, runAdHocCypher } from "../../queries/index.js";

/** Ad-hoc read-only Cypher in the active store's dialect; write clauses get a 400 naming the clause. */
export async function cypherRoutes(app: FastifyInstance, { store }: { store: GraphStore }): Promise<void> {
  app.post("/api/cypher", async (request) => {
    const { query, params, timeoutMs, rowLimit } = cypherRequestSchema.parse(request.body ?? {});
    return runAdHocCypher(store, query, params, { timeoutMs, rowLimit });
  });
}
