import { monitorEventLoopDelay } from "node:perf_hooks";
import { EmbeddedStore, IsolatedStore } from "../graph/index.js";
import { entityIndexFor, loadCatalogue, runInvestigation } from "../queries/index.js";
import { openScaleStore } from "./investigations-scale.js";

/**
 * Cold entity search on the scale graph (issue 15 item 4): the first search and the first name lookup after the
 * store is opened (answered from the store while the index is built in its worker thread), how long until the
 * index is ready, the event loop's worst delay meanwhile, and a search once it is ready.
 *   YTTERBY_SCALE_DIR=… npx tsx bench/entity-search-cold.ts 100000
 */
const size = Number(process.argv[2] ?? 100_000);
const built = await openScaleStore(size);
await built.store.close();
const catalogue = await loadCatalogue();
// The server's store runs in its own process (IsolatedStore); YTTERBY_BENCH_IN_PROCESS=1 opens it in this one instead.
const store = process.env.YTTERBY_BENCH_IN_PROCESS === "1" ? await EmbeddedStore.open(built.path) : await IsolatedStore.open(built.path);
const ms = (from: number) => Math.round(performance.now() - from);
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const cpu = process.cpuUsage();
const opened = performance.now();
const search = () => runInvestigation(store, catalogue.get("entity-search"), { q: built.probes.sharedName, limit: 20 });

let started = performance.now();
const first = await search();
const firstMs = ms(started);
started = performance.now();
const byName = await runInvestigation(store, catalogue.get("neighbourhood"), { entity: built.probes.uniqueName });
const byNameMs = ms(started);
await entityIndexFor(store);
const readyMs = ms(opened);
const used = process.cpuUsage(cpu);
delay.disable();
started = performance.now();
const warm = await search();
const warmMs = ms(started);
const ids = (rows: Array<Record<string, unknown>>) => rows.map((r) => String(r.id));
const sameTop = ids(first.rows).filter((id) => ids(warm.rows).includes(id)).length;
console.log(
  JSON.stringify(
    {
      size,
      store: store.constructor.name,
      query: built.probes.sharedName,
      firstSearchMs: firstMs,
      firstProvisional: first.provisional ?? false,
      firstRows: first.rows.length,
      firstNameLookupMs: byNameMs,
      nameResolvedTo: byName.entities.entity?.id ?? (byName.choices ? `${byName.choices.candidates.length} choices` : "none"),
      indexReadyMs: readyMs,
      processCpuSecondsUntilReady: Math.round((used.user + used.system) / 1e4) / 100,
      eventLoopMaxDelayMs: Math.round(delay.max / 1e6),
      eventLoopP99DelayMs: Math.round(delay.percentile(99) / 1e6),
      warmSearchMs: warmMs,
      warmProvisional: warm.provisional ?? false,
      warmRows: warm.rows.length,
      firstRowsAlsoInWarm: sameTop,
      loadAverage: (await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" "),
    },
    null,
    2,
  ),
);
await store.close();
