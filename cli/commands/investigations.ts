import type { Command } from "commander";
import { describeParam, loadCatalogue, summarise } from "../../queries/index.js";
import type { GetStore } from "../context.js";
import { printJson, printTable } from "../output.js";

/** `ytterby investigations`: the saved catalogue, for people as a table and for programs as JSON. */
export function registerInvestigations(program: Command, _getStore: GetStore): void {
  program
    .command("investigations")
    .description("list the saved investigations: id, title, parameters and Cypher texts (Neo4j, and LadybugDB where it differs)")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }) => {
      const catalogue = await loadCatalogue();
      const investigations = catalogue.list();
      if (options.json) return printJson(investigations.map(summarise));
      printTable(
        investigations.map((i) => ({
          id: i.id,
          category: i.category,
          title: i.title,
          parameters: Object.entries(i.params).map(([name, spec]) => describeParam(name, spec)).join("; "),
        })),
      );
      console.log(`\nRun one with \`ytterby query <id> --param name=value\`; --json here shows the Cypher.`);
    });
}
