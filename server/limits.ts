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

/**
 * What one upload to POST /api/documents may carry: YTTERBY_UPLOAD_FILE_MB per file, YTTERBY_UPLOAD_REQUEST_MB
 * per request and YTTERBY_UPLOAD_FILES files. Uploads are held in memory while they are checked, so the request
 * limit bounds what one upload costs the server.
 */
export interface UploadLimits {
  fileBytes: number;
  requestBytes: number;
  files: number;
}

const MB = 1024 * 1024;

export const UPLOAD_LIMITS: UploadLimits = {
  fileBytes: positive(process.env.YTTERBY_UPLOAD_FILE_MB, 20) * MB,
  requestBytes: positive(process.env.YTTERBY_UPLOAD_REQUEST_MB, 100) * MB,
  files: positive(process.env.YTTERBY_UPLOAD_FILES, 50),
};
