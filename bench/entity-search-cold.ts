import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { EmbeddedStore, IsolatedStore, nameIndexStamp, readNameIndex, type GraphStore } from "../graph/index.js";
import { EntityIndex, entityCandidates, entityIndexFor, loadCatalogue, runInvestigation } from "../queries/index.js";
import { openScaleStore } from "./investigations-scale.js";

/**
 * Cold entity search on the scale graph (issue 15 item 4): the first search after the store is opened, the first
 * name lookup, a warm search, and what the index costs in memory, one way per process so memory is its own.
 *   YTTERBY_SCALE_DIR=… npx tsx bench/entity-search-cold.ts 1000000 file|names|baseline=<dir>
 * file: the name index file the last load wrote (as a server after a start or a load); names: every name read
 * from the store and indexed here (the fallback when the file is stale or missing, and Neo4j's way); baseline=<dir>:
 * the entity index of another commit, e.g. `git archive 4e5a565 queries graph | tar -x -C scratch/baseline` (its
 * queries/params/entity-index.ts, built from the names as that commit did). YTTERBY_BENCH_ISOLATED=1 opens the
 * store in its own process, as the server does. file-only: the name index file of an existing scale database read
 * and searched without opening the database (light enough to run beside other 1M jobs).
 */
const size = Number(process.argv[2] ?? 100_000);
const mode = process.argv[3] ?? "file";
if (mode === "file-only") {
  await fileOnly(join(process.env.YTTERBY_SCALE_DIR ?? tmpdir(), `ytterby-scale-${size}.lbug`));
  process.exit(0);
}
const built = await openScaleStore(size);
await built.store.close();
const store: GraphStore = process.env.YTTERBY_BENCH_ISOLATED === "1" ? await IsolatedStore.open(built.path) : await EmbeddedStore.open(built.path);
const catalogue = await loadCatalogue();
const memory = () => {
  const m = process.memoryUsage();
  return { heapMB: Math.round(m.heapUsed / 1e6), arrayBuffersMB: Math.round(m.arrayBuffers / 1e6), rssMB: Math.round(m.rss / 1e6) };
};
const before = memory();
const cpu = process.cpuUsage();
const started = performance.now();
const ms = (from: number) => Math.round(performance.now() - from);
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1e4) / 100;
};

type Ranker = { rank(query: string, limit: number): Array<{ id: string }>; exact(ref: string): Array<{ id: string }> };
let index: Ranker;
let builtFrom = mode;
if (mode === "file") {
  const current = await entityIndexFor(store);
  builtFrom = current.builtFrom;
  index = current;
} else if (mode === "names") {
  index = EntityIndex.of(await entityCandidates(store, ["Actor", "Asset", "Element", "Country", "Region", "Policy", "Document"]));
} else if (mode.startsWith("baseline=")) {
  const dir = mode.slice("baseline=".length);
  const baseline = (await import(`${dir}/queries/params/entity-index.ts`)) as { entityIndexFor(store: GraphStore): Promise<Ranker> };
  index = await baseline.entityIndexFor(store);
} else {
  throw new Error(`mode "${mode}": expected file, names or baseline=<dir>.`);
}
const ready = ms(started);
const readyCpu = cpuSeconds(cpu);
let t = performance.now();
const first = index.rank(built.probes.sharedName, 20);
const firstRankMs = ms(t);
t = performance.now();
const byName = index.exact(built.probes.uniqueName);
const exactMs = ms(t);
const warm: number[] = [];
for (const q of [built.probes.sharedName, "atlas", "Granite Plant 2", "Atlas Minig", "mining"]) {
  t = performance.now();
  index.rank(q, 20);
  warm.push(ms(t));
}
// The whole path a user takes, once the index is there: the built-in search investigation.
t = performance.now();
const viaInvestigation = mode === "file" ? await runInvestigation(store, catalogue.get("entity-search"), { q: built.probes.sharedName, limit: 20 }) : undefined;
const investigationMs = viaInvestigation ? ms(t) : undefined;
const after = memory();
console.log(
  JSON.stringify({
    size,
    mode,
    builtFrom,
    store: store.constructor.name,
    firstSearchMs: ready + firstRankMs,
    indexReadyMs: ready,
    indexReadyCpuS: readyCpu,
    firstRankMs,
    firstRows: first.length,
    uniqueNameLookupMs: exactMs,
    uniqueNameResolvesTo: byName.map((m) => m.id),
    warmSearchMs: warm,
    searchInvestigationMs: investigationMs,
    heapMBAdded: after.heapMB - before.heapMB,
    arrayBuffersMBAdded: after.arrayBuffersMB - before.arrayBuffersMB,
    rssMB: after.rssMB,
    loadAverage: loadavg().map((l) => l.toFixed(1)).join(" "),
  }),
);
await store.close();

/** The file beside the database read and searched without the database: its read time, searches and memory. */
async function fileOnly(path: string): Promise<void> {
  const before = process.memoryUsage();
  const cpu = process.cpuUsage();
  let t = performance.now();
  const stamp = await nameIndexStamp(path);
  const names = stamp === undefined ? undefined : await readNameIndex(path, stamp);
  if (!names) throw new Error(`${path}: no readable name index beside it. Build the scale graph with this branch first.`);
  const used = process.cpuUsage(cpu);
  const out: Record<string, unknown> = { size, mode, readMs: Math.round(performance.now() - t), readCpuS: Math.round((used.user + used.system) / 1e4) / 100, entities: names.entityCount, labels: names.labelCount };
  const index = EntityIndex.fromFile(names);
  for (const q of ["Atlas Mining", "atlas", "Granite Plant 2", "Atlas Minig", "mining", "A123456", "Country AA", "xyzzy"]) {
    t = performance.now();
    const rows = index.rank(q, 20);
    out[`search ${q}`] = `${Math.round(performance.now() - t)} ms, ${rows.length} rows`;
  }
  const after = process.memoryUsage();
  out.heapMBAdded = Math.round((after.heapUsed - before.heapUsed) / 1e6);
  out.arrayBuffersMBAdded = Math.round((after.arrayBuffers - before.arrayBuffers) / 1e6);
  out.loadAverage = loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(JSON.stringify(out));
}
