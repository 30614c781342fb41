import type { FastifyInstance } from "fastify";
import { IsolatedStore } from "../graph/index.js";
import { buildServer } from "../server/app.js";
import { openScaleStore, type Probes } from "./investigations-scale.js";

export interface BenchServer {
  app: FastifyInstance;
  store: IsolatedStore;
  /** http://127.0.0.1:<ephemeral port> */
  base: string;
  probes: Probes;
  close(): Promise<void>;
}

/**
 * The real server (Fastify, the store in its own process with a 1.5 GB memory budget) on an
 * ephemeral port, over the synthetic graph of `size` nodes (built on first use, then reused).
 */
export async function startBenchServer(size: number): Promise<BenchServer> {
  const { store: builder, probes, path } = await openScaleStore(size);
  await builder.close();
  const store = await IsolatedStore.open(path, { memoryBudgetBytes: 1536 * 1024 * 1024 });
  const app = await buildServer({ store });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    app,
    store,
    base,
    probes,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
