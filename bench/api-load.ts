import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import type { BenchResult } from "./bench-result.js";
import { resultCacheLimitsFromEnv } from "../server/result-cache.js";
import { startBenchServer } from "./bench-server.js";
import type { Probes } from "./investigations-scale.js";

/**
 * The API under many users: `clients` loops each send one request after another for `seconds`, over a mix of
 * investigations and searches on the synthetic graph, while a probe asks /api/health every 100 ms. The server
 * is the real one (Fastify, the store in its own process), on an ephemeral port. Requests the server turns away
 * (503, admission control) are counted apart, and that client waits the Retry-After before its next request;
 * latencies are those of the requests answered.
 *   npx tsx bench/api-load.ts 100000 32 30
 * YTTERBY_READ_CONNECTIONS=1 runs the store process with one read connection, as before the pool.
 */
export type Call = { label: string; method: "GET" | "POST"; path: string; body?: unknown };

export function mix(p: Probes, pick: () => number): Call[] {
  const actor = () => `actor:a${Math.floor(pick() * 40_000) + 100}`;
  const asset = () => `asset:m${Math.floor(pick() * 40_000)}`;
  const run = (id: string, params: Record<string, unknown>): Call => ({ label: id, method: "POST", path: `/api/investigations/${id}/run`, body: { params } });
  return [
    { label: "search", method: "GET", path: `/api/search?q=${encodeURIComponent(["Atlas Min", "Granite Plant 2", "Zenith"][Math.floor(pick() * 3)] ?? "Atlas")}` },
    run("neighbourhood", { entity: actor() }),
    run("ultimate-owners", { asset: asset() }),
    run("actor-holdings", { actor: actor() }),
    run("timeline", { entity: actor() }),
    run("concentration", { element: p.element }),
    run("ownership-chain", { from: p.deepAssetRoot, to: p.deepAsset }),
    run("evidence", { fact: actor() }),
    run("foreign-stakes", { ownerCountry: p.stateCountry, assetCountry: p.country }),
    run("dependency-paths", { country: p.country, element: p.element }),
  ];
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

export function residentMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

/** User + system CPU seconds of a process so far (/proc/<pid>/stat, clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

export async function runApiLoadBench(size = 100_000, clients = 32, seconds = 30): Promise<BenchResult[]> {
  const server = await startBenchServer(size);
  const { store, base, probes } = server;
  let seed = 7;
  const pick = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  // Steady state is measured: each kind of call once first, which also lets the server finish its entity index.
  for (const call of mix(probes, pick)) await fetch(base + call.path, call.method === "POST" ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(call.body) } : {}).then((r) => r.arrayBuffer());
  const latencies: number[] = [];
  const byLabel = new Map<string, number[]>();
  const errors = new Map<string, number>();
  // 503s are the server's admission control turning a request away at once; counted apart from errors, and the
  // client waits the Retry-After it was given (as a browser user retrying would) before its next request.
  const refusedLatencies: number[] = [];
  let retryWaitMs = 0;
  const health: number[] = [];
  // How often the mix repeats itself: the result cache can only answer a request it has seen before.
  const distinct = new Set<string>();
  let cacheHits = 0;
  const until = performance.now() + seconds * 1000;
  const send = async (call: Call) => {
    const started = performance.now();
    let retryAfterMs = 0;
    try {
      const response = await fetch(base + call.path, call.method === "POST" ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(call.body) } : {});
      await response.arrayBuffer();
      if (response.headers.get("x-ytterby-cache") === "hit") cacheHits++;
      if (response.status === 503) retryAfterMs = Number(response.headers.get("retry-after") ?? 1) * 1000;
      else if (!response.ok) errors.set(`${call.label} ${response.status}`, (errors.get(`${call.label} ${response.status}`) ?? 0) + 1);
    } catch (error) {
      errors.set(`${call.label} ${(error as Error).message}`, (errors.get(`${call.label} ${(error as Error).message}`) ?? 0) + 1);
    }
    const ms = performance.now() - started;
    if (retryAfterMs > 0) {
      refusedLatencies.push(ms);
      const wait = Math.max(0, Math.min(retryAfterMs, until - performance.now()));
      retryWaitMs += wait;
      await new Promise((resolve) => setTimeout(resolve, wait));
      return;
    }
    latencies.push(ms);
    distinct.add(`${call.path} ${JSON.stringify(call.body ?? "")}`);
    byLabel.set(call.label, [...(byLabel.get(call.label) ?? []), ms]);
  };
  const client = async () => {
    while (performance.now() < until) {
      const calls = mix(probes, pick);
      await send(calls[Math.floor(pick() * calls.length)] as Call);
    }
  };
  const probe = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
      health.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const childPid = (store as unknown as { child?: { pid?: number } }).child?.pid;
  let peakRss = 0;
  const rssWatch = setInterval(() => {
    peakRss = Math.max(peakRss, residentMb(process.pid) + (childPid ? residentMb(childPid) : 0));
  }, 500);
  const loadStart = loadavg()[0] ?? NaN;
  const cpuStart = { server: process.cpuUsage(), store: childPid ? cpuSeconds(childPid) : NaN };
  const started = performance.now();
  await Promise.all([...Array.from({ length: clients }, client), probe()]);
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(rssWatch);
  const serverCpu = process.cpuUsage(cpuStart.server);
  const storeCpu = childPid ? cpuSeconds(childPid) - cpuStart.store : NaN;
  await server.close();
  const sorted = [...latencies].sort((a, b) => a - b);
  const healthSorted = [...health].sort((a, b) => a - b);
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const connections = process.env.YTTERBY_READ_CONNECTIONS ? `${process.env.YTTERBY_READ_CONNECTIONS} read connection(s)` : "read pool (default)";
  const cache = resultCacheLimitsFromEnv(process.env, store.dialect).maxBytes > 0 ? "result cache on" : "result cache off";
  const results: BenchResult[] = [
    {
      name: `API, ${size.toLocaleString("en")} nodes, ${clients} clients × ${seconds} s, ${connections}, ${cache}`,
      metrics: {
        requests: latencies.length,
        "req/s": Math.round((latencies.length / elapsed) * 10) / 10,
        errors: errorCount,
        "refused (503)": refusedLatencies.length,
        "503 p99 ms": refusedLatencies.length ? Math.round(quantile([...refusedLatencies].sort((a, b) => a - b), 0.99)) : "",
        "Retry-After waited s": Math.round(retryWaitMs / 100) / 10,
        "p50 ms": Math.round(quantile(sorted, 0.5)),
        "p95 ms": Math.round(quantile(sorted, 0.95)),
        "p99 ms": Math.round(quantile(sorted, 0.99)),
        "health p99 ms": Math.round(quantile(healthSorted, 0.99)),
        "peak RSS MB (server + store)": peakRss,
        // The bench's own process runs the clients beside the server, so its CPU counts both.
        "CPU s (server and clients / store)": `${((serverCpu.user + serverCpu.system) / 1e6).toFixed(1)} / ${storeCpu.toFixed(1)}`,
        "distinct requests": distinct.size,
        "answered from the result cache": cacheHits,
        "load average (start–end)": `${loadStart.toFixed(1)}–${(loadavg()[0] ?? NaN).toFixed(1)}`,
      },
    },
  ];
  for (const [label, times] of [...byLabel].sort()) {
    const s = [...times].sort((a, b) => a - b);
    results.push({ name: `  ${label}`, metrics: { requests: s.length, "p50 ms": Math.round(quantile(s, 0.5)), "p95 ms": Math.round(quantile(s, 0.95)), "p99 ms": Math.round(quantile(s, 0.99)) } });
  }
  if (errorCount > 0) console.error("errors:", Object.fromEntries(errors));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [size, clients, seconds] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await runApiLoadBench(size || 100_000, clients || 32, seconds || 30), null, 1));
}
