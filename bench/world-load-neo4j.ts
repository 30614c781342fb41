import { readFile } from "node:fs/promises";
import { Neo4jStore } from "../graph/index.js";
import { loadPaths } from "../loaders/index.js";
import type { BenchResult } from "./bench-result.js";
import { generateWorld } from "./world/generate-world.js";
import { sizeLabel } from "./world/world-size.js";

/**
 * Issue 15, item 2 on Neo4j: the same generated world as the embedded world-load suite, through `ytterby load`'s
 * function on Neo4jStore (batched UNWIND in write transactions), into an emptied database, then again (the ledger
 * skips unchanged files). The server's JVM is another process: its CPU is read from /proc when its pid is given
 * (YTTERBY_NEO4J_PID), so the figure is what the load cost the machine, not only the client.
 */
export async function runNeo4jWorldLoadBench(nodes: number): Promise<BenchResult[]> {
  const world = await generateWorld(nodes);
  const store = await Neo4jStore.open({
    uri: process.env.NEO4J_URI ?? "",
    user: process.env.NEO4J_USER ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
    database: process.env.NEO4J_DATABASE,
  });
  try {
    await store.reset();
    const load = await measured(() => loadPaths(store, [world.load]));
    const reload = await measured(() => loadPaths(store, [world.load]));
    const summary = load.value;
    return [
      {
        name: `${sizeLabel(nodes)} world on Neo4j: ${summary.nodesCreated.toLocaleString("en")} nodes + ${summary.relationshipsCreated.toLocaleString("en")} relationships + ${summary.evidenceCreated.toLocaleString("en")} evidence`,
        metrics: {
          "load s": load.seconds,
          "client CPU s": load.clientCpu,
          "server CPU s": load.serverCpu ?? "not read (no YTTERBY_NEO4J_PID)",
          "re-load s": reload.seconds,
          "re-load unchanged files": reload.value.files.filter((file) => file.unchanged).length,
          "client peak RSS MB": Math.round(process.resourceUsage().maxRSS / 1024),
          "load issues": summary.issues.length,
        },
      },
    ];
  } finally {
    await store.close();
  }
}

interface Measured<T> {
  value: T;
  seconds: number;
  clientCpu: number;
  serverCpu?: number;
}

async function measured<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const serverBefore = await serverCpuSeconds();
  const value = await work();
  const used = process.cpuUsage(cpu);
  const serverAfter = await serverCpuSeconds();
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    value,
    seconds: round((performance.now() - started) / 1000),
    clientCpu: round((used.user + used.system) / 1e6),
    serverCpu: serverBefore === undefined || serverAfter === undefined ? undefined : round(serverAfter - serverBefore),
  };
}

/** utime + stime of the Neo4j JVM (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 1/100 s on Linux). */
async function serverCpuSeconds(): Promise<number | undefined> {
  const pid = process.env.YTTERBY_NEO4J_PID;
  if (!pid) return undefined;
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  if (!stat) return undefined;
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are plain.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
