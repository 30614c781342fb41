import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { mix, type Call } from "./api-load.js";
import type { BenchResult } from "./bench-result.js";
import { startBenchServer } from "./bench-server.js";

/**
 * What each call of bench/api-load.ts's mix costs in CPU, one request at a time: the server process (Fastify,
 * the investigation runner, JSON) and the store process (LadybugDB, result conversion, IPC) apart. CPU time
 * holds on a shared machine where wall time does not; the sum over the mix bounds the requests a second two
 * cores can answer.
 *   npx tsx bench/api-call-cost.ts 100000 [runs per call]
 */
const TICK_MS = 10;

function processCpuMs(pid: number): number {
  // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): user and system time in clock ticks.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function runApiCallCostBench(size = 100_000, runs = 20): Promise<BenchResult[]> {
  const server = await startBenchServer(size);
  const { store, base, probes } = server;
  const childPid = (store as unknown as { child?: { pid?: number } }).child?.pid ?? process.pid;
  let seed = 11;
  const pick = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const send = async (call: Call) => {
    const response = await fetch(base + call.path, call.method === "POST" ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(call.body) } : {});
    const bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`${call.label}: HTTP ${response.status}`);
    return bytes;
  };
  for (const call of mix(probes, pick)) await send(call);
  const results: BenchResult[] = [];
  let serverTotal = 0;
  let storeTotal = 0;
  const labels = mix(probes, pick).map((c) => c.label);
  for (const [position, label] of labels.entries()) {
    const load = loadavg()[0] ?? NaN;
    const server0 = process.cpuUsage();
    const store0 = processCpuMs(childPid);
    const walls: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const call = mix(probes, pick)[position] as Call;
      const started = performance.now();
      bytes += await send(call);
      walls.push(performance.now() - started);
    }
    const server = process.cpuUsage(server0);
    const serverMs = (server.user + server.system) / 1000 / runs;
    const storeMs = (processCpuMs(childPid) - store0) / runs;
    serverTotal += serverMs;
    storeTotal += storeMs;
    results.push({
      name: label,
      metrics: { runs, "server CPU ms": Math.round(serverMs * 10) / 10, "store CPU ms": Math.round(storeMs * 10) / 10, "wall ms median": Math.round(median(walls)), "response KB": Math.round(bytes / runs / 102.4) / 10, "load average": Math.round(load * 10) / 10 },
    });
  }
  const perCall = (serverTotal + storeTotal) / labels.length;
  results.push({ name: "mix (mean of the calls)", metrics: { runs, "server CPU ms": Math.round((serverTotal / labels.length) * 10) / 10, "store CPU ms": Math.round((storeTotal / labels.length) * 10) / 10, "req/s two cores could answer": Math.round(2000 / perCall) } });
  await server.close();
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [size, runs] = process.argv.slice(2).map(Number);
  for (const r of await runApiCallCostBench(size || 100_000, runs || 20)) console.log(r.name.padEnd(26), JSON.stringify(r.metrics));
}
