import { parentPort } from "node:worker_threads";
import type { EntityCandidate } from "./entity-match.js";
import { EntityIndex } from "./entity-ranking.js";
import type { IndexCall, IndexReply } from "./entity-index-protocol.js";

// The entity index lives in this thread: building it (seconds at 1M names) and scanning it per search never hold up the server's event loop.
let pending: EntityCandidate[] = [];
let index: EntityIndex | undefined;

const answer = (call: IndexCall): unknown => {
  switch (call.type) {
    case "add":
      for (const candidate of call.candidates) pending.push(candidate);
      return pending.length;
    case "build":
      index = new EntityIndex(pending);
      pending = [];
      return index.size;
    case "exact":
      if (!index) throw new Error("entity index: exact lookup before the index was built");
      return index.exact(call.ref, call.kinds);
    case "rank":
      if (!index) throw new Error("entity index: ranking before the index was built");
      return index.rank(call.query, call.limit, call.kinds);
  }
};

parentPort?.on("message", (call: IndexCall) => {
  let reply: IndexReply;
  try {
    reply = { id: call.id, ok: true, value: answer(call) };
  } catch (error) {
    reply = { id: call.id, ok: false, message: (error as Error).message };
  }
  parentPort?.postMessage(reply);
});
