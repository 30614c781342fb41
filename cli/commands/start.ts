import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { loadPaths } from "../../loaders/index.js";
import type { GetStore } from "../context.js";
import { progressReporter } from "../progress.js";
import { addServeOptions, assertSafeToServe, serve, type ServeOptions } from "./serve.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** What a newcomer sees first: the curated reference, USGS statistics and the sample articles. */
export function sampleCorpus(): string[] {
  // The seed articles are third-party text, so they are not shipped; they load when checked out beside us.
  const seeds = here("../../../shared/seeds");
  return [here("../../data/reference"), here("../../data/usgs-mcs2026"), here("../../data/samples"), seeds].filter((p) => existsSync(p));
}

export function registerStart(program: Command, getStore: GetStore): void {
  addServeOptions(program.command("start").description("load the sample corpus on first run, then serve the explorer")).action(async (options: ServeOptions) => {
    assertSafeToServe(options.host, process.env.YTTERBY_TOKEN || undefined);
    const store = await getStore();
    const stats = await store.stats();
    const empty = Object.values(stats.nodes).every((count) => count === 0);
    // A first-run load that was killed leaves a non-empty graph marked incomplete: finish it (loads are idempotent).
    if (empty || stats.incompleteLoad) {
      console.error(empty ? "first run: loading the sample corpus into the graph…" : "an earlier load did not finish: loading the sample corpus again to complete it…");
      const progress = progressReporter();
      const summary = await loadPaths(store, sampleCorpus(), { onStart: progress.start, onFile: progress.tick });
      progress.stop();
      console.error(`loaded ${summary.files.length} file(s): ${summary.nodesCreated} nodes, ${summary.relationshipsCreated} relationships`);
      for (const issue of summary.issues) console.error(`${issue.where}: ${issue.message}`);
    }
    await serve(getStore, options);
  });
}
