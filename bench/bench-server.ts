import type { FastifyInstance } from "fastify";
import { IsolatedStore } from "../graph/index.js";
import { buildServer } from "../server/app.js";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
export async function startBenchServer(size: number, options: { openHere?: boolean } = {}): Promise<BenchServer> {
  const { probes, path } = options.openHere === false ? await builtScaleStore(size) : await openScaleStore(size).then(async ({ store, ...rest }) => (await store.close(), rest));
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

/**
 * The scale graph already built and its derived files current (a run of openScaleStore before), taken without
 * opening it in this process: LadybugDB's default pool keeps what a store read here resident after it is closed,
 * which a memory measurement of the server would count (about 0.4 GB at 1M nodes).
 */
async function builtScaleStore(size: number): Promise<{ probes: Probes; path: string }> {
  const path = join(process.env.YTTERBY_SCALE_DIR ?? tmpdir(), `ytterby-scale-${size}.lbug`);
  const probeFile = `${path}.probes.json`;
  if (!existsSync(probeFile)) {
    const { store, probes } = await openScaleStore(size);
    await store.close();
    return { probes, path };
  }
  return { probes: JSON.parse(await readFile(probeFile, "utf8")) as Probes, path };
}
