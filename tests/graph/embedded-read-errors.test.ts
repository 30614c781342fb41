import { describe, expect, it } from "vitest";
import { BusyError, QueryError, QueryTimeoutError } from "../../graph/index.js";
import { readFailure } from "../../graph/store/embedded/read-errors.js";
import { statusFor } from "../../server/errors.js";

// The engine's own messages, as LadybugDB 0.19 raised them (the buffer-pool one under 32 clients on the 1M-node graph).
describe("an engine failure during a read", () => {
  it("is a busy server (503 with Retry-After) when the buffer pool is full, naming the setting that gives it more", () => {
    const error = readFailure("Buffer manager exception: Unable to allocate memory! The buffer pool is full and no memory could be freed!", 30_000);
    expect(error).toBeInstanceOf(BusyError);
    expect((error as BusyError).retryAfterSeconds).toBeGreaterThan(0);
    expect(error.message).toMatch(/YTTERBY_BUFFER_POOL_MB/);
    expect(statusFor(error)).toBe(503);
  });

  it("is a timeout (408) when the query was interrupted", () => {
    const error = readFailure("Interrupted.", 5_000);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(error.message).toMatch(/5000 ms/);
    expect(statusFor(error)).toBe(408);
  });

  it("stays a query error (400) otherwise, with the engine's words", () => {
    const error = readFailure("Binder exception: Variable x is not in scope.", 30_000);
    expect(error).toBeInstanceOf(QueryError);
    expect(error).not.toBeInstanceOf(QueryTimeoutError);
    expect(error.message).toBe("query: Binder exception: Variable x is not in scope.");
    expect(statusFor(error)).toBe(400);
  });
});
