import type { FastifyInstance } from "fastify";
import type { GraphStore } from "../../graph/index.js";

export async function healthRoutes(app: FastifyInstance, { store }: { store: GraphStore }): Promise<void> {
  app.get("/api/health", async () => {
    const stats = await store.stats();
    return { status: "ok", store: { kind: store.kind, dialect: store.dialect, location: store.location }, counts: stats };
  });
  app.get("/api/stats", async () => store.stats());
}
