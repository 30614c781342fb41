import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { BusyError, InputError, NotFoundError, QueryError, QueryResourceError, QueryTimeoutError, ReadOnlyViolationError, YtterbyError } from "../graph/index.js";

/** Maps typed errors to HTTP statuses; the body always has `error.message` so the UI can show it in place. */
export function statusFor(error: unknown): number {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof QueryTimeoutError) return 408;
  if (error instanceof QueryResourceError) return 422;
  if (error instanceof BusyError) return 503;
  if (error instanceof InputError || error instanceof ReadOnlyViolationError || error instanceof QueryError) return 400;
  if (error instanceof YtterbyError) return 500;
  const status = (error as FastifyError).statusCode;
  return typeof status === "number" ? status : 500;
}

/** Absolute paths of the server's files say more than a client needs; messages keep only the file name. */
function withoutPaths(message: string): string {
  return message.replace(/(?:\/[\w.@+-]+){2,}\/([\w.@+-]+)/g, "…/$1");
}

/**
 * Every error answer carries the request id, which is also on the error's line in the server log, so a user's
 * report can be matched to what the server saw. Server faults (5xx) say no more than that.
 */
export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = statusFor(error);
  const name = (error as Error)?.name ?? "Error";
  if (status >= 500) request.log.error({ err: error, status }, "request failed");
  else request.log.warn({ status, type: name, message: (error as Error)?.message }, "request refused");
  if (error instanceof BusyError) void reply.header("retry-after", String(error.retryAfterSeconds));
  const issues = error instanceof InputError ? error.issues : undefined;
  const message = status >= 500 && !(error instanceof YtterbyError) ? "internal error; the server log has the details under this id." : withoutPaths((error as Error)?.message ?? String(error));
  const near = error instanceof NotFoundError && error.near.field ? { field: error.near.field, fieldMessage: error.near.fieldMessage, suggestions: error.near.suggestions ?? [] } : {};
  return reply.status(status).send({ error: { type: name, message, id: request.id, ...(issues ? { issues } : {}), ...near } });
}
