import { EmbeddedStore } from "../embedded/embedded-store.js";
import type { GraphStore } from "../graph-store.js";
import { serialiseError, type WorkerCall, type WorkerReply } from "./worker-protocol.js";

/**
 * The store process: owns the embedded database and answers the parent's calls one message at a time. It
 * exists so that the parent can kill it when a query grows past the memory budget (LadybugDB builds results
 * in native memory that no setting bounds: `UNWIND range(1,100000000)` reached 20 GB), and start another.
 */
const path = process.env.YTTERBY_WORKER_DB;
const bufferPoolBytes = Number(process.env.YTTERBY_WORKER_BUFFER_POOL ?? 0);
const readConnections = Number(process.env.YTTERBY_READ_CONNECTIONS) || undefined;
if (!path || !process.send) {
  console.error("store-worker: start it through IsolatedStore, which sets YTTERBY_WORKER_DB and an IPC channel.");
  process.exit(2);
}
const send = (reply: WorkerReply) => process.send?.(reply);

const store: GraphStore = await EmbeddedStore.open(path, { bufferPoolBytes, readConnections });
const METHODS = new Set(["ensureSchema", "upsert", "upsertAll", "markLoad", "loadedFiles", "recordLoadedFiles", "refreshDerived", "generation", "read", "getNodes", "neighbourhood", "paths", "evidenceFor", "recordReview", "reviews", "stats", "reset"]);

process.on("message", (call: WorkerCall) => {
  if (!METHODS.has(call.method)) {
    send({ id: call.id, ok: false, error: { name: "StoreError", message: `store process: no method ${call.method}` } });
    return;
  }
  const method = (store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[call.method];
  Promise.resolve()
    .then(() => method?.apply(store, call.args))
    .then(
      (value) => send({ id: call.id, ok: true, value }),
      (error: unknown) => send({ id: call.id, ok: false, error: serialiseError(error) }),
    );
});
process.on("disconnect", () => {
  void store.close().finally(() => process.exit(0));
});
send({ id: 0, ok: true, value: "ready" });
