import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { InputError, NotFoundError, QueryError, QueryTimeoutError, ReadOnlyViolationError, YtterbyError } from "../graph/index.js";

/** Maps typed errors to HTTP statuses; the body always has `error.message` so the UI can show it in place. */
export function statusFor(error: unknown): number {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof QueryTimeoutError) return 408;
  if (error instanceof InputError || error instanceof ReadOnlyViolationError || error instanceof QueryError) return 400;
  if (error instanceof YtterbyError) return 500;
  const status = (error as FastifyError).statusCode;
  return typeof status === "number" ? status : 500;
}

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = statusFor(error);
  if (status >= 500) request.log.error(error);
  const issues = error instanceof InputError ? error.issues : undefined;
  return reply.status(status).send({ error: { type: (error as Error).name, message: (error as Error).message, ...(issues ? { issues } : {}) } });
}
