import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedStore, NODE_KINDS, RELATIONSHIP_TYPES } from "../../graph/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "ytterby-kill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CORPUS = ["data/reference", "data/usgs-mcs2026", "data/samples"].map((p) => join(root, p));
const env = { ...process.env, NEO4J_URI: "" };

function ytterby(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile("node", [join(root, "bin/ytterby.js"), ...args], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ stdout, stderr, code: error ? Number((error as { code?: number }).code ?? 1) : 0 }),
    );
  });
}

/**
 * Starts a load that prints every statement it runs (YTTERBY_PROFILE) and kills it with SIGKILL right after the
 * first node table write has finished: the load marker is in, part of the graph is written, the rest is not.
 */
function killMidWrite(db: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("node", [join(root, "bin/ytterby.js"), "load", ...CORPUS, "--db", db], { cwd: root, env: { ...env, YTTERBY_PROFILE: "1" } });
    let seen = "";
    child.stderr.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (/ms (COPY|UNWIND \$rows AS row CREATE)/.test(seen)) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => (signal === "SIGKILL" ? resolve(seen) : reject(new Error(`load ended before it could be killed:\n${seen.slice(-2000)}`))));
  });
}

/** Counts and a hash of every node's and relationship's content, independent of write order and internal ids. */
async function fingerprint(db: string): Promise<{ nodes: number; relationships: number; hash: string }> {
  const store = await EmbeddedStore.open(db);
  try {
    const lines: string[] = [];
    let nodes = 0;
    let relationships = 0;
    for (const kind of NODE_KINDS) {
      const result = await store.read(`MATCH (n:${kind}) RETURN n`, {}, { rowLimit: 1_000_000 });
      for (const node of result.graph.nodes) lines.push(JSON.stringify([node.id, node.kind, node.name, node.properties]));
      nodes += result.graph.nodes.length;
    }
    for (const type of RELATIONSHIP_TYPES) {
      const result = await store.read(`MATCH (a)-[r:${type}]->(b) RETURN a.id AS a, b.id AS b, r.id AS id`, {}, { rowLimit: 1_000_000 });
      for (const row of result.rows) lines.push(JSON.stringify([type, row.a, row.b, row.id]));
      relationships += result.rows.length;
    }
    for (const type of RELATIONSHIP_TYPES) {
      const result = await store.read(`MATCH ()-[r:${type}]->() RETURN r`, {}, { rowLimit: 1_000_000 });
      for (const edge of result.graph.edges) lines.push(JSON.stringify([edge.type, edge.source, edge.target, edge.properties]));
    }
    lines.sort();
    return { nodes, relationships, hash: createHash("sha256").update(lines.join("\n")).digest("hex") };
  } finally {
    await store.close();
  }
}

describe("a load killed with SIGKILL", () => {
  it("is reported as incomplete by stats and the next load, which completes it to the same graph as a clean load", async () => {
    const clean = join(dir, "clean.lbug");
    const killed = join(dir, "killed.lbug");
    expect((await ytterby("load", ...CORPUS, "--db", clean)).code).toBe(0);

    await killMidWrite(killed);
    const stats = await ytterby("stats", "--json", "--db", killed);
    expect(stats.code).toBe(0);
    const incomplete = (JSON.parse(stats.stdout) as { incompleteLoad?: { startedAt: string; paths?: string[] } }).incompleteLoad;
    expect(incomplete?.paths).toEqual(CORPUS);
    expect(Number.isNaN(Date.parse(incomplete?.startedAt ?? ""))).toBe(false);
    expect((await ytterby("stats", "--db", killed)).stdout).toMatch(/INCOMPLETE: a load started/);

    const rerun = await ytterby("load", ...CORPUS, "--db", killed);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(/an earlier load \(started .*\) did not finish/);
    expect(JSON.parse((await ytterby("stats", "--json", "--db", killed)).stdout)).not.toHaveProperty("incompleteLoad");

    const [a, b] = [await fingerprint(clean), await fingerprint(killed)];
    expect(b.nodes).toBeGreaterThan(100);
    expect(b).toEqual(a);
  }, 600_000);
});
