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
 * `extractorRoot`: another checkout (git archive <commit> | tar -x -C dir, with node_modules linked) whose extractor
 * is timed instead, for a before/after. Run the two in separate processes, alternately: two extractors loaded in one
 * process share wink-nlp and the compiled code of node_modules, and whichever was loaded second ran up to twice as
 * slowly on real news, whatever its code.
 */
export async function runExtractionBench(targetMegabytes = 20, extractorRoot?: string, rounds = 1): Promise<BenchResult[]> {
  const { documents, bytes } = buildCorpus(targetMegabytes * 1024 * 1024);
  const mb = bytes / 1024 / 1024;
  const extractor = extractorRoot
    ? ((await import(pathToFileURL(join(resolve(extractorRoot), "loaders/documents/index.ts")).href)) as typeof Extractor)
    : { extractFromText, loadKnowledgeBase };
  const kb = await extractor.loadKnowledgeBase();
  // With several rounds, one untimed pass first: the first pass over the articles runs partly unoptimised code.
  if (rounds > 1) extractAll(documents, extractor.extractFromText, kb);
  else extractor.extractFromText({ path: "warm-up.txt", text: documents[0] ?? "", contentHash: "0".repeat(64) }, kb);
  const passes: Pass[] = [];
  for (let r = 0; r < rounds; r++) passes.push(extractAll(documents, extractor.extractFromText, kb));
  const seconds = median(passes.map((p) => p.seconds));
  const cpuSeconds = median(passes.map((p) => p.cpuSeconds));
  const bestCpuSeconds = Math.min(...passes.map((p) => p.cpuSeconds));
  const { facts, sentences } = passes[0] as Pass;
  return [
    {
      name: `${extractorRoot ? `${extractorRoot}: ` : ""}extract ${documents.length} generated articles (${mb.toFixed(1)} MB, one core${rounds > 1 ? `, median of ${rounds}` : ""})`,
      metrics: {
        "MB/s": Number((mb / seconds).toFixed(2)),
        "MB per CPU second": Number((mb / cpuSeconds).toFixed(2)),
        ...(rounds > 1 ? { "MB per CPU second, best pass": Number((mb / bestCpuSeconds).toFixed(2)) } : {}),
        "sentences/s": Math.round(sentences / seconds),
        facts,
        seconds: Number(seconds.toFixed(1)),
        "CPU seconds": Number(cpuSeconds.toFixed(1)),
        // Of the whole process so far (knowledge base, weights and wink's model loaded).
        "peak RSS MB": Math.round(process.resourceUsage().maxRSS / 1024),
      },
    },
  ];
}

if (process.argv[1]?.endsWith("extraction.ts")) {
  const megabytes = Number(process.argv[2] ?? 20);
  const rounds = Number(process.argv[3] ?? 1);
  console.log(JSON.stringify(await runExtractionBench(megabytes, process.env.YTTERBY_EXTRACTOR_ROOT, rounds), null, 2));
}
