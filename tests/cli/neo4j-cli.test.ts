import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { NEO4J_URI, SAMPLE_CORPUS } from "../graph/neo4j-server.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const env = { ...process.env, NEO4J_URI };

async function ytterby(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run("node", [join(root, "bin/ytterby.js"), ...args], { env, cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

const stats = async () => JSON.parse((await ytterby("stats", "--json")).stdout) as { store: { kind: string }; nodes: Record<string, number>; relationships: Record<string, number> };

// The README's Neo4j walk-through, as a user runs it: the ytterby command with NEO4J_URI set.
describe.runIf(NEO4J_URI)(`ytterby CLI on Neo4j (${NEO4J_URI})`, () => {
  it("loads the whole sample corpus, and a second load changes no count", async () => {
    expect((await ytterby("reset")).code).toBe(0);
    const first = await ytterby("load", ...SAMPLE_CORPUS);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout + first.stderr).toMatch(/loaded (\d+) of \1 file\(s\)/);
    const loaded = await stats();
    expect(loaded.store.kind).toBe("neo4j");
    expect(loaded.nodes.Actor).toBeGreaterThan(40);
    expect(loaded.relationships.OWNS).toBeGreaterThan(40);
    expect(loaded.nodes.Evidence).toBeGreaterThan(500);
    const again = await ytterby("load", ...SAMPLE_CORPUS);
    expect(again.code, again.stderr).toBe(0);
    expect(await stats()).toEqual(loaded);
  }, 600_000);

  it("names Rosatom at 74.97% of Lovozero GOK", async () => {
    const result = await ytterby("query", "ultimate-owners", "--param", "asset=Lovozero GOK");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Rosatom ultimately holds 74.97% of Lovozero GOK");
    const json = await ytterby("query", "ultimate-owners", "--param", "asset=Lovozero GOK", "--json");
    const rosatom = JSON.parse(json.stdout).rows.find((r: { ownerId: string }) => r.ownerId === "actor:rosatom");
    expect(rosatom).toMatchObject({ effectiveStake: 74.97, ultimate: true });
  });

  it("names the file and field of a bad record and loads the rest of the file", async () => {
    const before = await stats();
    const bad = await ytterby("load", join(root, "tests/fixtures/cli/broken/bad.yaml"));
    expect(bad.stderr).toContain("bad.yaml");
    expect(bad.stderr).toMatch(/share/);
    expect((await stats()).relationships.OWNS).toBe(before.relationships.OWNS);
  });

  it("resets the graph", async () => {
    expect((await ytterby("reset")).code).toBe(0);
    const after = await stats();
    expect(Object.values(after.nodes).every((n) => n === 0)).toBe(true);
    expect(Object.values(after.relationships).every((n) => n === 0)).toBe(true);
  });
});
