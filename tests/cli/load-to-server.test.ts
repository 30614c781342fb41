import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { FIXTURE } from "../queries/fixture.js";
import { ARTICLE, BIN, REPO, startServe, type ServeProcess } from "../server/serve-process.js";

const TOKEN = "cli-upload-token-0123456789abcdef";

function ytterby(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: { ...process.env, YTTERBY_TOKEN: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("ytterby load while `ytterby serve` holds the database", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-load-to-server-"));
  const db = join(dir, "graph.lbug");
  const article = join(dir, "quorvane.txt");
  const second = join(dir, "kelvarn.md");
  let server: ServeProcess;

  const owners = async (asset: string) => {
    const response = await fetch(`${server.url}/api/investigations/ultimate-owners/run`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, body: JSON.stringify({ params: { asset } }) });
    return { status: response.status, text: JSON.stringify(await response.json()) };
  };

  beforeAll(async () => {
    writeFileSync(article, ARTICLE);
    writeFileSync(second, "# Kelvarn Metals\n\nKelvarn Metals Corp owns 40% of the Ostrava Ridge Mine in Zambia, the company said.\n");
    const store = await EmbeddedStore.open(db);
    await store.upsert(FIXTURE);
    await store.close();
    server = await startServe(db, { YTTERBY_TOKEN: TOKEN });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends the files to the server (found through its state file, token included) instead of failing on the lock", async () => {
    expect((await owners("Tellbrook Mine")).status).toBe(404);
    const first = await ytterby(["load", "--db", db, article]);
    expect(first.stderr).toContain("held by the server");
    expect(first.stderr).not.toMatch(/\n\s+at /);
    expect(first.stderr).toMatch(/loaded 1\b/);
    expect(first.code).toBe(0);
    const answer = await owners("Tellbrook Mine");
    expect(answer.status).toBe(200);
    expect(answer.text).toContain("Haldmoor Holdings");

    const again = await ytterby(["load", "--db", db, "--json", article]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ files: [{ file: article, status: "unchanged" }] });
  }, 120_000);

  it("sends to the server named by --server, with YTTERBY_TOKEN, and fails clearly without the token", async () => {
    const refused = await ytterby(["load", "--db", join(dir, "elsewhere.lbug"), "--server", server.url, second]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("401");
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const sent = await ytterby(["load", "--db", join(dir, "elsewhere.lbug"), "--server", server.url, second], { YTTERBY_TOKEN: TOKEN });
    expect(sent.code).toBe(0);
    expect((await owners("Ostrava Ridge Mine")).text).toContain("Kelvarn Metals");
  }, 120_000);
});
