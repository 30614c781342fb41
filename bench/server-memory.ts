import { mix, residentMb, type Call } from "./api-load.js";
import type { BenchResult } from "./bench-result.js";
import { startBenchServer } from "./bench-server.js";

/**
 * Where the server's memory goes: the resident size of the server process (with V8's heap and the buffers outside
 * it) and of the store process, after the server starts, after the first search (the entity index), after the first
 * ownership question (the ownership index) and after three rounds of bench/api-load.ts's mix, one call at a time.
 *   npx tsx bench/server-memory.ts 1000000
 * At 1M nodes wrap it in `flock /work/bench-1m.lock`.
 */
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export async function runServerMemoryBench(size = 1_000_000): Promise<BenchResult[]> {
  const server = await startBenchServer(size, { openHere: false });
  const { store, base, probes } = server;
  const childPid = (store as unknown as { child?: { pid?: number } }).child?.pid;
  let seed = 5;
  const pick = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const send = async (call: Call) => {
    const response = await fetch(base + call.path, call.method === "POST" ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(call.body) } : {});
    await response.arrayBuffer();
    return response.status;
  };
  const results: BenchResult[] = [];
  const sample = (name: string, extra: Record<string, string | number> = {}) => {
    const m = process.memoryUsage();
    const serverRss = residentMb(process.pid);
    const storeRss = childPid ? residentMb(childPid) : 0;
    results.push({
      name,
      metrics: { "server RSS MB": serverRss, "V8 heap used MB": mb(m.heapUsed), "V8 heap total MB": mb(m.heapTotal), "external + array buffers MB": mb(m.external), "store process RSS MB": storeRss, "sum MB": serverRss + storeRss, ...extra },
    });
  };
  // Let the entity index the server starts building at boot finish first.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  sample("server started");
  const calls = mix(probes, pick);
  const byLabel = (label: string) => calls.find((c) => c.label === label) as Call;
  sample("first search", { status: await send(byLabel("search")) });
  sample("first actor-holdings (ownership index)", { status: await send(byLabel("actor-holdings")) });
  const statuses: Record<string, number> = {};
  for (let round = 0; round < 3; round++) {
    for (const call of mix(probes, pick)) {
      const status = await send(call);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  }
  sample("three rounds of the mix", { statuses: JSON.stringify(statuses) });
  await server.close();
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [size] = process.argv.slice(2).map(Number);
  for (const r of await runServerMemoryBench(size || 1_000_000)) console.log(r.name.padEnd(42), JSON.stringify(r.metrics));
}
