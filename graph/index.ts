export * from "./schema/index.js";
export * from "./errors.js";
export * from "./ids.js";
export * from "./batch.js";
export * from "./store/graph-store.js";
export { openStore, storeConfigFromEnv, DEFAULT_EMBEDDED_PATH, type StoreConfig } from "./store/open-store.js";
export { EmbeddedStore } from "./store/embedded/embedded-store.js";
export { Neo4jStore } from "./store/neo4j/neo4j-store.js";
export { groupBy } from "./group-by.js";
