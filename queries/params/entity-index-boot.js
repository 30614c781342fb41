// The entity-index worker thread's entry. Node 20 does not carry tsx's loader into a worker thread, so the
// thread registers it before importing the TypeScript body (the store process gets it through --import).
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
