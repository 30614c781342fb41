import { BusyError, QueryError, QueryTimeoutError } from "../../errors.js";

/** LadybugDB's words when a query ran out of buffer pool; measured with 32 concurrent clients on the 1M-node graph. */
const BUFFER_POOL_FULL = /buffer pool is full|Unable to allocate memory/i;

/**
 * The typed error for an engine failure while a read ran. A full buffer pool is the server being busy (other
 * queries hold the pages), so the caller is told to come back (503 + Retry-After) rather than that the query is wrong.
 */
export function readFailure(message: string, timeoutMs: number): Error {
  if (/interrupt|timeout/i.test(message)) return new QueryTimeoutError(`query: cancelled after ${timeoutMs} ms. Narrow the query or raise the timeout.`);
  if (BUFFER_POOL_FULL.test(message)) {
    return new BusyError(
      "query: the database's buffer pool is full while other queries run; try again in a moment. If it happens with one query alone, give the store more memory (YTTERBY_BUFFER_POOL_MB).",
      2,
    );
  }
  return new QueryError(`query: ${message}`);
}
