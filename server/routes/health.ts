import type { FastifyInstance } from "fastify";
import type { GraphStore } from "../../graph/index.js";
import type { HealthCache } from "../health-cache.js";

/** Health names the store's kind, never its path: a client has no use for where the server keeps its files. */
export async function healthRoutes(app: FastifyInstance, { store, cache }: { store: GraphStore; cache: HealthCache }): Promise<void> {
  await cache.prime();
  app.get("/api/health", async () => ({ status: "ok", store: { kind: store.kind, dialect: store.dialect }, ...cache.snapshot() }));
  app.get("/api/stats", async () => store.stats());
}
