import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { EmbeddedStore } from "../graph/index.js";
import { entityIndexFor, loadCatalogue, runInvestigation, type Catalogue } from "../queries/index.js";
import type { BenchResult } from "./bench-result.js";
import { scaleGraph, type ScaleGraph } from "./scale-graph.js";
import { freshOwnershipIndex } from "../queries/ownership-index/answers.js";

/**
 * Every saved investigation on the embedded store over a synthetic graph of `size` nodes, with parameters that
 * make it work hard (the largest owner, the deepest asset, a country/element pair with routes). The database is
 * built once per size and kept in $YTTERBY_SCALE_DIR (default the temp folder) so runs can be repeated.
 *   npx tsx bench/investigations-scale.ts 100000 [runs]
 */
export type Probes = ScaleGraph["probes"];

export async function openScaleStore(size: number): Promise<{ store: EmbeddedStore; probes: Probes; path: string }> {
  const dir = process.env.YTTERBY_SCALE_DIR ?? tmpdir();
  const path = join(dir, `ytterby-scale-${size}.lbug`);
  const probeFile = `${path}.probes.json`;
  if (existsSync(probeFile)) {
    const store = await EmbeddedStore.open(path);
    await refreshAsLoadEnds(store);
    return { store, probes: JSON.parse(await readFile(probeFile, "utf8")) as Probes, path };
  }
  const { batch, probes } = scaleGraph(size);
  const store = await EmbeddedStore.open(path);
  const started = performance.now();
  await store.upsert(batch);
  console.error(`built ${path}: ${batch.nodes?.length} nodes, ${batch.relationships?.length} relationships in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await refreshAsLoadEnds(store);
  await writeFile(probeFile, JSON.stringify(probes, null, 2));
  return { store, probes, path };
}

/** What a load does at its end (loaders/load-paths.ts): the ownership snapshot, timed, in CPU seconds too. */
async function refreshAsLoadEnds(store: EmbeddedStore): Promise<void> {
  const cpu = process.cpuUsage();
  const refreshed = await store.refreshDerived();
  const used = process.cpuUsage(cpu);
  const loading = performance.now();
  const index = process.env.YTTERBY_OWNERSHIP_INDEX === "off" ? undefined : await freshOwnershipIndex(store);
  if (index) console.error(`ownership index read into memory (once per load, on the first ownership question): ${Math.round(performance.now() - loading)} ms, ${index.size} nodes`);
  // A server reads the name index when it starts (server/routes/investigations.ts), not on the first search.
  const reading = performance.now();
  await entityIndexFor(store);
  console.error(`name index read into memory (as a server does at start): ${Math.round(performance.now() - reading)} ms`);
  console.error(`ownership snapshot and name index: ${refreshed.built ? `built from ${refreshed.ownsEdges} OWNS edges` : "already current"} in ${(refreshed.ms / 1000).toFixed(1)} s (${((used.user + used.system) / 1e6).toFixed(1)} CPU s)`);
  const names = refreshed.names;
  if (names?.built) console.error(`name index: ${names.entities} entities, ${(names.bytes / 1e6).toFixed(1)} MB, ${(names.ms / 1000).toFixed(1)} s of the above`);
}

export function investigationCases(p: Probes): Array<{ name: string; id: string; params: Record<string, unknown> }> {
  return [
    { name: "entity-search (shared name)", id: "entity-search", params: { q: p.sharedName } },
    { name: "neighbourhood (largest owner)", id: "neighbourhood", params: { entity: p.largestOwner } },
    { name: "neighbourhood (given by name)", id: "neighbourhood", params: { entity: p.uniqueName } },
    { name: "timeline (largest owner)", id: "timeline", params: { entity: p.largestOwner } },
    { name: "concentration", id: "concentration", params: { element: p.element } },
    { name: "actor-holdings (largest owner)", id: "actor-holdings", params: { actor: p.largestOwner } },
    { name: "ultimate-owners (deepest asset)", id: "ultimate-owners", params: { asset: p.deepAsset } },
    { name: "ownership-chain (root to deepest asset)", id: "ownership-chain", params: { from: p.deepAssetRoot, to: p.deepAsset } },
    { name: "foreign-stakes (country pair)", id: "foreign-stakes", params: { ownerCountry: p.stateCountry, assetCountry: p.country } },
    { name: "state-control (one country)", id: "state-control", params: { country: p.stateCountry } },
    { name: "dependency-paths", id: "dependency-paths", params: { country: p.country, element: p.element } },
    { name: "chokepoints", id: "chokepoints", params: { country: p.country, element: p.element } },
    { name: "policy-exposure", id: "policy-exposure", params: { policy: p.policy } },
    { name: "conflicting-claims (one actor)", id: "conflicting-claims", params: { entity: p.conflictedActor } },
    { name: "evidence (largest owner)", id: "evidence", params: { fact: p.largestOwner } },
  ];
}

type Run = typeof runInvestigation;

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

/**
 * With a baseline folder (a checkout's queries/, e.g. `git archive <commit> queries | tar -x -C dir`), each case
 * also runs the baseline's Cypher in the same run, alternating, so the ratio holds on a busy machine; with
 * $YTTERBY_BASELINE_CODE (a checkout's root) the baseline's own runner and staged reads run instead.
 */
export async function runInvestigationsScaleBench(size = 100_000, runs = 5, timeoutMs = 30_000, baselineDir?: string): Promise<BenchResult[]> {
  const { store, probes } = await openScaleStore(size);
  const catalogues: Array<[string, Catalogue, Run]> = [["", await loadCatalogue(), runInvestigation]];
  if (baselineDir) catalogues.unshift(["before: ", await loadCatalogue({ builtInDir: baselineDir, extraDirs: [] }), runInvestigation]);
  // A baseline checkout's whole queries/ (its staged reads are code, not files): `git archive <commit> | tar -x -C dir`
  // with node_modules linked; its runner runs on this store.
  const baselineCode = process.env.YTTERBY_BASELINE_CODE;
  if (baselineCode) {
    const before = (await import(join(baselineCode, "queries/index.ts"))) as { loadCatalogue: typeof loadCatalogue; runInvestigation: Run };
    catalogues.unshift(["before: ", await before.loadCatalogue(), before.runInvestigation]);
  }
  const results: BenchResult[] = [];
  // Baseline texts that crash LadybugDB 0.19 at this size would end the whole run; list them to skip.
  const skipBaseline = new Set((process.env.YTTERBY_BASELINE_SKIP ?? "").split(",").filter(Boolean));
  // Investigation ids the baseline runs for (all when unset), so one run can time every investigation and compare a few.
  const baselineOnly = process.env.YTTERBY_BASELINE_ONLY?.split(",").filter(Boolean);
  try {
    // A comma-separated list of name parts: only the cases whose name contains one of them run.
    const only = process.env.YTTERBY_BENCH_ONLY?.split(",").filter(Boolean);
    for (const c of investigationCases(probes)) for (const [label, catalogue, run] of catalogues) {
      if (only && !only.some((part) => c.name.includes(part))) continue;
      if (label && baselineOnly && !baselineOnly.includes(c.id)) continue;
      if (label && skipBaseline.has(c.id)) {
        results.push({ name: `${label}${c.name}, ${size.toLocaleString("en")} nodes`, metrics: { "median ms": "not run: crashes the process (SIGSEGV)", "p95 ms": "", runs: 0, rows: "", truncated: "" } });
        continue;
      }
      const times: number[] = [];
      // The process's CPU (LadybugDB's threads included): steadier than wall time on a shared machine.
      const cpus: number[] = [];
      let rows = 0;
      let summary = "";
      let truncated = false;
      let failure = "";
      // Other jobs share the machine: the 1-minute load average as the case starts and ends, to read wall times by.
      const loadBefore = loadavg()[0] ?? NaN;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const cpu = process.cpuUsage();
        try {
          const result = await run(store, catalogue.get(c.id), c.params, { timeoutMs, ownershipIndex: process.env.YTTERBY_OWNERSHIP_INDEX !== "off" });
          times.push(performance.now() - started);
          const used = process.cpuUsage(cpu);
          cpus.push((used.user + used.system) / 1000);
          rows = result.rows.length;
          truncated = result.truncated;
          summary = result.summary;
        } catch (error) {
          failure = (error as Error).name === "QueryTimeoutError" ? `timeout ${timeoutMs / 1000} s` : `${(error as Error).name}: ${(error as Error).message.slice(0, 80)}`;
          break;
        }
        // A slow one is not repeated five times: two samples say enough when each takes seconds.
        if (times.at(-1)! > 5_000 && i >= 1) break;
      }
      const sorted = [...times].sort((a, b) => a - b);
      const cpuSorted = [...cpus].sort((a, b) => a - b);
      const load = `${loadBefore.toFixed(1)}–${(loadavg()[0] ?? NaN).toFixed(1)}`;
      const metrics = failure
        ? { "median ms": failure, "p95 ms": "", "CPU ms median": "", "CPU ms p95": "", runs: times.length, rows: "", truncated: "", "load average": load }
        : {
            "median ms": Math.round(percentile(sorted, 0.5)),
            "p95 ms": Math.round(percentile(sorted, 0.95)),
            "CPU ms median": Math.round(percentile(cpuSorted, 0.5)),
            "CPU ms p95": Math.round(percentile(cpuSorted, 0.95)),
            runs: times.length,
            rows,
            truncated: truncated ? "yes" : "no",
            "load average": load,
          };
      results.push({ name: `${label}${c.name}, ${size.toLocaleString("en")} nodes`, metrics });
      console.error(`${label}${c.name}: ${JSON.stringify(metrics)} ${summary.slice(0, 160)}`);
    }
  } finally {
    await store.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = Number(process.argv[2] ?? 100_000);
  const runs = Number(process.argv[3] ?? 5);
  const results = await runInvestigationsScaleBench(size, runs, Number(process.argv[4] ?? 30_000), process.env.YTTERBY_BASELINE_QUERIES);
  console.log(JSON.stringify(results, null, 1));
}
