import type { GraphStore } from "../../graph/index.js";
import { loadPaths } from "../../loaders/index.js";
import type { LoadOutcome, LoadRequest, StoreCall, StoreReply } from "./protocol.js";

/**
 * The loader process of one upload: parses, extracts and resolves the files (CPU work that would otherwise
 * stall the server's event loop for seconds on a large file), and asks the server for every store call, since
 * the server's store process holds the database. It exits when the load is done.
 */
if (!process.send) {
  console.error("loader-child: start it through runLoadInChild, which opens an IPC channel.");
  process.exit(2);
}
const send = (message: StoreCall | LoadOutcome) => process.send?.(message);
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextId = 1;

function proxyStore(spec: LoadRequest["store"]): GraphStore {
  const call = (method: string) => (...args: unknown[]) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      send({ type: "call", id, method, args });
    });
  const store: Record<string, unknown> = { kind: spec.kind, dialect: spec.dialect, location: spec.location };
  for (const method of spec.methods) store[method] = call(method);
  return store as unknown as GraphStore;
}

process.on("message", (message: LoadRequest | StoreReply) => {
  if (message.type === "reply") {
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.ok) pending?.resolve(message.value);
    else pending?.reject(new Error(message.message));
    return;
  }
  loadPaths(proxyStore(message.store), message.paths, { names: new Map(message.names) }).then(
    (summary) => send({ type: "done", summary }),
    (error: unknown) => send({ type: "failed", message: (error as Error).message }),
  );
});
