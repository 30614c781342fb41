import type { Command } from "commander";
import { storeConfigFromEnv, StoreError } from "../../graph/index.js";
import { loadPaths } from "../../loaders/index.js";
import type { GetStore } from "../context.js";
import { printJson } from "../output.js";
import { progressReporter } from "../progress.js";
import { sendToServer, serverHolding, type SentLoad } from "../send-to-server.js";

interface LoadCommandOptions {
  json?: boolean;
  force?: boolean;
  server?: string;
}

/** The embedded database this command would open, or undefined for Neo4j (which has no single-process lock). */
function databasePath(command: Command): string | undefined {
  const db = command.optsWithGlobals<{ db?: string }>().db;
  const config = storeConfigFromEnv(db ? { ...process.env, YTTERBY_DB: db } : process.env);
  return config.kind === "embedded" ? config.path : undefined;
}

function printSent({ results, skipped }: SentLoad, url: string, json: boolean | undefined): void {
  if (json) printJson({ server: url, files: results, skipped });
  const added = results.filter((r) => r.status === "added");
  const unchanged = results.filter((r) => r.status === "unchanged").length;
  const sum = (key: "nodesCreated" | "relationshipsCreated" | "evidenceCreated") => added.reduce((n, r) => n + r[key], 0);
  if (!json) {
    console.error(
      `sent ${results.length} file(s) to the server at ${url}: loaded ${added.length}${unchanged > 0 ? `, ${unchanged} unchanged since the last load` : ""}${skipped.length > 0 ? `, skipped ${skipped.length}` : ""}: ${sum("nodesCreated")} nodes, ${sum("relationshipsCreated")} relationships, ${sum("evidenceCreated")} evidence created`,
    );
    for (const path of skipped) console.error(`${path}: skipped: no loader reads this kind of file`);
  }
  for (const result of results) {
    const name = result.file.split(/[\\/]/).pop() ?? result.file;
    for (const issue of result.issues) console.error(`${issue.where.split(name).join(result.file)}${issue.field ? ` field "${issue.field}"` : ""}: ${issue.message}`);
    if (result.moreIssues > 0) console.error(`${result.file}: ${result.moreIssues} more issue(s)`);
  }
  if (results.length === 0 || results.some((r) => r.status === "failed")) process.exitCode = 1;
}

export function registerLoad(program: Command, getStore: GetStore): void {
  program
    .command("load")
    .description("load files and folders (articles .txt/.md/.html, reference YAML, USGS JSON/CSV, bulk CSV, BODS JSON, FollowTheMoney JSONL) into the graph; when `ytterby serve` holds the database, the files are sent to it")
    .argument("<paths...>", "files or folders")
    .option("--json", "print the load summary as JSON")
    .option("--force", "read every file again, even those whose content was loaded before without an issue")
    .option("--server <url>", "send the files to this running Ytterby server (its POST /api/documents; YTTERBY_TOKEN is its token) instead of opening the database")
    .action(async (paths: string[], options: LoadCommandOptions, command: Command) => {
      if (options.server) {
        const url = options.server;
        const held = databasePath(command);
        const state = held ? await serverHolding(held) : undefined;
        const token = process.env.YTTERBY_TOKEN || (state && new URL(state.url).origin === new URL(url).origin ? state.token : undefined);
        printSent(await sendToServer({ url, token }, paths), url, options.json);
        return;
      }
      // A running server holds the database: it loads the files (asked first, since opening a locked database is slow to fail).
      const held = databasePath(command);
      const running = held ? await serverHolding(held) : undefined;
      if (running && held) {
        if (options.force) console.error("ytterby: --force is not sent to a server; files whose content it loaded before are reported unchanged");
        console.error(`ytterby: ${held} is held by the server at ${running.url}; sending the files to it`);
        printSent(await sendToServer(running, paths), running.url, options.json);
        return;
      }
      let store;
      try {
        store = await getStore();
      } catch (error) {
        // The server may have started meanwhile: then it loads the files instead.
        const state = error instanceof StoreError && held ? await serverHolding(held) : undefined;
        if (!state) throw error;
        if (options.force) console.error("ytterby: --force is not sent to a server; files whose content it loaded before are reported unchanged");
        console.error(`ytterby: ${held} is held by the server at ${state.url}; sending the files to it`);
        printSent(await sendToServer(state, paths), state.url, options.json);
        return;
      }
      const progress = progressReporter();
      const summary = await loadPaths(store, paths, { onStart: progress.start, onFile: progress.tick, force: options.force });
      progress.stop();
      const loaded = summary.files.filter((f) => f.ok && !f.skipped);
      const skipped = summary.files.filter((f) => f.skipped);
      const earlier = summary.incompleteEarlierLoad;
      if (options.json) printJson(summary);
      else {
        if (earlier) {
          console.error(`an earlier load (started ${earlier.startedAt}${earlier.paths ? ` of ${earlier.paths.join(" ")}` : ""}) did not finish; loading is idempotent, so load those paths again if this load did not include them`);
        }
        const unchanged = loaded.filter((f) => f.unchanged).length;
        console.error(
          `loaded ${loaded.length} of ${summary.files.length - skipped.length} file(s)${unchanged > 0 ? ` (${unchanged} unchanged since the last load, not read again; --force reads them)` : ""}${skipped.length > 0 ? `, skipped ${skipped.length}` : ""}: ${summary.nodesCreated} nodes, ${summary.relationshipsCreated} relationships, ${summary.evidenceCreated} evidence created`,
        );
        for (const file of skipped) console.error(`${file.path}: skipped: ${file.reason ?? "not loaded"}`);
      }
      for (const issue of summary.issues) console.error(`${issue.where}${issue.field ? ` field "${issue.field}"` : ""}: ${issue.message}`);
      if (loaded.length === 0) console.error("ytterby: nothing was loaded: no file was recognised. See `ytterby load --help` for the formats.");
      if (loaded.length === 0 || summary.files.some((f) => !f.ok)) process.exitCode = 1;
    });
}
