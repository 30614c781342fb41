import type { Command } from "commander";
import { loadPaths } from "../../loaders/index.js";
import type { GetStore } from "../context.js";
import { printJson } from "../output.js";
import { progressReporter } from "../progress.js";

export function registerLoad(program: Command, getStore: GetStore): void {
  program
    .command("load")
    .description("load files and folders (articles .txt/.md/.html, reference YAML, USGS JSON/CSV, bulk CSV, BODS JSON, FollowTheMoney JSONL) into the graph")
    .argument("<paths...>", "files or folders")
    .option("--json", "print the load summary as JSON")
    .option("--force", "read every file again, even those whose content was loaded before without an issue")
    .action(async (paths: string[], options: { json?: boolean; force?: boolean }) => {
      const store = await getStore();
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
