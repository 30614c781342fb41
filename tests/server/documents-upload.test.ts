import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { serverStatePath } from "../../server/server-state.js";
import { FIXTURE } from "../queries/fixture.js";
import { ARTICLE, REPO, startServe, type ServeProcess } from "./serve-process.js";

const TOKEN = "upload-token-0123456789abcdef";
const auth = { authorization: `Bearer ${TOKEN}` };

interface FileResult {
  file: string;
  loader?: string;
  status: "added" | "unchanged" | "failed";
  nodesCreated: number;
  relationshipsCreated: number;
  evidenceCreated: number;
  issues: Array<{ where: string; field?: string; message: string }>;
  moreIssues: number;
}

function form(files: Array<{ name: string; text: string | Buffer }>): FormData {
  const body = new FormData();
  for (const file of files) body.append("file", new Blob([typeof file.text === "string" ? file.text : new Uint8Array(file.text)]), file.name);
  return body;
}

/** A FollowTheMoney export of invented companies, each owning the next: a load that takes a while. */
function largeFtm(companies: number): string {
  const lines: string[] = [];
  for (let i = 0; i < companies; i++) {
    lines.push(JSON.stringify({ id: `c${i}`, schema: "Company", properties: { name: [`Vendrel Holding ${i} Ltd`], jurisdiction: ["zm"] } }));
    if (i > 0) lines.push(JSON.stringify({ id: `o${i}`, schema: "Ownership", properties: { owner: [`c${i - 1}`], asset: [`c${i}`], percentage: ["51"] } }));
  }
  return `${lines.join("\n")}\n`;
}

