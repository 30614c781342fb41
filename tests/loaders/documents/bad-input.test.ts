import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type GraphStore } from "../../../graph/index.js";
import { documentLoader, MAX_DOCUMENT_BYTES } from "../../../loaders/documents/index.js";
import { loadPathsWith } from "../../../loaders/load-paths.js";
import { referenceLoader } from "../../../loaders/reference/reference-loader.js";

const fixtures = fileURLToPath(new URL("./fixtures", import.meta.url));
const load = (path: string, bytes: Buffer) => documentLoader.load({ path, bytes });

describe("bad input gives a per-file issue, never an exception", () => {
  it.each([
    ["empty.txt", Buffer.alloc(0), /empty/],
    ["blank.md", Buffer.from("  \n\n \t\n"), /empty/],
    ["binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0, 0]), /binary/],
    ["latin1.txt", Buffer.from([0x52, 0x6f, 0x73, 0x61, 0x74, 0x6f, 0x6d, 0x20, 0xe9, 0x74, 0xe9]), /UTF-8/],
  ])("%s", async (name, bytes, message) => {
    const output = await load(name, bytes);
    expect(output.batches).toEqual([]);
    expect(output.issues).toHaveLength(1);
    expect(output.issues[0]?.where).toBe(name);
    expect(output.issues[0]?.message).toMatch(message);
  });

  it("refuses a 50 MB file quickly with a size message", async () => {
    const line = "China produces 270 thousand tons of rare earth metals a year, and Russia produces 2.6 thousand tons.\n";
    const bytes = Buffer.from(line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
    expect(bytes.length).toBeGreaterThan(MAX_DOCUMENT_BYTES);
    const started = Date.now();
    const output = await load("huge.txt", bytes);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(output.issues[0]?.message).toMatch(/50\.\d MB.*Split it/);
  });

  it("reports an HTML page that holds nothing but scripts", async () => {
    const { readFile } = await import("node:fs/promises");
    const output = await load("only-scripts.html", await readFile(join(fixtures, "only-scripts.html")));
    expect(output.batches).toEqual([]);
    expect(output.issues[0]?.message).toMatch(/no article text/);
  });
});

describe("loading a folder with one bad file into the embedded store", () => {
  let dir: string;
  let store: GraphStore;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ytterby-documents-"));
    store = await openStore({ kind: "embedded", path: join(dir, "graph.lbug") });
    await store.ensureSchema();
  });
  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("loads the good files, reports the bad one, and a second load adds nothing", async () => {
    const loaders = [referenceLoader, documentLoader];
    const paths = [join(fixtures, "mini-reference.yaml"), join(fixtures, "folder")];
    const first = await loadPathsWith(store, paths, { loaders });
    const bad = first.files.find((f) => f.path.endsWith("bad-encoding.txt"));
    expect(bad).toMatchObject({ ok: false, loader: "documents" });
    expect(first.issues.filter((i) => i.where.endsWith("bad-encoding.txt"))).toHaveLength(1);
    expect(first.files.filter((f) => f.ok).map((f) => f.path.split("/").pop())).toEqual(["mini-reference.yaml", "good-one.txt", "good-two.md"]);
    const stats = await store.stats();
    expect(stats.nodes.Document).toBe(2);
    expect(stats.relationships.OWNS).toBeGreaterThanOrEqual(1);
    expect(stats.relationships.MENTIONS).toBeGreaterThanOrEqual(4);

    const again = await loadPathsWith(store, paths, { loaders });
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);
    expect(again.evidenceCreated).toBe(0);
    expect(await store.stats()).toEqual(stats);
  });

  it("keeps the sentence behind each fact as evidence", async () => {
    const owns = await store.read("MATCH (a:Actor {id: 'actor:rosatom'})-[o:OWNS]->(b:Actor) RETURN o.id AS id, b.id AS plant");
    expect(owns.rows[0]?.plant).toBe("actor:solikamsk-magnesium-plant");
    const evidence = await store.evidenceFor(owns.rows[0]?.id as string);
    expect(evidence[0]).toMatchObject({ loader: "documents", quote: "The Solikamsk Magnesium Plant was transferred to Rosatom in 2023." });
  });
});
