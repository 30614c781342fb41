import type { Command } from "commander";
import type { GetStore } from "../context.js";

export function registerReset(program: Command, getStore: GetStore): void {
  program
    .command("reset")
    .description("delete every node and relationship from the graph (the schema stays)")
    .action(async () => {
      const store = await getStore();
      await store.reset();
      console.error(`emptied the ${store.kind} store at ${store.location}`);
    });
}
