import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { buildServer } from "../../server/app.js";
import type { GetStore } from "../context.js";

export const UI_DIST = fileURLToPath(new URL("../../ui/dist", import.meta.url));

export interface ServeOptions {
  port: string;
  host: string;
}

export async function serve(getStore: GetStore, options: ServeOptions): Promise<void> {
  const store = await getStore();
  const app = await buildServer({ store, uiDir: UI_DIST });
  const port = Number(options.port);
  await app.listen({ port, host: options.host });
  console.error(`Ytterby explorer at http://${options.host}:${port} (${store.kind} store at ${store.location})`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await app.close();
}

export function addServeOptions(command: Command): Command {
  return command.option("-p, --port <port>", "port to listen on", process.env.PORT ?? "8080").option("--host <host>", "address to bind", process.env.HOST ?? "127.0.0.1");
}

export function registerServe(program: Command, getStore: GetStore): void {
  addServeOptions(program.command("serve").description("serve the explorer and the HTTP API")).action((options: ServeOptions) => serve(getStore, options));
}
