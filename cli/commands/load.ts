import type { Command } from "commander";
import { loadPaths } from "../../loaders/index.js";
import type { GetStore } from "../context.js";
import { printJson } from "../output.js";
import { progressReporter } from "../progress.js";

export function registerLoad(program: Command, getStore: GetStore): void {
  program
    .command("load")
    .description("load files and folders (articles .txt/.md/.html, reference YAML, USGS JSON/CSV, BODS JSON, FollowTheMoney JSONL) into the graph")
    .argument("<paths...>", "files or folders")
    .option("--json", "print the load summary as JSON")
    .action(async (paths: string[], options: { json?: boolean }) => {
      const store = await getStore();
      const progress = progressReporter();
      const summary = await loadPaths(store, paths, { onStart: progress.start, onFile: progress.tick });
      progress.stop();
      if (options.json) printJson(summary);
      else {
        console.error(`loaded ${summary.files.filter((f) => f.ok).length} of ${summary.files.length} file(s): ${summary.nodesCreated} nodes, ${summary.relationshipsCreated} relationships, ${summary.evidenceCreated} evidence created`);
      }
      for (const issue of summary.issues) console.error(`${issue.where}${issue.field ? ` field "${issue.field}"` : ""}: ${issue.message}`);
      if (summary.files.some((f) => !f.ok)) process.exitCode = 1;
    });
}
