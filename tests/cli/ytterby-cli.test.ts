import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { StoreHandle } from "../../cli/context.js";
import { buildProgram } from "../../cli/main.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = join(root, "tests/fixtures/cli");
const dir = mkdtempSync(join(tmpdir(), "ytterby-cli-"));
const env = { ...process.env, YTTERBY_DB: join(dir, "graph.lbug"), NEO4J_URI: "" };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ytterby(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run("node", [join(root, "bin/ytterby.js"), ...args], { env, cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe("ytterby CLI", () => {
  it("offers --help on every command", async () => {
    const top = await ytterby("--help");
    expect(top.code).toBe(0);
    const loadHelp = await ytterby("load", "--help");
    expect(loadHelp.code, "load --help").toBe(0);
    expect(loadHelp.stdout).toContain("Usage: ytterby load");
    // The other commands' help is read from the same program in this process: a process start costs 4-8 s on a
    // busy machine, and nine of them outran the test's minute.
    const program = buildProgram(new StoreHandle(() => undefined));
    for (const command of ["load", "extract", "query", "investigations", "serve", "stats", "reset", "start", "export-neo4j-csv"]) {
      expect(top.stdout).toContain(command);
      const help = program.commands.find((c) => c.name() === command)?.helpInformation();
      expect(help, `${command} --help`).toContain(`Usage: ytterby ${command}`);
    }
  });

  it("loads files and folders, and a second load changes no count", async () => {
    const first = await ytterby("load", join(fixtures, "reference"), join(fixtures, "articles"));
    expect(first.code, first.stderr).toBe(0);
    const stats = JSON.parse((await ytterby("stats", "--json")).stdout);
    expect(stats.store.kind).toBe("embedded");
    expect(stats.nodes.Actor).toBeGreaterThanOrEqual(2);
    expect(stats.nodes.Document).toBe(1);
    expect(stats.relationships.OWNS).toBeGreaterThanOrEqual(2);
    const again = await ytterby("load", join(fixtures, "reference"), join(fixtures, "articles"));
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse((await ytterby("stats", "--json")).stdout)).toEqual(stats);
  });

  it("exits non-zero and names the file and field when a file is bad, keeping what was loaded", async () => {
    const before = JSON.parse((await ytterby("stats", "--json")).stdout);
    const bad = await ytterby("load", join(fixtures, "broken/bad.yaml"));
    expect(bad.stderr).toContain("bad.yaml");
    expect(bad.stderr).toMatch(/share/);
    const after = JSON.parse((await ytterby("stats", "--json")).stdout);
    expect(after.relationships.OWNS).toBe(before.relationships.OWNS);
    const missing = await ytterby("load", join(fixtures, "no-such-file.txt"));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("no-such-file.txt");
  });

  it("resets the graph", async () => {
    expect((await ytterby("reset")).code).toBe(0);
    const stats = JSON.parse((await ytterby("stats", "--json")).stdout);
    expect(Object.values(stats.nodes).every((n) => n === 0)).toBe(true);
  });
});
