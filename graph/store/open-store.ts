import { resolve } from "node:path";
import { EmbeddedStore } from "./embedded/embedded-store.js";
import type { GraphStore } from "./graph-store.js";
import { IsolatedStore } from "./isolated/isolated-store.js";
import { Neo4jStore } from "./neo4j/neo4j-store.js";

export type StoreConfig =
  | { kind: "embedded"; path: string; copyThreshold?: number }
  | { kind: "neo4j"; uri: string; user: string; password: string; database?: string };

export const DEFAULT_EMBEDDED_PATH = ".ytterby/graph.lbug";

/** Neo4j when NEO4J_URI is set, else the embedded database at YTTERBY_DB or .ytterby/. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  if (env.NEO4J_URI) {
    return { kind: "neo4j", uri: env.NEO4J_URI, user: env.NEO4J_USER ?? "neo4j", password: env.NEO4J_PASSWORD ?? "", database: env.NEO4J_DATABASE || undefined };
  }
  return { kind: "embedded", path: resolve(env.YTTERBY_DB ?? DEFAULT_EMBEDDED_PATH) };
}

export interface OpenOptions {
  /**
   * For a server: the embedded database runs in a child process that is killed and restarted when a query
   * outgrows its memory budget (YTTERBY_QUERY_MEMORY_MB, default 768) or its timeout. Neo4j bounds its own
   * transactions, so it is opened as usual. YTTERBY_BUFFER_POOL_MB sizes LadybugDB's page cache (default 256 in
   * the server's store process, LadybugDB's own default, most of the machine's memory, for the CLI);
   * YTTERBY_READ_CONNECTIONS, YTTERBY_MAX_PENDING and YTTERBY_MAX_QUEUE_WAIT_MS are the server's read pool and
   * admission (graph/store/isolated/isolated-store.ts).
   */
  isolated?: boolean;
}

export async function openStore(config: StoreConfig = storeConfigFromEnv(), options: OpenOptions = {}): Promise<GraphStore> {
  if (config.kind === "neo4j") return Neo4jStore.open(config);
  if (options.isolated) {
    const megabytes = Number(process.env.YTTERBY_QUERY_MEMORY_MB);
    return IsolatedStore.open(config.path, Number.isFinite(megabytes) && megabytes > 0 ? { memoryBudgetBytes: megabytes * 1024 * 1024 } : {});
  }
  const bufferPoolMb = Number(process.env.YTTERBY_BUFFER_POOL_MB);
  return EmbeddedStore.open(config.path, { copyThreshold: config.copyThreshold, ...(Number.isFinite(bufferPoolMb) && bufferPoolMb > 0 ? { bufferPoolBytes: Math.round(bufferPoolMb * 1024 * 1024) } : {}) });
}