describe("POST /api/documents against a running `ytterby serve`", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-upload-api-"));
  const db = join(dir, "graph.lbug");
  const serverTmp = join(dir, "server-tmp");
  let server: ServeProcess;

  const upload = (files: Array<{ name: string; text: string | Buffer }>, headers: Record<string, string> = auth) =>
    fetch(`${server.url}/api/documents`, { method: "POST", headers, body: form(files) });
  const ultimateOwners = async (asset: string) => {
    const response = await fetch(`${server.url}/api/investigations/ultimate-owners/run`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ params: { asset } }) });
    return { status: response.status, body: (await response.json()) as { rows: Array<Record<string, unknown>>; error?: { message: string } } };
  };
  const actors = async () => {
    const response = await fetch(`${server.url}/api/cypher`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ query: "MATCH (a:Actor) RETURN count(*) AS n" }) });
    return Number(((await response.json()) as { rows: Array<{ n: number }> }).rows[0]?.n);
  };

  beforeAll(async () => {
    const store = await EmbeddedStore.open(db);
    await store.upsert(FIXTURE);
    await store.close();
    // The server's temp folder is its own, so the check that uploads leave nothing behind is not confused by other
    // test files' servers uploading at the same time.
    mkdirSync(serverTmp);
    server = await startServe(db, { YTTERBY_TOKEN: TOKEN, YTTERBY_UPLOAD_FILE_MB: "8", TMPDIR: serverTmp });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a state file next to the database, readable by its owner only", () => {
    expect(statSync(serverStatePath(db)).mode & 0o777).toBe(0o600);
  });

  it("refuses an upload without the token, and from another origin", async () => {
    const before = await actors();
    expect((await upload([{ name: "article.txt", text: ARTICLE }], {})).status).toBe(401);
    expect((await upload([{ name: "article.txt", text: ARTICLE }], { authorization: "Bearer wrong-token-0123456789abcdef" })).status).toBe(401);
    expect((await upload([{ name: "article.txt", text: ARTICLE }], { ...auth, origin: "http://attacker.example" })).status).toBe(403);
    expect(await actors()).toBe(before);
  });

  it("loads an uploaded article: its facts answer an investigation without a restart, and the same file again is unchanged", async () => {
    const before = await ultimateOwners("Tellbrook Mine");
    expect(before.status).toBe(404);
    const response = await upload([{ name: "../../etc/quorvane article.txt", text: ARTICLE }]);
    expect(response.status).toBe(200);
    const { files } = (await response.json()) as { files: FileResult[] };
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ file: "quorvane article.txt", loader: "documents", status: "added" });
    expect(files[0]!.relationshipsCreated).toBeGreaterThan(0);
    expect(files[0]!.evidenceCreated).toBeGreaterThan(0);

    const owners = await ultimateOwners("Tellbrook Mine");
    expect(owners.status).toBe(200);
    const names = JSON.stringify(owners.body.rows);
    expect(names).toContain("Quorvane Minerals");
    expect(names).toContain("Haldmoor Holdings");
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { counts: { nodes: { Document: number } } };
    expect(health.counts.nodes.Document).toBeGreaterThan(0);

    const again = (await (await upload([{ name: "renamed.txt", text: ARTICLE }])).json()) as { files: FileResult[] };
    expect(again.files[0]).toMatchObject({ file: "renamed.txt", status: "unchanged", nodesCreated: 0, relationshipsCreated: 0 });
    // Nothing of the upload stays on disk under the server's temp folder.
    expect(readdirSync(serverTmp).filter((name) => name.startsWith("ytterby-upload-"))).toEqual([]);
  }, 60_000);

  it("refuses a file no loader reads with 415 naming it, loading nothing of that request and losing nothing loaded before", async () => {
    const before = await actors();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    for (const bad of [{ name: "photo.png", text: png }, { name: "scan.txt", text: png }, { name: "list.json", text: '{"hello": "world"}' }]) {
      const response = await upload([{ name: "second.md", text: "# Kelvarn Metals\n\nKelvarn Metals owns 40% of the Ostrava Ridge Mine.\n" }, bad]);
      expect(response.status).toBe(415);
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message).toContain(bad.name);
    }
    expect(await actors()).toBe(before);
    expect(JSON.stringify((await ultimateOwners("Tellbrook Mine")).body.rows)).toContain("Quorvane Minerals");
  }, 60_000);

  it("names the file and the record of each bad record, loads the good ones, and refuses a file over the size limit with 413", async () => {
    const malformed = (await import("node:fs")).readFileSync(join(REPO, "tests/loaders/ftm/fixtures/malformed.jsonl"));
    const response = await upload([{ name: "export.jsonl", text: malformed }]);
    expect(response.status).toBe(200);
    const { files } = (await response.json()) as { files: FileResult[] };
    expect(files[0]!.loader).toBe("ftm");
    expect(files[0]!.issues.length).toBeGreaterThan(0);
    for (const issue of files[0]!.issues) expect(issue.where).toContain("export.jsonl");
    expect(files[0]!.issues.map((i) => i.where).join(" ")).toMatch(/line \d+|o-over|o-ref/);

    const big = await upload([{ name: "huge.txt", text: "Quorvane. ".repeat(1_000_000) }]);
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toContain("huge.txt");
  }, 60_000);

  it("keeps answering investigations while a larger load runs", async () => {
    const file = largeFtm(15_000);
    const idle: number[] = [];
    for (let i = 0; i < 5; i++) {
      const asked = performance.now();
      expect((await ultimateOwners("Tellbrook Mine")).status).toBe(200);
      idle.push(performance.now() - asked);
    }
    let loading = true;
    const started = performance.now();
    const load = upload([{ name: "vendrel.jsonl", text: file }]).then(async (response) => {
      loading = false;
      return { status: response.status, body: (await response.json()) as { files: FileResult[] } };
    });
    const latencies: number[] = [];
    while (loading) {
      const asked = performance.now();
      const answer = await ultimateOwners("Tellbrook Mine");
      if (!loading) break;
      latencies.push(performance.now() - asked);
      if (answer.status !== 200) console.info(JSON.stringify(answer.body));
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body.rows)).toContain("Quorvane Minerals");
    }
    const { status, body } = await load;
    const loadMs = performance.now() - started;
    const sorted = [...latencies].sort((a, b) => a - b);
    console.info(
      `upload of ${(file.length / 1024 / 1024).toFixed(1)} MB FtM (15,000 companies, 14,999 stakes): ${Math.round(loadMs)} ms; ${latencies.length} ultimate-owners runs during it, median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms, max ${Math.round(sorted[sorted.length - 1] ?? 0)} ms (idle: median ${Math.round([...idle].sort((a, b) => a - b)[2] ?? 0)} ms)`,
    );
    expect(status).toBe(200);
    expect(body.files[0]).toMatchObject({ status: "added", loader: "ftm" });
    expect(latencies.length).toBeGreaterThan(0);
    expect(await actors()).toBeGreaterThan(15_000);
  }, 300_000);
});
