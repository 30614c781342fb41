import { open, readdir } from "node:fs/promises";
import { join } from "node:path";
import { Connection, Database } from "@ladybugdb/core";
import { EmbeddedStore } from "../../graph/index.js";
import { loadPaths } from "../../loaders/index.js";

/**
 * One measurement in its own process, so peak RSS is that of the work alone:
 *   load <db> <folder>   `ytterby load`'s function on the world's files
 *   bare <db> <folder>   plain COPY FROM of the bare table CSVs into the same tables
 * Prints one JSON line: wall seconds, CPU seconds (every thread), peak RSS.
 */
const [mode, db, folder] = process.argv.slice(2);
if (!mode || !db || !folder) throw new Error("usage: load-child.ts load|bare <db> <folder>");

const started = performance.now();
const cpu = process.cpuUsage();
let detail: Record<string, unknown> = {};
if (mode === "load") {
  const store = await EmbeddedStore.open(db);
  const summary = await loadPaths(store, [folder]);
  await store.close();
  detail = {
    nodesCreated: summary.nodesCreated,
    relationshipsCreated: summary.relationshipsCreated,
    evidenceCreated: summary.evidenceCreated,
    unchangedFiles: summary.files.filter((f) => f.unchanged).length,
    issues: summary.issues.length,
    firstIssues: summary.issues.slice(0, 3),
  };
} else {
  // The store creates the tables exactly as a load would find them; the copy then bypasses everything else.
  await (await EmbeddedStore.open(db)).close();
  const database = new Database(db, 0, false);
  const connection = new Connection(database);
  // Node tables (Actor.csv) before relationship tables (OWNS.Actor.Asset.csv), whose endpoints must exist.
  const tables = (await readdir(folder)).map((file) => file.replace(/\.csv$/, "").split("."));
  tables.sort((a, b) => a.length - b.length);
  for (const [table, from, to] of tables) {
    const file = [table, from, to].filter(Boolean).join(".") + ".csv";
    const header = (await firstLine(join(folder, file))).split(",");
    const columns = from ? header.slice(2) : header;
    const endpoints = from ? `, from='${from}', to='${to}'` : "";
    const result = await connection.query(`COPY ${table}(${columns.map((c) => `\`${c}\``).join(", ")}) FROM '${join(folder, file)}' (header=true${endpoints})`);
    for (const each of Array.isArray(result) ? result : [result]) each.close();
  }
  await connection.close();
  await database.close();
}
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024, ...detail }));

async function firstLine(path: string): Promise<string> {
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString("utf8").split("\n", 1)[0] ?? "";
  } finally {
    await handle.close();
  }
}
