import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Extractor from "../loaders/documents/index.js";
import { loadKnowledgeBase, extractFromText } from "../loaders/documents/index.js";
import type { BenchResult } from "./bench-result.js";

/**
 * Sentences in the shapes real articles use (shares, tonnages, ownership, plans, restrictions, hedges, filler),
 * with their figures, years and names varied so no two documents are alike.
 */
const TEMPLATES: Array<(n: number) => string> = [
  (n) => `China accounts for ${40 + (n % 55)}% of global antimony production and ${30 + (n % 60)}.${n % 10}% of refined germanium output.`,
  (n) => `In ${2000 + (n % 25)}, Russia produced ${1 + (n % 9)}.${n % 10} thousand tons of rare earth metals, according to industry data.`,
  (n) => `Rosatom received ${50 + (n % 49)}.${n % 10}% of the shares of the Solikamsk Magnesium Plant in ${2010 + (n % 15)}.`,
  (n) => `Lynas Rare Earths plans to produce ${1000 * (1 + (n % 12))} tonnes of neodymium a year by ${2026 + (n % 8)}.`,
  (n) => `In December ${2015 + (n % 10)}, Beijing banned exports of gallium, germanium and antimony to the United States.`,
  (n) => `Analysts said output could rise by ${n % 30}% if prices recover, but nothing has been decided.`,
  (n) => `The Mount Weld mine is located in Australia and ships concentrate to Malaysia for the ${n % 7 === 0 ? "fifth" : "third"} year running.`,
  (n) => `The US Department of Defense invested $${10 + (n % 400)} million in MP Materials, which operates the Mountain Pass mine.`,
  (n) => `Demand for magnets in electric vehicles and wind turbines grew strongly in quarter ${1 + (n % 4)}, traders reported.`,
  (n) => `The ${["Nornickel", "Polymetal", "Arkmineral Resources", "Kola Mining"][n % 4]} board met on ${1 + (n % 28)} March to discuss the ${n % 2 ? "deposit" : "project"}.`,
];

export function buildCorpus(targetBytes: number): { documents: string[]; bytes: number } {
  const documents: string[] = [];
  let bytes = 0;
  for (let d = 0; bytes < targetBytes; d++) {
    const paragraphs: string[] = [`Supply chain report ${d}`];
    for (let p = 0; p < 12; p++) {
      const sentences = TEMPLATES.map((_, i) => TEMPLATES[(i + d + p) % TEMPLATES.length]?.(d * 131 + p * 17 + i) ?? "");
      paragraphs.push(sentences.join(" "));
    }
    const text = paragraphs.join("\n\n");
    documents.push(text);
    bytes += Buffer.byteLength(text);
  }
  return { documents, bytes };
}

type Extract = typeof extractFromText;

interface Pass {
  seconds: number;
  cpuSeconds: number;
  facts: number;
  sentences: number;
}

function extractAll(documents: readonly string[], extract: Extract, kb: Parameters<Extract>[1]): Pass {
  let sentences = 0;
  let facts = 0;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  documents.forEach((text, i) => {
    const document = extract({ path: `bench-${i}.txt`, text, contentHash: String(i).padStart(64, "0") }, kb);
    facts += document.facts.length;
    sentences += (text.match(/[.!?](\s|$)/g) ?? []).length;
  });
  // CPU time of the process (user + system, GC threads included): on a machine shared with other jobs the wall
  // clock also counts the time others held the core; this is the time extraction itself took.
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: (cpu.user + cpu.system) / 1e6, facts, sentences };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * `baselineDir`: another checkout (git archive <commit> | tar -x -C dir, with node_modules linked) whose extractor
 * reads the same articles in the same process, passes alternating with this one's, for a same-run ratio.
 */
export async function runExtractionBench(targetMegabytes = 20, baselineDir?: string, rounds = baselineDir ? 3 : 1): Promise<BenchResult[]> {
  const { documents, bytes } = buildCorpus(targetMegabytes * 1024 * 1024);
  const mb = bytes / 1024 / 1024;
  const sides: Array<{ label: string; extract: Extract; kb: Parameters<Extract>[1]; passes: Pass[] }> = [];
  if (baselineDir) {
    const base = (await import(pathToFileURL(join(resolve(baselineDir), "loaders/documents/index.ts")).href)) as typeof Extractor;
    sides.push({ label: "before: ", extract: base.extractFromText, kb: await base.loadKnowledgeBase(), passes: [] });
  }
  sides.push({ label: "", extract: extractFromText, kb: await loadKnowledgeBase(), passes: [] });
  // With a baseline, one untimed pass each first: the first pass over the articles runs partly unoptimised code
  // and was up to twice as slow as later ones, which would favour whichever side ran second.
  for (const side of sides) {
    if (baselineDir) extractAll(documents, side.extract, side.kb);
    else side.extract({ path: "warm-up.txt", text: documents[0] ?? "", contentHash: "0".repeat(64) }, side.kb);
  }
  // Sides alternate in order from round to round, so neither always runs right after the other's garbage.
  for (let r = 0; r < rounds; r++) for (const side of r % 2 ? [...sides].reverse() : sides) side.passes.push(extractAll(documents, side.extract, side.kb));
  return sides.map(({ label, passes }) => {
    const seconds = median(passes.map((p) => p.seconds));
    const cpuSeconds = median(passes.map((p) => p.cpuSeconds));
    const bestCpuSeconds = Math.min(...passes.map((p) => p.cpuSeconds));
    const { facts, sentences } = passes[0] as Pass;
    return {
      name: `${label}extract ${documents.length} generated articles (${mb.toFixed(1)} MB, one core${rounds > 1 ? `, median of ${rounds}` : ""})`,
      metrics: {
        "MB/s": Number((mb / seconds).toFixed(2)),
        "MB per CPU second": Number((mb / cpuSeconds).toFixed(2)),
        ...(rounds > 1 ? { "MB per CPU second, best pass": Number((mb / bestCpuSeconds).toFixed(2)) } : {}),
        "sentences/s": Math.round(sentences / seconds),
        facts,
        seconds: Number(seconds.toFixed(1)),
        "CPU seconds": Number(cpuSeconds.toFixed(1)),
        // Of the whole process so far (knowledge base, weights and, with a baseline, both extractors loaded).
        "peak RSS MB": Math.round(process.resourceUsage().maxRSS / 1024),
      },
    };
  });
}

if (process.argv[1]?.endsWith("extraction.ts")) {
  const megabytes = Number(process.argv[2] ?? 20);
  console.log(JSON.stringify(await runExtractionBench(megabytes, process.env.YTTERBY_BASELINE_EXTRACTION), null, 2));
}
