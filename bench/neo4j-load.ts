import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EmbeddedStore, Neo4jStore, QueryTimeoutError, type GraphStore } from "../graph/index.js";
import { loadPaths } from "../loaders/index.js";
import { loadCatalogue, runInvestigation, type Catalogue } from "../queries/index.js";
import type { BenchResult } from "./bench-result.js";
import { rowsOf, syntheticWorld } from "./neo4j-world.js";

/** What `ytterby load` is given in the README's first steps: reference base, USGS, samples and the shared seeds. */
const SAMPLE_CORPUS = ["../data/reference", "../data/usgs-mcs2026", "../data/samples", "../../shared/seeds"]
  .map((path) => fileURLToPath(new URL(path, import.meta.url)))
  .filter((path) => existsSync(path));

// 10,000 was dropped after a first run on a 20k world: 5,000 already took 7× as long as 500 to load (219 s vs 31 s).
const SWEEP_SIZES = [500, 1_000, 2_000, 5_000];
const SWEEP_WORLD = 10_000;
const WORLD = 100_000;
const LATENCY_RUNS = 20;
/** An investigation that is slow on the 100k world stops early rather than holding the bench for minutes. */
const LATENCY_BUDGET_MS = 30_000;
/** Values for required parameters that declare no example (entity-search's text), as in the parity test. */
const NO_EXAMPLE: Record<string, unknown> = { q: "Росатом" };

function neo4jConfig(writeBatchSize?: number) {
  return { uri: process.env.NEO4J_URI ?? "", user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: process.env.NEO4J_DATABASE, writeBatchSize };
}

const seconds = (since: number) => Math.round(performance.now() - since) / 1000;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, seconds(started)];
}

/** Each batch size loads the same 20k-node world into an emptied Neo4j, then again (the idempotent reload). */
async function batchSizeSweep(): Promise<BenchResult[]> {
  const world = syntheticWorld(SWEEP_WORLD);
  const rows = rowsOf(world);
  const times = new Map<number, { load: number[]; reload: number[] }>(SWEEP_SIZES.map((size) => [size, { load: [], reload: [] }]));
  for (const size of SWEEP_SIZES) {
    const store = await Neo4jStore.open(neo4jConfig(size));
    try {
      await store.reset();
      const entry = times.get(size)!;
      entry.load.push((await timed(() => store.upsert(world)))[1]);
      entry.reload.push((await timed(() => store.upsert(world)))[1]);
      console.error(`  batch ${size}: load ${entry.load.at(-1)} s, reload ${entry.reload.at(-1)} s`);
    } finally {
      await store.close();
    }
  }
  return SWEEP_SIZES.map((size) => {
    const { load, reload } = times.get(size)!;
    const best = Math.min(...load);
    return {
      table: `UNWIND … MERGE rows per write transaction, ${SWEEP_WORLD / 1000}k-node world (${rows} rows), constraints in place`,
      name: `${size} rows per transaction`,
      metrics: { "load s": load.join(", "), "reload s": reload.join(", "), "load rows/s": Math.round(rows / best) },
    };
  });
}

function exampleRuns(catalogue: Catalogue): Array<{ id: string; params: Record<string, unknown> }> {
  return catalogue.list().map((entry) => {
    const params = Object.fromEntries(
      (Object.entries(entry.params) as Array<[string, { example?: unknown }]>)
        .map(([name, spec]) => [name, spec.example ?? NO_EXAMPLE[name]] as const)
        .filter(([, value]) => value !== undefined),
    );
    return { id: entry.id, params };
  });
}

function percentile(sortedMs: number[], p: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)] ?? Number.NaN;
}

type StoreKind = "embedded" | "neo4j";

/**
 * Alternates the two stores run by run, so a burst of load from the machine's other jobs hits both alike. A run
 * that hits the investigation's time limit stops that store's runs and is reported as such, not averaged in.
 */
