import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { EmbeddedStore, type GraphStore } from "../../graph/index.js";
import { registerInvestigations } from "../../cli/commands/investigations.js";
import { registerQuery } from "../../cli/commands/query.js";
import { FIXTURE } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-cli-"));
let store: GraphStore;

beforeAll(async () => {
  store = await EmbeddedStore.open(join(dir, "graph.lbug"));
  await store.upsert(FIXTURE);
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => vi.restoreAllMocks());

async function ytterby(...args: string[]): Promise<string> {
  const out: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void out.push(parts.join(" ")));
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
  const program = new Command("ytterby").exitOverride();
  registerQuery(program, async () => store);
  registerInvestigations(program, async () => store);
  await program.parseAsync(["node", "ytterby", ...args]);
  return out.join("\n");
}

describe("ytterby investigations and ytterby query", () => {
  it("lists at least 14 investigations as JSON with both Cypher texts", async () => {
    const list = JSON.parse(await ytterby("investigations", "--json")) as Array<{ id: string; cypher: { neo4j: string } }>;
    expect(list.length).toBeGreaterThanOrEqual(14);
    expect(list.every((i) => i.cypher.neo4j.includes("MATCH"))).toBe(true);
  });

  it("shows Rosatom's effective stake in Lovozero GOK and the chains it comes through", async () => {
    const text = await ytterby("query", "ultimate-owners", "--param", "asset=asset:lovozero-gok");
    expect(text).toContain("Rosatom ultimately holds 84.98% of Lovozero GOK via Fin-Proyekt, Holdco Cyprus");
    expect(text).toMatch(/Rosatom\s+actor:rosatom\s+Actor\s+84\.982/);
    expect(text).toContain("Rosatom → Fin-Proyekt → Lovozero GOK (74.97% × 100%)");
  });

  it("prints the whole result with --json", async () => {
    const result = JSON.parse(await ytterby("query", "concentration", "--param", "element=REE", "--param", "edition=MCS 2025", "--json")) as { rows: Array<{ country: string }>; graph: { nodes: unknown[] } };
    expect(result.rows[0]?.country).toBe("China");
    expect(result.graph.nodes.length).toBeGreaterThan(0);
  });

  it("refuses a parameter that is not name=value", async () => {
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await expect(ytterby("query", "ultimate-owners", "--param", "asset")).rejects.toThrow(/is not name=value/);
  });
});
