import { Command } from "commander";
import { YtterbyError } from "../graph/index.js";
import { registerExportAnnotations } from "./commands/export-annotations.js";
import { registerExportNeo4jCsv } from "./commands/export-neo4j-csv.js";
import { registerExtract } from "./commands/extract.js";
import { registerInvestigations } from "./commands/investigations.js";
import { registerLoad } from "./commands/load.js";
import { registerQuery } from "./commands/query.js";
import { registerReset } from "./commands/reset.js";
import { registerServe } from "./commands/serve.js";
import { registerStart } from "./commands/start.js";
import { registerStats } from "./commands/stats.js";
import { StoreHandle, type GetStore } from "./context.js";
import { stopWritingWhenStdoutCloses } from "./output.js";

export function buildProgram(handle: StoreHandle): Command {
  const program = new Command("ytterby")
    .description("Ytterby: a knowledge graph of critical-mineral supply chains, with the evidence behind every fact.\nUses Neo4j when NEO4J_URI is set, else the embedded database at YTTERBY_DB (default .ytterby/graph.lbug).")
    .version("0.1.0")
    .option("--db <path>", "embedded database path (overrides YTTERBY_DB)")
    .showHelpAfterError();
  const getStore: GetStore = (options) => handle.get(options);
  registerLoad(program, getStore);
  registerExtract(program);
  registerQuery(program, getStore);
  registerInvestigations(program, getStore);
  registerServe(program, getStore);
  registerStart(program, getStore);
  registerStats(program, getStore);
  registerReset(program, getStore);
  registerExportNeo4jCsv(program, getStore);
  registerExportAnnotations(program, getStore);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  stopWritingWhenStdoutCloses();
  // The store opens lazily, after parsing, so the closure can read the parsed --db option.
  const handle = new StoreHandle(() => program.opts<{ db?: string }>().db);
  const program = buildProgram(handle);
  let failure: unknown;
  try {
    await program.parseAsync(argv);
  } catch (error) {
    failure = error;
    report(error);
  }
  try {
    await handle.close();
  } catch (error) {
    // A store that failed to open fails again on close with the same error, already printed above.
    if (error !== failure) {
      report(error);
      failure ??= error;
    }
  }
  if (failure !== undefined) return 1;
  return typeof process.exitCode === "number" ? process.exitCode : 0;
}

/** Typed errors carry a message written for the user; anything else is a bug worth its stack. */
function report(error: unknown): void {
  console.error(error instanceof YtterbyError ? `ytterby: ${error.message}` : error);
}