async function investigationLatency(stores: Record<StoreKind, GraphStore>, world: string): Promise<BenchResult[]> {
  const catalogue = await loadCatalogue();
  const results: BenchResult[] = [];
  const round1 = (x: number) => Math.round(x * 10) / 10;
  for (const { id, params } of exampleRuns(catalogue)) {
    const investigation = catalogue.get(id);
    const samples: Record<StoreKind, number[]> = { embedded: [], neo4j: [] };
    const failed: Partial<Record<StoreKind, string>> = {};
    const attempt = async (kind: StoreKind) => {
      if (failed[kind]) return;
      const run = performance.now();
      try {
        await runInvestigation(stores[kind], investigation, params);
        samples[kind].push(performance.now() - run);
      } catch (error) {
        if (!(error instanceof QueryTimeoutError)) throw error;
        failed[kind] = `timed out (${Math.round((performance.now() - run) / 1000)} s)`;
      }
    };
    for (const kind of ["embedded", "neo4j"] as const) await attempt(kind);
    samples.embedded = [];
    samples.neo4j = [];
    const started = performance.now();
    const wanted = (kind: StoreKind) => !failed[kind] && samples[kind].length < LATENCY_RUNS;
    while ((wanted("embedded") || wanted("neo4j")) && performance.now() - started < LATENCY_BUDGET_MS) {
      for (const kind of ["embedded", "neo4j"] as const) if (wanted(kind)) await attempt(kind);
    }
    const sortedMs = (kind: StoreKind) => [...samples[kind]].sort((a, b) => a - b);
    const cell = (kind: StoreKind, p: number) => failed[kind] ?? round1(percentile(sortedMs(kind), p));
    const ratio = failed.embedded || failed.neo4j ? "" : round1(percentile(sortedMs("neo4j"), 50) / percentile(sortedMs("embedded"), 50));
    results.push({
      table: `Every investigation with its example parameters on the ${world}, ms over up to ${LATENCY_RUNS} runs each (fewer where runs are slow; one warm-up run not counted)`,
      name: `${id} ${JSON.stringify(params)}`,
      metrics: {
        "runs (LadybugDB, Neo4j)": `${samples.embedded.length}, ${samples.neo4j.length}`,
        "LadybugDB median": cell("embedded", 50),
        "LadybugDB p95": cell("embedded", 95),
        "Neo4j median": cell("neo4j", 50),
        "Neo4j p95": cell("neo4j", 95),
        "Neo4j / LadybugDB (median)": ratio,
      },
    });
    console.error(`  ${id}: LadybugDB ${cell("embedded", 50)} ms, Neo4j ${cell("neo4j", 50)} ms (medians of ${samples.embedded.length} and ${samples.neo4j.length})`);
  }
  return results;
}

/**
 * The batch-size sweep, then the sample corpus and the 100k world loaded into LadybugDB and Neo4j in the same
 * run (load and idempotent reload), then every investigation's latency on that graph on both stores.
 */
export async function runNeo4jLoadBench(): Promise<BenchResult[]> {
  const results = await batchSizeSweep();
  const dir = await mkdtemp(join(tmpdir(), "ytterby-bench-neo4j-"));
  const stores = { embedded: (await EmbeddedStore.open(join(dir, "graph.lbug"))) as GraphStore, neo4j: (await Neo4jStore.open(neo4jConfig())) as GraphStore };
  try {
    await stores.neo4j.reset();
    const loadTable = "Loads into LadybugDB and Neo4j in the same run (Neo4j at its default batch size)";
    const row = (name: string, rows: number | string, e: number, n: number): BenchResult => ({
      table: loadTable,
      name,
      metrics: { rows, "LadybugDB s": e, "Neo4j s": n, "Neo4j / LadybugDB": Math.round((n / e) * 10) / 10 },
    });
    const corpus = {} as Record<keyof typeof stores, number[]>;
    let nodes = 0;
    for (const kind of ["embedded", "neo4j"] as const) {
      const [summary, load] = await timed(() => loadPaths(stores[kind], SAMPLE_CORPUS));
      const [, reload] = await timed(() => loadPaths(stores[kind], SAMPLE_CORPUS));
      corpus[kind] = [load, reload];
      nodes = summary.nodesCreated;
      console.error(`  sample corpus on ${kind}: ${load} s, reload ${reload} s`);
    }
    const corpusName = `sample corpus (${SAMPLE_CORPUS.map((p) => p.split("/").slice(-2).join("/")).join(", ")}), ${nodes} nodes`;
    results.push(row(corpusName, "files", corpus.embedded[0]!, corpus.neo4j[0]!), row("the same again (idempotent reload)", "files", corpus.embedded[1]!, corpus.neo4j[1]!));

    const ids = async (kind: string) => (await stores.embedded.read(`MATCH (n:${kind}) RETURN n.id AS id ORDER BY id`, {}, { rowLimit: 100_000 })).rows.map((r) => r.id as string);
    const world = syntheticWorld(WORLD, { countries: await ids("Country"), elements: await ids("Element") });
    // The world is loaded once: its reload on Neo4j would add minutes on a shared machine, and the sweep above
    // already times reloads at every batch size.
    const worldTimes = {} as Record<keyof typeof stores, number>;
    for (const kind of ["embedded", "neo4j"] as const) {
      worldTimes[kind] = (await timed(() => stores[kind].upsert(world)))[1];
      console.error(`  100k world on ${kind}: ${worldTimes[kind]} s`);
    }
    results.push(row(`100k-node synthetic world on top of the corpus (bench/neo4j-world.ts)`, rowsOf(world), worldTimes.embedded, worldTimes.neo4j));
    const [e, n] = [await stores.embedded.stats(), await stores.neo4j.stats()];
    if (JSON.stringify(e) !== JSON.stringify(n)) throw new Error(`bench: the stores disagree after loading: ${JSON.stringify(e)} vs ${JSON.stringify(n)}`);
    results.push(...(await investigationLatency(stores, "sample corpus plus the 100k world")));
  } finally {
    await stores.embedded.close();
    await stores.neo4j.close();
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}
