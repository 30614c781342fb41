/**
 * Typed errors, so callers branch on the class, never on message text.
 * Messages follow "where: what is wrong. what to do instead."
 */
export class YtterbyError extends Error {
  override name = "YtterbyError";
}

export interface InputIssue {
  /** File, record or request the problem is in. */
  where: string;
  field?: string;
  message: string;
}

export class InputError extends YtterbyError {
  override name = "InputError";
  constructor(
    message: string,
    readonly issues: InputIssue[] = [],
  ) {
    super(message);
  }
}

/** Entities close to a name nobody has, for a "did you mean" a user can click. */
export interface Suggestion {
  id: string;
  name: string;
  kind: string;
}

export class NotFoundError extends YtterbyError {
  override name = "NotFoundError";
  constructor(
    message: string,
    readonly missing: string[] = [],
    /** The parameter that named nothing, what to say beside it, and what it could have meant. */
    readonly near: { field?: string; fieldMessage?: string; suggestions?: Suggestion[] } = {},
  ) {
    super(message);
  }
}

export class StoreError extends YtterbyError {
  override name = "StoreError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class QueryError extends YtterbyError {
  override name = "QueryError";
}

export class QueryTimeoutError extends QueryError {
  override name = "QueryTimeoutError";
}

export class ReadOnlyViolationError extends QueryError {
  override name = "ReadOnlyViolationError";
}

/** A query needed more memory than the server allows one query; it was stopped, the server was not. */
export class QueryResourceError extends QueryError {
  override name = "QueryResourceError";
}

/** Too many queries are waiting; the caller should retry after `retryAfterSeconds`. */
export class BusyError extends YtterbyError {
  override name = "BusyError";
  constructor(
    message: string,
    readonly retryAfterSeconds: number = 1,
  ) {
    super(message);
  }
}
