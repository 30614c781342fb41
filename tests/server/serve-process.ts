// Starts a real `ytterby serve` process (with its store process) on a temp database, as a user would.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

export const REPO = new URL("../../", import.meta.url).pathname;
export const BIN = join(REPO, "bin/ytterby.js");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServe(db: string, env: Record<string, string> = {}): Promise<ServeProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [BIN, "serve", "--db", db, "--port", String(port)], { cwd: REPO, env: { ...process.env, YTTERBY_LOG_LEVEL: "warn", ...env }, stdio: ["ignore", "inherit", "inherit"] });
  let exited = false;
  child.once("exit", () => (exited = true));
  for (;;) {
    if (exited) throw new Error("ytterby serve exited before answering");
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const done = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await done;
    },
  };
}

/** An invented article (no real company, no real mine): a company owning most of a mine, and its parent. */
export const ARTICLE = `Quorvane Minerals buys into Tellbrook cobalt mine

Quorvane Minerals Ltd owns 70% of the Tellbrook Mine in Zambia, the company said on Monday.
The Tellbrook Mine produced 4,000 tonnes of cobalt last year.
Quorvane Minerals is a subsidiary of Haldmoor Holdings, which holds 100% of its shares.
`;
