import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { FIXTURE } from "../queries/fixture.js";

const REPO = new URL("../../", import.meta.url).pathname;
const BIN = join(REPO, "bin/ytterby.js");
const TOKEN = "test-token-0123456789abcdef";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Resident size of a process and all its descendants (the server and its store process), from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const visit = (p: number) => {
    try {
      total += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0) * 1024;
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return total;
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  let exited = false;
  child.once("exit", () => (exited = true));
  for (;;) {
    if (exited) throw new Error("ytterby serve exited before answering");
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("ytterby serve under attack (a real server process with its store process)", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-serve-limits-"));
  const db = join(dir, "graph.lbug");
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const store = await EmbeddedStore.open(db);
    await store.upsert(FIXTURE);
    await store.close();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [BIN, "serve", "--db", db, "--port", String(port)], { cwd: REPO, env: { ...process.env, YTTERBY_TOKEN: TOKEN, YTTERBY_LOG_LEVEL: "warn" }, stdio: ["ignore", "ignore", "pipe"] });
    await waitForHealth(url, child);
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const cypher = (query: string, token: string | null = TOKEN) =>
    fetch(`${url}/api/cypher`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, timeoutMs: 300_000 }) });

  it("refuses a runaway query with a 4xx while /api/health keeps answering within a second and memory stays under 1.5 GB", async () => {
    let done = false;
    let peak = 0;
    const started = performance.now();
    const healthTimes: number[] = [];
    const bomb = cypher("UNWIND range(1, 100000000) AS x RETURN x").then(async (response) => {
      done = true;
      return { status: response.status, body: (await response.json()) as { error: { type: string; message: string } } };
    });
    while (!done) {
      const asked = performance.now();
      const health = await fetch(`${url}/api/health`);
      healthTimes.push(performance.now() - asked);
      expect(health.status).toBe(200);
      peak = Math.max(peak, treeRss(child.pid ?? 0));
    }
    const { status, body } = await bomb;
    // The figures SECURITY.md quotes; printed so every CI log carries them.
    console.info(`runaway query: ${status} ${body.error.type} after ${Math.round(performance.now() - started)} ms; /api/health max ${Math.round(Math.max(...healthTimes))} ms over ${healthTimes.length} probes; server + store peak RSS ${Math.round(peak / 1024 / 1024)} MB`);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.error.type).toMatch(/QueryResourceError|QueryTimeoutError/);
    expect(healthTimes.length).toBeGreaterThan(0);
    expect(Math.max(...healthTimes)).toBeLessThan(1_000);
    expect(peak).toBeLessThan(1.5 * 1024 ** 3);
    // The store process was restarted: the next query is answered.
    const after = await cypher("MATCH (a:Actor) RETURN count(*) AS n");
    expect(after.status).toBe(200);
  }, 120_000);

  it("needs the token for the API but not for health, and answers only to its own host names", async () => {
    expect((await cypher("MATCH (a:Actor) RETURN count(*) AS n", null)).status).toBe(401);
    expect((await cypher("MATCH (a:Actor) RETURN count(*) AS n", "wrong-token-0123456789abcdef")).status).toBe(401);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    const health = (await (await fetch(`${url}/api/health`)).json()) as Record<string, unknown>;
    expect(JSON.stringify(health)).not.toContain(dir);
    // fetch() will not send a forged Host header; node:http does, as a rebinding attacker's browser would.
    const rebound = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${url}/api/health`, { headers: { host: "attacker.example:80" } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.once("error", reject);
      request.end();
    });
    expect(rebound).toBe(421);
    const crossOrigin = await fetch(`${url}/api/cypher`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}`, origin: "http://attacker.example" }, body: JSON.stringify({ query: "RETURN 1 AS x" }) });
    expect(crossOrigin.status).toBe(403);
  });

  it("sends the security headers", async () => {
    const response = await fetch(`${url}/api/health`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self'(;|$)/);
  });
});

describe("ytterby serve refuses to open the API to the network without a token", () => {
  it("exits non-zero and says why", () => {
    const env = { ...process.env };
    delete env.YTTERBY_TOKEN;
    const result = spawnSync(process.execPath, [BIN, "serve", "--host", "0.0.0.0", "--port", "0", "--db", join(tmpdir(), "ytterby-never-opened", "g.lbug")], { cwd: REPO, env, encoding: "utf8", timeout: 60_000 });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/YTTERBY_TOKEN/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
