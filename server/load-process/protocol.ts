import type { LoadSummary } from "../../loaders/index.js";

/** Parent → loader process: load these files (their generated paths, and the names to show for them). */
export interface LoadRequest {
  type: "load";
  paths: string[];
  names: Array<[string, string]>;
  store: { kind: "embedded" | "neo4j"; dialect: "ladybug" | "neo4j"; location: string; methods: string[] };
}

/** Loader process → parent: a store call to make on the loader's behalf. */
export interface StoreCall {
  type: "call";
  id: number;
  method: string;
  args: unknown[];
}

export type StoreReply = { type: "reply"; id: number; ok: true; value: unknown } | { type: "reply"; id: number; ok: false; message: string };

export type LoadOutcome = { type: "done"; summary: LoadSummary } | { type: "failed"; message: string };

/** The store methods a load uses; only these are forwarded. */
export const FORWARDED_METHODS = ["read", "upsert", "upsertAll", "markLoad", "loadedFiles", "recordLoadedFiles", "refreshDerived", "getNodes", "stats"] as const;
