import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { nodeId, type GraphStore } from "../../graph/index.js";
import {
  createEntity,
  createEntityRequestSchema,
  invalidateEntityIndex,
  mergeEntities,
  mergeEntitiesRequestSchema,
  splitEntity,
  splitEntityRequestSchema,
  type EntityReviewAnswer,
} from "../../queries/index.js";
import type { HealthCache } from "../health-cache.js";

/** Entities an analyst creates from a selected name, merges or splits where resolution was wrong. */
export async function entityReviewRoutes(app: FastifyInstance, { store, health }: { store: GraphStore; health: HealthCache }): Promise<void> {
  // Names changed: search and name lookups must see them, and the header counts the new entity.
  const changed = async (answer: EntityReviewAnswer) => {
    invalidateEntityIndex(store);
    await health.reload();
    return answer;
  };

  app.post("/api/entities", async (request) => changed(await createEntity(store, createEntityRequestSchema.parse(request.body ?? {}))));

  app.post("/api/entities/merge", async (request) => changed(await mergeEntities(store, mergeEntitiesRequestSchema.parse(request.body ?? {}))));

  app.post("/api/entities/:id/split", async (request) => {
    const { id } = z.object({ id: nodeId }).parse(request.params);
    return changed(await splitEntity(store, id, splitEntityRequestSchema.parse(request.body ?? {})));
  });
}
