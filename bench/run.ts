import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import type { BenchResult } from "./bench-result.js";

interface Suite {
  title: string;
  run: () => Promise<BenchResult[]>;
}

/** Suites are imported lazily so one that cannot run here (no Chromium) does not stop the others. */
const suites: Suite[] = [
  { title: "Embedded store: bulk and incremental writes", run: async () => (await import("./store-load.js")).runStoreLoadBench() },
  { title: "Document extraction throughput", run: async () => (await import("./extraction.js")).runExtractionBench() },
  { title: "Rendering in headless Chromium (ratio to bare sigma.js)", run: async () => (await import("./rendering.js")).runRenderingBench() },
];

function markdownTable(results: BenchResult[]): string {
  const keys = [...new Set(results.flatMap((r) => Object.keys(r.metrics)))];
  const header = `| benchmark | ${keys.join(" | ")} |\n|---|${keys.map(() => "---").join("|")}|`;
  const rows = results.map((r) => `| ${r.name} | ${keys.map((k) => r.metrics[k] ?? "").join(" | ")} |`);
  return [header, ...rows].join("\n");
}

const only = process.argv.slice(2);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
const sections: string[] = [];
for (const suite of suites) {
  if (only.length > 0 && !only.some((o) => suite.title.toLowerCase().includes(o.toLowerCase()))) continue;
  console.error(`running: ${suite.title}`);
  try {
    sections.push(`## ${suite.title}\n\n${markdownTable(await suite.run())}`);
  } catch (error) {
    sections.push(`## ${suite.title}\n\nNot run: ${(error as Error).message}`);
  }
}
const report = `# Benchmarks\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}.\nRun \`npm run bench\` to measure again (\`npm run bench -- rendering\` for one suite).\n\n${sections.join("\n\n")}\n`;
await writeFile(new URL("../BENCHMARKS.md", import.meta.url), report);
console.log(report);
