import type { Command } from "commander";
import { writeAdminImportCsv } from "../../graph/index.js";
import type { GetStore } from "../context.js";

export function registerExportNeo4jCsv(program: Command, getStore: GetStore): void {
  program
    .command("export-neo4j-csv")
    .description("write the graph as neo4j-admin import CSV (for loads too big for transactions; see the README's Neo4j section)")
    .argument("<folder>", "where to write nodes-*.csv and relationships-*.csv")
    .action(async (folder: string) => {
      const store = await getStore();
      const summary = await writeAdminImportCsv(store, folder);
      console.log(`wrote ${summary.nodes} nodes and ${summary.relationships} relationships from the ${store.kind} store at ${store.location} into ${summary.files.length} files in ${folder}`);
      console.log(`import them into a fresh Neo4j data folder with: java -jar tools/neo4j/target/ytterby-neo4j.jar import <data-folder> ${folder}`);
    });
}
