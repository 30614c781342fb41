import type { EntityCandidate } from "./entity-match.js";

/** Messages to the entity-index worker thread (entity-index-worker.ts); every call is answered once, by id. */
export type IndexCall =
  | { id: number; type: "add"; candidates: EntityCandidate[] }
  | { id: number; type: "build" }
  | { id: number; type: "exact"; ref: string; kinds: readonly string[] }
  | { id: number; type: "rank"; query: string; limit: number; kinds: readonly string[] };

export type IndexReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
