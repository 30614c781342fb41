import { execFile } from "node:child_process";
import { rm, stat, readdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import type { BenchResult } from "./bench-result.js";
import { generateWorld } from "./world/generate-world.js";
import { sizeLabel } from "./world/world-size.js";

const run = promisify(execFile);
const CHILD = new URL("./world/load-child.ts", import.meta.url).pathname;

interface ChildResult {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  nodesCreated?: number;
  relationshipsCreated?: number;
  evidenceCreated?: number;
  unchangedFiles?: number;
  issues?: number;
}

async function measure(mode: "load" | "bare", db: string, folder: string): Promise<ChildResult> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", CHILD, mode, db, folder], { maxBuffer: 1 << 24 });
  const line = stdout.trim().split("\n").pop() ?? "{}";
  return JSON.parse(line) as ChildResult;
}

async function sizeOnDisk(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(path)) total += await sizeOnDisk(join(path, name));
  return total;
}

async function databaseBytes(db: string): Promise<number> {
  const dir = join(db, "..");
  let total = 0;
  for (const name of await readdir(dir)) if (name.startsWith("graph.lbug")) total += await sizeOnDisk(join(dir, name));
  return total;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Issue 15: the world generated at this size, then in separate processes (so peak RSS is each step's own):
 * `ytterby load`'s function into a fresh database, the same load again (the ledger skips unchanged files), and
 * a bare COPY FROM of the same world into the same tables of another fresh database.
 */
export async function runWorldLoadBench(nodes: number): Promise<BenchResult[]> {
  const world = await generateWorld(nodes);
  const loadDb = join(world.dir, "db-load", "graph.lbug");
  const bareDb = join(world.dir, "db-bare", "graph.lbug");
  await rm(join(world.dir, "db-load"), { recursive: true, force: true });
  await rm(join(world.dir, "db-bare"), { recursive: true, force: true });
  const bare = await measure("bare", bareDb, world.bare);
  const load = await measure("load", loadDb, world.load);
  const reload = await measure("load", loadDb, world.load);
  const rows = Object.values(world.answers.nodes).reduce((a, b) => a + b, 0) + Object.values(world.answers.relationships).reduce((a, b) => a + b, 0);
  const evidence = load.evidenceCreated ?? 0;
  const label = sizeLabel(nodes);
  const results: BenchResult[] = [
    {
      name: `${label} world: ${rows.toLocaleString("en")} rows + ${evidence.toLocaleString("en")} evidence (generated in ${round(world.seconds, 1)} s)`,
      metrics: {
        "load s": round(load.seconds, 1),
        "load CPU s": round(load.cpuSeconds, 1),
        "bare COPY s": round(bare.seconds, 1),
        "bare CPU s": round(bare.cpuSeconds, 1),
        "ratio (wall)": round(load.seconds / bare.seconds, 1),
        "ratio (CPU)": round(load.cpuSeconds / bare.cpuSeconds, 1),
        "re-load s": round(reload.seconds, 2),
        "re-load unchanged files": reload.unchangedFiles ?? 0,
        "load peak RSS MB": Math.round(load.peakRssMb),
        "bare peak RSS MB": Math.round(bare.peakRssMb),
        "DB MB": round((await databaseBytes(loadDb)) / 2 ** 20, 0),
        "bare DB MB": round((await databaseBytes(bareDb)) / 2 ** 20, 0),
        "load issues": load.issues ?? 0,
      },
    },
  ];
  await rm(join(world.dir, "db-load"), { recursive: true, force: true });
  await rm(join(world.dir, "db-bare"), { recursive: true, force: true });
  return results;
}
