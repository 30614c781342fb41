import { readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import type { BenchResult } from "./bench-result.js";
import { parseWorldSize, sizeLabel } from "./world/world-size.js";

interface Suite {
  title: string;
  /** Context that stays with the figures when the suite is measured again. */
  note?: string;
  /** Why the suite cannot run here (no server); it is then skipped and its last figures stay. */
  skip?: () => string | undefined;
  run: () => Promise<BenchResult[]>;
  /** Runs only when named (`--size 1m`): it takes many minutes. */
  onlyWhenAsked?: boolean;
}

const worldNote = (size: string) =>
  `Issue 15. \`npm run bench -- --size ${size}\` generates` +
  " the synthetic world (bench/world/, seed 15) into bench/.world/, then, each in its own " +
  "process: `ytterby load`'s function (loadPaths on the embedded store) into a fresh database, the same load again, and a bare LadybugDB " +
  "COPY FROM of the same rows (bare/*.csv: no evidence, no validation) into the same tables of another fresh database. Rows count nodes " +
  "and relationships; the load also writes one Evidence node per fact and a SUPPORTS link per node fact. CPU seconds are user + system " +
  "of every thread of the process. The machine was shared with other jobs (load average 16–27 on 2 cores during these runs), so wall-clock times are " +
  "inflated and noisy; the CPU ratio is the steadier comparison.";

const worldSuite = (size: string, onlyWhenAsked = false): Suite => ({
  title: `World load at ${size} nodes: ytterby load vs bare COPY FROM`,
  note: worldNote(size),
  onlyWhenAsked,
  run: async () => (await import("./world-load.js")).runWorldLoadBench(parseWorldSize(size)),
});

const neo4jWorldSuite = (size: string): Suite => ({
  title: `World load on Neo4j at ${size} nodes`,
  note:
    `Issue 15. \`npm run bench -- "World load on Neo4j at ${size}"\` with NEO4J_URI set (and YTTERBY_NEO4J_PID, the server's pid, to count ` +
    "its CPU): the same generated world as the embedded suites, loaded by `ytterby load`'s function on Neo4jStore (batched UNWIND in write " +
    "transactions of 5,000 rows) into an emptied database, then again. Neo4j 5.26 Community from tools/neo4j (`java -Xmx1g`, 256 MiB page cache).",
  onlyWhenAsked: true,
  skip: () => (process.env.NEO4J_URI ? undefined : "NEO4J_URI is not set"),
  run: async () => (await import("./world-load-neo4j.js")).runNeo4jWorldLoadBench(parseWorldSize(size)),
});

/** Suites are imported lazily so one that cannot run here (no Chromium) does not stop the others. */
const suites: Suite[] = [
  { title: "Embedded store: bulk and incremental writes", run: async () => (await import("./store-load.js")).runStoreLoadBench() },
  { title: "Document extraction throughput", run: async () => (await import("./extraction.js")).runExtractionBench() },
  {
    title: "Extraction of one long paragraph",
    note:
      "One paragraph of invented sentences, as many sentences or as one run-on sentence (clauses joined by \", and \"). " +
      "Before 934b47e a run-on sentence took time growing with the square of its length: 0.25 MB took 79.7 s and 0.5 MB 449.8 s at 0fe1f1e " +
      "(issue 11 measured 0.5 MB 26 s, 1 MB 98 s, 2 MB > 300 s at 8460961, before the learned relation step); sentences over " +
      "2,000 characters are now read in windows. Most of the run-on time is the learned relation step's pair features " +
      "(17.4 of 19.7 s in a profile at 0.5 MB).",
    run: async () => (await import("./long-paragraph.js")).runLongParagraphBench(),
  },
  { title: "Rendering in headless Chromium (ratio to bare sigma.js)", run: async () => (await import("./rendering.js")).runRenderingBench() },
  worldSuite("10k"),
  worldSuite("100k"),
  worldSuite("1m", true),
  neo4jWorldSuite("100k"),
  neo4jWorldSuite("1m"),
  {
    title: "Investigations at 100k nodes",
    note:
      "Every saved investigation on the embedded store over bench/scale-graph.ts (100,000 nodes, 244,099 relationships: 250 countries, " +
      "35 elements, ownership forests up to 8 levels with partial and cross-holdings, 1% of stakes stated twice), with the largest owner, " +
      "the deepest asset and a country/element pair with routes; 30 s timeout. Set YTTERBY_BASELINE_QUERIES to another checkout's queries/ " +
      "(git archive <commit> queries | tar -x -C dir) to time its Cypher in the same run (\"before:\" rows).",
    run: async () => (await import("./investigations-scale.js")).runInvestigationsScaleBench(100_000, 5, 30_000, process.env.YTTERBY_BASELINE_QUERIES),
  },
  {
    title: "API under load at 100k nodes",
    note: "bench/api-load.ts: the real server (store in its own process) on the same graph, 32 clients for 30 s on a mix of investigations and searches, /api/health probed every 100 ms. Requests the server turns away (503, admission control: server/admission.ts) are counted apart from errors, and that client waits the Retry-After before its next request; latencies are those of the requests answered.",
    run: async () => (await import("./api-load.js")).runApiLoadBench(100_000, 32, 30),
  },
  {
    title: "Server memory at 1m nodes",
    note:
      "Issue 15 item 5 (server RSS ≤ 1.5 GB with the 1M world). `npm run bench -- \"Server memory\"` (bench/server-memory.ts; wrap it in " +
      "`flock /work/bench-1m.lock`, and set YTTERBY_SCALE_DIR to reuse a built 1M scale graph): the real server and its store process over the " +
      "1M-node scale graph, resident sizes (VmRSS) after start, after the first search, after the first ownership question (the ownership " +
      "index is read then) and after three rounds of bench/api-load.ts's mix sent one at a time. The graph is not opened in the bench's own " +
      "process first, so LadybugDB pages read there are not counted as the server's.",
    onlyWhenAsked: true,
    run: async () => (await import("./server-memory.js")).runServerMemoryBench(1_000_000),
  },
  {
    title: "Neo4j beside LadybugDB: write batch size, loads and investigation latency",
    note:
      "Neo4j 5.26 Community from tools/neo4j (`java -Xmx1g`, 256 MiB page cache) on the same machine as the bench, reached over Bolt on loopback; " +
      "LadybugDB embedded in the bench process. The 100k world is bench/neo4j-world.ts (35k companies, 65k mines, OWNS, LOCATED_IN, PRODUCES " +
      "with evidence on one figure in ten), upserted through GraphBatchInput on top of the sample corpus and pointing at its countries and " +
      "elements, so the investigations' examples (real names from the corpus) run over a graph with the world's bulk in it. " +
      "The 2 cores were shared with other jobs (other sessions' tests and benches) while this ran, so absolute times are inflated and noisy; " +
      "compare the same-run ratios. An earlier sweep on a 20k-node world (2026-12-06, load average 10–22) took 31.1 s to load at 500 rows " +
      "per transaction, 43.3 s at 1,000, 136.4 s at 2,000 and 219.1 s at 5,000, and a second on a 10k-node world (load average 15–19) " +
      "25.4, 16.4, 18.6 and 41.5 s. Under heavy contention big transactions suffered most; on a quieter machine the sizes are close and " +
      "the order changes from run to run. The store uses 5,000 (WRITE_BATCH_SIZE: fastest in both sweeps on a quiet machine; see its comment). Skipped without NEO4J_URI.",
    skip: () => process.env.NEO4J_URI ? undefined : "NEO4J_URI is not set (start `npm run neo4j` and set NEO4J_URI=bolt://127.0.0.1:7687)",
    run: async () => (await import("./neo4j-load.js")).runNeo4jLoadBench(),
  },
];

function markdownTable(results: BenchResult[]): string {
  const captions = [...new Set(results.map((r) => r.table))];
  if (captions.length > 1 || captions[0] !== undefined) {
    return captions.map((caption) => `**${caption ?? ""}**\n\n${plainTable(results.filter((r) => r.table === caption))}`).join("\n\n");
  }
  return plainTable(results);
}

function plainTable(results: BenchResult[]): string {
  const keys = [...new Set(results.flatMap((r) => Object.keys(r.metrics)))];
  const header = `| benchmark | ${keys.join(" | ")} |\n|---|${keys.map(() => "---").join("|")}|`;
  const rows = results.map((r) => `| ${r.name} | ${keys.map((k) => r.metrics[k] ?? "").join(" | ")} |`);
  return [header, ...rows].join("\n");
}

const args = process.argv.slice(2);
/** `--size 10k` (repeatable) runs the world-load suite at those sizes only. */
const sizes = args.flatMap((arg, i) => (args[i - 1] === "--size" ? arg.split(",") : arg.startsWith("--size=") ? arg.slice(7).split(",") : []));
for (const size of sizes) if (!suites.some((s) => s.title.startsWith(`World load at ${sizeLabel(parseWorldSize(size))} `))) suites.push(worldSuite(sizeLabel(parseWorldSize(size)), true));
const only = sizes.length > 0 ? sizes.map((size) => `World load at ${sizeLabel(parseWorldSize(size))} `) : args.filter((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--size");
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
const measured = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`;
/** Other jobs on the same machine skew every figure, so each section says how busy it was when the suite ended. */
const busy = () => `Load average ${loadavg().map((l) => l.toFixed(1)).join(" / ")} (1 / 5 / 15 min) when the suite ended.`;
const reportFile = new URL("../BENCHMARKS.md", import.meta.url);

/**
 * The report keeps every section it had, hand-written ones included (notes on a run made outside a suite), in their
 * order; a suite measured for the first time goes after the nearest earlier suite already in the report.
 */
function orderSections(previous: string[], measuredNow: string[], suiteTitles: string[]): string[] {
  const ordered = [...previous];
  for (const title of suiteTitles) {
    if (!measuredNow.includes(title) || ordered.includes(title)) continue;
    const earlier = suiteTitles.slice(0, suiteTitles.indexOf(title)).reverse().find((each) => ordered.includes(each));
    ordered.splice(earlier === undefined ? ordered.length : ordered.indexOf(earlier) + 1, 0, title);
  }
  return ordered;
}

/** Sections of the existing report by title, so running one suite keeps the others' last figures. */
async function previousSections(): Promise<Map<string, string>> {
  const text = await readFile(reportFile, "utf8").catch(() => "");
  const sections = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const title = part.slice(0, part.indexOf("\n")).trim();
    sections.set(title, `## ${part.trimEnd()}`);
  }
  return sections;
}

// Suites take minutes to hours: the report is read again when they end, so edits made meanwhile are kept.
const measuredSections = new Map<string, string>();
for (const suite of suites) {
  if (only.length > 0 ? !only.some((o) => suite.title.toLowerCase().includes(o.toLowerCase())) : suite.onlyWhenAsked) continue;
  const skipped = suite.skip?.();
  if (skipped) {
    console.error(`skipped: ${suite.title}: ${skipped}; its last figures stay`);
    continue;
  }
  console.error(`running: ${suite.title}`);
  try {
    const note = suite.note ? `${suite.note}\n\n` : "";
    const table = markdownTable(await suite.run());
    measuredSections.set(suite.title, `## ${suite.title}\n\n${note}${measured} ${busy()}\n\n${table}`);
  } catch (error) {
    measuredSections.set(suite.title, `## ${suite.title}\n\n${measured} Not run: ${(error as Error).message}`);
  }
}
const sections = await previousSections();
const previousTitles = [...sections.keys()];
for (const [title, text] of measuredSections) sections.set(title, text);
const ordered = orderSections(previousTitles, [...sections.keys()], suites.map((s) => s.title)).map((title) => sections.get(title)!);
const report = `# Benchmarks\n\nRun \`npm run bench\` to measure again (\`npm run bench -- rendering\` for one suite, \`npm run bench -- --size 1m\` for the world load at one size; the others keep their last figures).\nEach section says when and on what machine it was measured.\n\n${ordered.join("\n\n")}\n`;
await writeFile(reportFile, report);
console.log(report);
