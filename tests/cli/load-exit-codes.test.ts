import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "ytterby-exit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ytterby(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile("node", [join(root, "bin/ytterby.js"), ...args], { cwd: root, env: { ...process.env, NEO4J_URI: "" } }, (error, stdout, stderr) =>
      resolve({ stdout, stderr, code: error ? Number((error as { code?: number }).code ?? 1) : 0 }),
    );
  });
}

describe("ytterby load exit codes", () => {
  const db = join(dir, "graph.lbug");
  const unknown = join(dir, "unknown");
  const mixed = join(dir, "mixed");
  mkdirSync(unknown);
  mkdirSync(mixed);
  writeFileSync(join(unknown, "a.xyz"), "nothing any loader reads");
  symlinkSync(join(unknown, "gone.txt"), join(unknown, "dangling.txt"));
  writeFileSync(join(mixed, "good.txt"), "Veltrana Metals owns 51% of the Orsk Ridge refinery.\n");
  writeFileSync(join(mixed, "b.xyz"), "nothing any loader reads");

  it("fails, and says so once without a stack, when nothing was recognised", async () => {
    const result = await ytterby("load", unknown, "--db", db);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/a\.xyz: skipped: no loader recognises it/);
    expect(result.stderr).toMatch(/dangling\.txt: skipped: is a dangling symbolic link/);
    expect(result.stderr).toMatch(/nothing was loaded/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it("succeeds when the good file loads and reports the rest as skipped", async () => {
    const result = await ytterby("load", mixed, "--db", db);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/loaded 1 of 1 file\(s\), skipped 1/);
    expect(result.stderr).toMatch(/b\.xyz: skipped/);
  }, 120_000);

  it("fails on a path that does not exist, without a stack trace", async () => {
    const result = await ytterby("load", join(dir, "no-such-folder"), "--db", db);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no-such-folder: skipped: does not exist/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
