import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { ZodError } from "zod";
import { InputError, type GraphStore } from "../graph/index.js";
import { acceptTokenFromQuery, allowedHostsFor, checkAccess } from "./access.js";
import { admissionLimitsFromEnv, registerAdmission, RequestAdmission, type AdmissionLimits } from "./admission.js";
import { sendError } from "./errors.js";
import { HealthCache } from "./health-cache.js";
import { invalidateEntityIndex, storeGeneration } from "../queries/index.js";
import { NEO4J_GENERATION_INTERVAL_MS, ResultCache, registerResultCache, resultCacheLimitsFromEnv, type ResultCacheLimits } from "./result-cache.js";
import { generationWhenFilesMove, StoreGenerationCheck } from "./store-generation-check.js";
import { WriteWatchedStore } from "./write-watched-store.js";
import { QUERY_CEILINGS, UPLOAD_LIMITS, type QueryCeilings, type UploadLimits } from "./limits.js";
import { documentUploadRoutes } from "./routes/documents-upload.js";
import { documentFactRoutes } from "./routes/document-facts.js";
import { entityReviewRoutes } from "./routes/entity-reviews.js";
import { factReviewRoutes } from "./routes/fact-reviews.js";
import { graphRoutes } from "./routes/graph.js";
import { healthRoutes } from "./routes/health.js";
import { cypherRoutes } from "./routes/cypher.js";
import { investigationRoutes } from "./routes/investigations.js";

export interface ServerOptions {
  store: GraphStore;
  /** The built explorer (ui/dist); the API alone is served when it is missing. */
  uiDir?: string;
  /** A pino logger configuration (structured JSON lines), or false for none. */
  logger?: FastifyServerOptions["logger"];
  /** When set, every /api route but /api/health needs it. */
  token?: string;
  /** Host names to answer to (any port); by default the loopback names. */
  allowedHosts?: readonly string[];
  ceilings?: QueryCeilings;
  /** What POST /api/documents accepts (sizes, file count). */
  uploadLimits?: UploadLimits;
  /** Requests worked on at once and how long one may wait (server/admission.ts); from the environment by default. */
  admission?: AdmissionLimits;
  /** Answers kept for identical read requests until the store's next write (server/result-cache.ts); from the environment by default. */
  resultCache?: ResultCacheLimits;
}

/**
 * The explorer's page may run only its own scripts (no inline script, no eval): the one thing an attacker who
 * slips markup into a document title or quote could use. Styles may be inline because the code editor and
 * React set them; workers come from blob: URLs because the ForceAtlas2 layout worker is built that way.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", "blob:"],
    fontSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", "blob:"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

export async function buildServer({ store: givenStore, uiDir, logger = false, token, allowedHosts = allowedHostsFor("127.0.0.1"), ceilings = QUERY_CEILINGS, uploadLimits = UPLOAD_LIMITS, admission = admissionLimitsFromEnv(), resultCache = resultCacheLimitsFromEnv(process.env, givenStore.dialect) }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 1024 * 1024, genReqId: () => randomUUID().slice(0, 8) });
  app.setErrorHandler((error, request, reply) => {
    const typed = error instanceof ZodError ? new InputError(`request: ${error.issues.map((i) => `${i.path.join(".") || "value"}: ${i.message}`).join("; ")}`, error.issues.map((i) => ({ where: request.url, field: i.path.join("."), message: i.message }))) : error;
    return sendError(typed, request, reply);
  });
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
    hsts: false,
  });
  app.addHook("onRequest", async (request) => checkAccess(request, { token, allowedHosts }));
  const answers = new ResultCache(resultCache);
  // Every route gets the watched store, so writes through the server drop kept answers as they start and end.
  const store = new WriteWatchedStore(givenStore, () => answers.invalidate("start"), () => answers.invalidate("end"));
  // Writes past the server (the CLI's load, another handle) are seen by the store's generation, read per request.
  const readGeneration = async () => (await storeGeneration(store)).generation;
  const generation = new StoreGenerationCheck(
    store.kind === "embedded" ? generationWhenFilesMove(store.location, readGeneration) : readGeneration,
    (now) => {
      answers.storeChanged();
      invalidateEntityIndex(store, { unlessGeneration: now });
    },
    store.dialect === "ladybug" ? 0 : NEO4J_GENERATION_INTERVAL_MS,
  );
  registerResultCache(app, answers, generation);
  registerAdmission(app, new RequestAdmission(admission));
  const health = new HealthCache(store);
  await app.register(healthRoutes, { store, cache: health });
  await app.register(documentUploadRoutes, { store, health, limits: uploadLimits });
  await app.register(graphRoutes, { store });
  await app.register(documentFactRoutes, { store, health });
  await app.register(factReviewRoutes, { store, health });
  await app.register(entityReviewRoutes, { store, health });
  await app.register(investigationRoutes, { store, ceilings });
  await app.register(cypherRoutes, { store, ceilings });
  if (uiDir && existsSync(join(uiDir, "index.html"))) {
    await app.register(fastifyStatic, { root: uiDir, wildcard: false, index: false });
    app.get("/", async (request, reply) => (acceptTokenFromQuery(request, reply, token) ? reply : reply.sendFile("index.html")));
    // The explorer routes on the client, so unknown non-API paths get the app shell.
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith("/api/")) return reply.status(404).send({ error: { type: "NotFoundError", message: `${request.url.slice(0, 200)}: no such API route.`, id: request.id } });
      return reply.sendFile("index.html");
    });
  }
  return app;
}
