import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "ytterby-start-"));
let child: ChildProcess | undefined;

/** Waits for the server to exit before removing its database: it may still be writing (a checkpoint) when told to stop. */
afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child?.once("exit", () => resolve()));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}, 30_000);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Resolves with the health body once the server answers, or rejects when the process exits first. */
function waitForHealth(url: string, process: ChildProcess): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let stderr = "";
    process.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    process.once("exit", (code) => reject(new Error(`ytterby start exited with ${code}: ${stderr}`)));
    const poll = async () => {
      try {
        const response = await fetch(url);
        if (response.ok) return resolve((await response.json()) as Record<string, unknown>);
      } catch {
        // not listening yet
      }
      setTimeout(poll, 200);
    };
    void poll();
  });
}

describe("ytterby start (what npm start runs)", () => {
  it("loads the sample corpus into an empty graph on first run and serves /api/health", async () => {
    const port = await freePort();
    child = spawn("node", [join(root, "bin/ytterby.js"), "start", "--port", String(port), "--host", "127.0.0.1"], {
      cwd: root,
      env: { ...process.env, YTTERBY_DB: join(dir, "graph.lbug"), NEO4J_URI: "" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    const health = (await waitForHealth(`http://127.0.0.1:${port}/api/health`, child)) as { store: { kind: string }; counts: { nodes: Record<string, number>; relationships: Record<string, number> } };
    expect(health.store.kind).toBe("embedded");
    expect(health.counts.nodes.Actor).toBeGreaterThan(20);
    expect(health.counts.nodes.Country).toBeGreaterThan(200);
    expect(health.counts.nodes.Document).toBeGreaterThan(0);
    expect(health.counts.relationships.PRODUCES).toBeGreaterThan(100);
    const investigations = (await (await fetch(`http://127.0.0.1:${port}/api/investigations`)).json()) as unknown[];
    expect(investigations.length).toBeGreaterThanOrEqual(14);
  }, 120_000);
});
