import { extractFromText, loadKnowledgeBase } from "../loaders/documents/index.js";
import type { BenchResult } from "./bench-result.js";

/** Invented sentences in the shapes articles use, about invented firms beside real places and elements. */
const SENTENCES = [
  "Veltrana Metals said its Orsk Ridge refinery shipped 1,200 tonnes of gallium concentrate to Japan last spring",
  "China accounts for 61% of global antimony production, according to a trade journal",
  "Rosatom received 45.5% of the shares of the Solikamsk Magnesium Plant in 2021",
  "analysts said output could rise by 12% if prices recover, but nothing has been decided",
  "the Mount Weld mine is located in Australia and ships concentrate to Malaysia",
  "Korvane Holdings plans to produce 4,000 tonnes of neodymium oxide a year by 2029",
];

/**
 * One paragraph of the given size, either as many sentences or as one run-on sentence (clauses joined by
 * ", and "): the run-on shape is the one whose extraction time grew with the square of its length.
 */
export function longParagraph(bytes: number, shape: "sentences" | "one sentence"): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = SENTENCES[i % SENTENCES.length] ?? "";
    parts.push(sentence);
    size += sentence.length + 5;
  }
  if (shape === "one sentence") return `${parts.join(", and ")}.`;
  return `${parts.map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join(". ")}.`;
}

export async function runLongParagraphBench(sizesMb = [0.5, 1, 2]): Promise<BenchResult[]> {
  const kb = await loadKnowledgeBase();
  extractFromText({ path: "warm-up.txt", text: longParagraph(20_000, "sentences"), contentHash: "0".repeat(64) }, kb);
  const results: BenchResult[] = [];
  for (const shape of ["sentences", "one sentence"] as const) {
    for (const mb of sizesMb) {
      const text = longParagraph(mb * 1024 * 1024, shape);
      const started = process.hrtime.bigint();
      const cpuBefore = process.cpuUsage();
      const document = extractFromText({ path: "long.txt", text, contentHash: "1".repeat(64) }, kb);
      // CPU time too (user + system, GC threads included): on a shared machine the wall clock also counts the
      // time other jobs held the core, so only CPU seconds show whether time grows linearly with length.
      const cpu = process.cpuUsage(cpuBefore);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      results.push({
        name: `one ${mb} MB paragraph, ${shape === "sentences" ? "many sentences" : "one run-on sentence"}`,
        metrics: {
          seconds: Number(seconds.toFixed(1)),
          "MB/s": Number((mb / seconds).toFixed(3)),
          "CPU seconds": Number(cpuSeconds.toFixed(1)),
          "MB per CPU second": Number((mb / cpuSeconds).toFixed(3)),
          facts: document.facts.length,
        },
      });
    }
  }
  return results;
}

if (process.argv[1]?.endsWith("long-paragraph.ts")) {
  const sizes = process.argv[2] ? process.argv[2].split(",").map(Number) : undefined;
  console.log(JSON.stringify(await runLongParagraphBench(sizes), null, 2));
}
