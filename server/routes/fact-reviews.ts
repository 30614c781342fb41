import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { GraphStore } from "../../graph/index.js";
import type { HealthCache } from "../health-cache.js";
import { correctFact, correctFactRequestSchema, factIdSchema, reviewFact, reviewFactRequestSchema, toReviewStatement, type FactReviewsAnswer } from "../../queries/index.js";

const factParams = z.object({ factId: factIdSchema });

/** Confirming, rejecting and correcting one fact, and its review history (the inspector's). */
export async function factReviewRoutes(app: FastifyInstance, { store, health }: { store: GraphStore; health: HealthCache }): Promise<void> {
  app.post("/api/facts/:factId/review", async (request) => {
    const { factId } = factParams.parse(request.params);
    return reviewFact(store, factId, reviewFactRequestSchema.parse(request.body ?? {}));
  });

  app.post("/api/facts/:factId/correct", async (request) => {
    const { factId } = factParams.parse(request.params);
    const answer = await correctFact(store, factId, correctFactRequestSchema.parse(request.body ?? {}));
    // A correction adds a relationship, which the header counts.
    await health.reload();
    return answer;
  });

  app.get("/api/facts/:factId/reviews", async (request): Promise<FactReviewsAnswer> => {
    const { factId } = factParams.parse(request.params);
    return { factId, reviews: (await store.reviews({ factId })).map(toReviewStatement) };
  });
}
