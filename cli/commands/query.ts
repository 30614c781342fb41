import { InvalidArgumentError, type Command } from "commander";
import { InputError } from "../../graph/index.js";
import { loadCatalogue, runInvestigation } from "../../queries/index.js";
import type { GetStore } from "../context.js";
import { printJson, printTable } from "../output.js";

function collectParam(value: string, previous: Record<string, string>): Record<string, string> {
  const at = value.indexOf("=");
  if (at <= 0) throw new InvalidArgumentError(`"${value}" is not name=value. Write e.g. --param asset=asset:lovozero-gok.`);
  return { ...previous, [value.slice(0, at).trim()]: value.slice(at + 1).trim() };
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive whole number.`);
  return n;
}

/** `ytterby query <id> --param k=v`: runs a saved investigation on the active store. */
export function registerQuery(program: Command, getStore: GetStore): void {
  program
    .command("query")
    .description("run a saved investigation (see `ytterby investigations`)")
    .argument("<id>", "investigation id, e.g. ultimate-owners")
    .option("-p, --param <name=value>", "a parameter; repeat for more. Entities take an id or any name or alias", collectParam, {})
    .option("--timeout <ms>", "cancel after this many milliseconds", positiveInt)
    .option("--limit <rows>", "row limit for the Cypher", positiveInt)
    .option("--json", "print the full result (columns, rows, graph, summary) as JSON")
    .action(async (id: string, options: { param: Record<string, string>; timeout?: number; limit?: number; json?: boolean }) => {
      const catalogue = await loadCatalogue();
      const investigation = catalogue.get(id);
      const store = await getStore();
      try {
        const result = await runInvestigation(store, investigation, options.param, { timeoutMs: options.timeout, rowLimit: options.limit });
        if (options.json) return printJson(result);
        console.log(`${investigation.title}\n${result.summary}\n`);
        // Nodes, paths and nested lists are for the explorer; the table shows scalars and short lists.
        const columns = result.columns.filter((c) => result.rows.every((r) => r[c] === null || typeof r[c] !== "object" || (Array.isArray(r[c]) && (r[c] as unknown[]).every((v) => typeof v !== "object"))));
        printTable(result.rows, columns);
        if (result.truncated) console.error(`\n(truncated; raise --limit for more rows)`);
      } catch (error) {
        if (error instanceof InputError) {
          const params = Object.keys(investigation.params);
          throw new InputError(`${error.message}${params.length ? `\nParameters of ${id}: ${params.join(", ")}. See \`ytterby investigations\`.` : ""}`, error.issues);
        }
        throw error;
      }
    });
}
