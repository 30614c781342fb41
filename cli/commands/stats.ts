import type { Command } from "commander";
import type { GetStore } from "../context.js";
import { printJson, printTable } from "../output.js";

export function registerStats(program: Command, getStore: GetStore): void {
  program
    .command("stats")
    .description("count nodes by kind and relationships by type; say if a load was left unfinished")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }) => {
      const store = await getStore();
      const stats = await store.stats();
      if (options.json) return printJson({ store: { kind: store.kind, location: store.location }, ...stats });
      console.log(`${store.kind} store at ${store.location}\n`);
      const earlier = stats.incompleteLoad;
      if (earlier) {
        console.log(
          `INCOMPLETE: a load started ${earlier.startedAt}${earlier.paths ? ` (${earlier.paths.join(" ")})` : ""} did not finish, so the graph may lack part of it. Run that load again to complete it.\n`,
        );
      }
      printTable(Object.entries(stats.nodes).map(([kind, count]) => ({ kind, count })));
      console.log();
      printTable(Object.entries(stats.relationships).map(([type, count]) => ({ type, count })));
    });
}
