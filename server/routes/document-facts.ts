import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { NotFoundError, nodeId, type GraphStore } from "../../graph/index.js";
import { addFact, addFactRequestSchema, readDocumentFacts, type DocumentFactsAnswer } from "../../queries/index.js";
import type { HealthCache } from "../health-cache.js";

const documentParams = z.object({ id: nodeId });

/** A document's facts for the review panel, and facts an analyst adds from a selected span. */
export async function documentFactRoutes(app: FastifyInstance, { store, health }: { store: GraphStore; health: HealthCache }): Promise<void> {
  app.get("/api/documents/:id/facts", async (request): Promise<DocumentFactsAnswer> => {
    const { id } = documentParams.parse(request.params);
    const found = await store.read("MATCH (d:Document {id: $id}) RETURN d.id AS id", { id });
    if (found.rows.length === 0) throw new NotFoundError(`document "${id}" does not exist.`, [id]);
    return { documentId: id, facts: await readDocumentFacts(store, id) };
  });

  app.post("/api/documents/:id/facts", async (request) => {
    const { id } = documentParams.parse(request.params);
    const answer = await addFact(store, id, addFactRequestSchema.parse(request.body ?? {}));
    // The header's counts include the new relationship.
    await health.reload();
    return answer;
  });
}
