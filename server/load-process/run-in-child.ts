import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { StoreError, type GraphStore } from "../../graph/index.js";
import type { LoadSummary } from "../../loaders/index.js";
import { FORWARDED_METHODS, type LoadOutcome, type LoadRequest, type StoreCall, type StoreReply } from "./protocol.js";

const CHILD = fileURLToPath(new URL("./loader-child.ts", import.meta.url));

export interface LoaderSession {
  /** One load through `ytterby load`'s pipeline; loads of a session run one after another. */
  load(paths: string[], names: Map<string, string>): Promise<LoadSummary>;
  close(): void;
}

/**
 * A child process that runs `ytterby load`'s pipeline, its store calls served from the server's store. The
 * server's event loop only relays messages, so investigations keep answering while a large file is parsed and
 * resolved; and a hostile file that exhausts the loader takes down only the child.
 */
export function loaderSession(store: GraphStore): LoaderSession {
  const child = fork(CHILD, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"], serialization: "advanced" });
  const methods = FORWARDED_METHODS.filter((m) => typeof (store as unknown as Record<string, unknown>)[m] === "function");
  const target = store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  let current: { resolve: (summary: LoadSummary) => void; reject: (error: Error) => void } | undefined;
  let exited: Error | undefined;
  const reply = (message: StoreReply) => {
    if (child.connected) child.send(message);
  };
  child.on("message", (message: StoreCall | LoadOutcome) => {
    if (message.type === "call") {
      if (!(methods as readonly string[]).includes(message.method)) return reply({ type: "reply", id: message.id, ok: false, message: `no store method ${message.method}` });
      Promise.resolve()
        .then(() => target[message.method]!.apply(store, message.args))
        .then(
          (value) => reply({ type: "reply", id: message.id, ok: true, value }),
          (error: unknown) => reply({ type: "reply", id: message.id, ok: false, message: (error as Error).message }),
        );
      return;
    }
    const waiting = current;
    current = undefined;
    if (message.type === "done") waiting?.resolve(message.summary);
    else waiting?.reject(new StoreError(`upload: the load failed (${message.message}).`));
  });
  child.once("exit", (code, signal) => {
    exited = new StoreError(`upload: the loader process stopped (${signal ?? `exit ${code}`}) before the load finished; what it wrote is kept, and uploading the files again completes the load.`);
    current?.reject(exited);
    current = undefined;
  });
  return {
    load(paths, names) {
      if (exited) return Promise.reject(exited);
      if (current) return Promise.reject(new StoreError("upload: a load is already running in this session."));
      return new Promise<LoadSummary>((resolve, reject) => {
        current = { resolve, reject };
        child.send({ type: "load", paths, names: [...names], store: { kind: store.kind, dialect: store.dialect, location: store.location, methods } } satisfies LoadRequest);
      });
    },
    close() {
      if (child.connected) child.disconnect();
    },
  };
}
