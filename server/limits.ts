/**
 * What one request may ask of the store, whatever its body says: clients can lower these, never raise them.
 * YTTERBY_MAX_QUERY_MS and YTTERBY_MAX_ROWS set them for a server.
 */
export interface QueryCeilings {
  timeoutMs: number;
  rowLimit: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
};

export const QUERY_CEILINGS: QueryCeilings = {
  timeoutMs: positive(process.env.YTTERBY_MAX_QUERY_MS, 30_000),
  rowLimit: positive(process.env.YTTERBY_MAX_ROWS, 10_000),
};

export function capped(requested: { timeoutMs?: number; rowLimit?: number }, ceilings: QueryCeilings): { timeoutMs: number; rowLimit?: number } {
  return {
    timeoutMs: Math.min(requested.timeoutMs ?? ceilings.timeoutMs, ceilings.timeoutMs),
    ...(requested.rowLimit === undefined ? {} : { rowLimit: Math.min(requested.rowLimit, ceilings.rowLimit) }),
  };
}
