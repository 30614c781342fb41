/**
 * Meta keys of the load ledger, one per file content (loader + SHA-256 of the bytes) loaded without an issue, so an
 * unchanged file is skipped on the next load. Both stores keep them beside the load marker; reset() empties them.
 */
export const LOAD_LEDGER_PREFIX = "file:";
