import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../../graph/index.js";
import { loadPaths, type LoadSummary } from "../../../loaders/index.js";
import { walkTree } from "../../../loaders/walk-paths.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-hostile-"));
const folder = join(dir, "articles");
const outside = join(dir, "secret.txt");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = "Veltrana Metals owns 51% of the Orsk Ridge refinery, the company said on 3 March 2025.\n";

beforeAll(() => {
  mkdirSync(join(folder, "nested"), { recursive: true });
  writeFileSync(join(folder, "good.txt"), GOOD);
  writeFileSync(outside, "SECRET outside the folder: Rosatom owns 100% of everything.\n");
  writeFileSync(join(folder, "blob.xyz"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3]));
  symlinkSync(outside, join(folder, "escape.txt"));
  symlinkSync("/etc/passwd", join(folder, "passwd.txt"));
  symlinkSync(join(folder, "missing.txt"), join(folder, "dangling.txt"));
  symlinkSync(join(folder, "loop-b"), join(folder, "loop-a"));
  symlinkSync(join(folder, "loop-a"), join(folder, "loop-b"));
  symlinkSync("..", join(folder, "nested", "up"));
  // A FIFO opened for reading blocks until a writer comes: the load must never open it.
  execFileSync("mkfifo", [join(folder, "pipe.txt")]);
});

describe("a folder with links, a pipe and an unknown file", () => {
  it("walks only the regular files inside it and says why each other entry is skipped", async () => {
    const { files, skipped } = await walkTree([folder]);
    expect(files.map((f) => f.path)).toEqual([join(folder, "blob.xyz"), join(folder, "good.txt")]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.path.slice(folder.length + 1), s.reason]));
    expect(reasons["dangling.txt"]).toMatch(/dangling symbolic link/);
    expect(reasons["loop-a"]).toMatch(/symbolic link loop/);
    expect(reasons["loop-b"]).toMatch(/symbolic link loop/);
    expect(reasons["escape.txt"]).toMatch(/leading out of/);
    expect(reasons["passwd.txt"]).toMatch(/leading out of/);
    expect(reasons["nested/up"]).toMatch(/leading out of|folder/);
    expect(reasons["pipe.txt"]).toMatch(/named pipe/);
  });

  describe("loaded into the embedded store", () => {
    let store: EmbeddedStore;
    let summary: LoadSummary;
    beforeAll(async () => {
      store = await EmbeddedStore.open(join(dir, "graph.lbug"));
      summary = await loadPaths(store, [folder]);
    }, 120_000);
    afterAll(async () => store.close());

    it("loads the good file, skips the unknown one with a reason and counts only what it loaded", () => {
      const byName = new Map(summary.files.map((f) => [f.path.slice(folder.length + 1), f]));
      expect(byName.get("good.txt")).toMatchObject({ ok: true, loader: "documents" });
      expect(byName.get("good.txt")?.skipped).toBeFalsy();
      expect(byName.get("blob.xyz")).toMatchObject({ skipped: true, reason: expect.stringMatching(/no loader recognises it/) });
      for (const name of ["dangling.txt", "loop-a", "escape.txt", "passwd.txt", "pipe.txt"]) expect(byName.get(name)?.skipped, name).toBe(true);
      expect(summary.files.filter((f) => f.ok && !f.skipped)).toHaveLength(1);
    });

    it("never reads a file out of the folder", async () => {
      const texts = await store.read("MATCH (d:Document) RETURN d.text AS text");
      expect(texts.rows.map((r) => r.text)).toEqual([GOOD]);
      const leaked = await store.read("MATCH (d:Document) WHERE d.text CONTAINS 'SECRET' OR d.text CONTAINS 'root:' RETURN count(d) AS c");
      expect(Number(leaked.rows[0]?.c)).toBe(0);
    });

    it("leaves no load marker after a load that finished", async () => {
      expect((await store.stats()).incompleteLoad).toBeUndefined();
    });
  });
});
