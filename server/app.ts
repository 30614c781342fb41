import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { ZodError } from "zod";
import { InputError, type GraphStore } from "../graph/index.js";
import { sendError } from "./errors.js";
import { graphRoutes } from "./routes/graph.js";
import { healthRoutes } from "./routes/health.js";
import { cypherRoutes } from "./routes/cypher.js";
import { investigationRoutes } from "./routes/investigations.js";

export interface ServerOptions {
  store: GraphStore;
  /** The built explorer (ui/dist); the API alone is served when it is missing. */
  uiDir?: string;
  logger?: boolean;
}

export async function buildServer({ store, uiDir, logger = false }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 1024 * 1024 });
  app.setErrorHandler((error, request, reply) => {
    const typed = error instanceof ZodError ? new InputError(`request: ${error.issues.map((i) => `${i.path.join(".") || "value"}: ${i.message}`).join("; ")}`, error.issues.map((i) => ({ where: request.url, field: i.path.join("."), message: i.message }))) : error;
    return sendError(typed, request, reply);
  });
  await app.register(healthRoutes, { store });
  await app.register(graphRoutes, { store });
  await app.register(investigationRoutes, { store });
  await app.register(cypherRoutes, { store });
  if (uiDir && existsSync(join(uiDir, "index.html"))) {
    await app.register(fastifyStatic, { root: uiDir, wildcard: false });
    // The explorer routes on the client, so unknown non-API paths get the app shell.
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith("/api/")) return reply.status(404).send({ error: { type: "NotFoundError", message: `${request.url}: no such API route.` } });
      return reply.sendFile("index.html");
    });
  }
  return app;
}
