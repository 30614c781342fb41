import { isIP, type AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { InputError } from "../../graph/index.js";
import { allowedHostsFor, isLoopback } from "../../server/access.js";
import { buildServer } from "../../server/app.js";
import { removeServerState, writeServerState } from "../../server/server-state.js";
import type { GetStore } from "../context.js";

export const UI_DIST = fileURLToPath(new URL("../../ui/dist", import.meta.url));

export interface ServeOptions {
  port: string;
  host: string;
}

/** A shared team box is reachable by anyone on its network: without a token the whole API would be theirs. */
export function assertSafeToServe(host: string, token: string | undefined): void {
  if (isLoopback(host) || token) return;
  throw new InputError(`serve: --host ${host} would open the explorer and its API to the network without a password. Set YTTERBY_TOKEN to a long random secret (e.g. \`export YTTERBY_TOKEN=$(openssl rand -hex 24)\`) and give it to your users, or serve on 127.0.0.1.`);
}

/** The URL a process on this machine reaches the server at: a wildcard address is reached through loopback. */
function localUrl(host: string, address: string | AddressInfo | null): string {
  const port = typeof address === "object" && address ? address.port : 0;
  const name = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : isIP(host) === 6 ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

export async function serve(getStore: GetStore, options: ServeOptions): Promise<void> {
  const token = process.env.YTTERBY_TOKEN || undefined;
  assertSafeToServe(options.host, token);
  if (token && token.length < 16) throw new InputError("serve: YTTERBY_TOKEN is shorter than 16 characters; use a long random secret.");
  const port = Number(options.port);
  const store = await getStore({ isolated: true });
  const app = await buildServer({ store, uiDir: UI_DIST, token, allowedHosts: allowedHostsFor(options.host), logger: { level: process.env.YTTERBY_LOG_LEVEL ?? "info" } });
  await app.listen({ port, host: options.host });
  // `ytterby load` finds this server through the file and sends it files instead of failing on the database lock.
  const statePath = store.kind === "embedded" ? store.location : undefined;
  if (statePath) await writeServerState(statePath, { url: localUrl(options.host, app.server.address()), pid: process.pid, ...(token ? { token } : {}) });
  console.error(`Ytterby explorer at http://${options.host}:${port}${token ? " (token required: open /?token=… once in the browser)" : ""} (${store.kind} store)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  if (statePath) await removeServerState(statePath);
  await app.close();
}

export function addServeOptions(command: Command): Command {
  return command.option("-p, --port <port>", "port to listen on", process.env.PORT ?? "8080").option("--host <host>", "address to bind (other than loopback only with YTTERBY_TOKEN set)", process.env.HOST ?? "127.0.0.1");
}

export function registerServe(program: Command, getStore: GetStore): void {
  addServeOptions(program.command("serve").description("serve the explorer and the HTTP API")).action((options: ServeOptions) => serve(getStore, options));
}
