import * as errors from "../../errors.js";

/** What the parent asks of the store process and what it answers; plain data, sent over Node's IPC channel. */
export interface WorkerCall {
  id: number;
  method: string;
  args: unknown[];
}

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerialisedError };

export interface SerialisedError {
  name: string;
  message: string;
  issues?: unknown;
  missing?: unknown;
}

export function serialiseError(error: unknown): SerialisedError {
  const e = error as Error & { issues?: unknown; missing?: unknown };
  return { name: e?.name ?? "Error", message: e?.message ?? String(error), issues: e?.issues, missing: e?.missing };
}

/** Rebuilds the typed error on the parent's side, so HTTP statuses and CLI messages stay what they were in-process. */
export function reviveError(error: SerialisedError): Error {
  switch (error.name) {
    case "InputError":
      return new errors.InputError(error.message, (error.issues as errors.InputIssue[]) ?? []);
    case "NotFoundError":
      return new errors.NotFoundError(error.message, (error.missing as string[]) ?? []);
    case "ReadOnlyViolationError":
      return new errors.ReadOnlyViolationError(error.message);
    case "QueryResourceError":
      return new errors.QueryResourceError(error.message);
    case "BusyError":
      return new errors.BusyError(error.message);
    case "QueryTimeoutError":
      return new errors.QueryTimeoutError(error.message);
    case "QueryError":
      return new errors.QueryError(error.message);
    case "StoreError":
      return new errors.StoreError(error.message);
    default:
      return new errors.StoreError(`store process: ${error.message}`);
  }
}
