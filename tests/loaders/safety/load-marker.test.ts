import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../../graph/index.js";
import { readRegularFile } from "../../../loaders/read-regular-file.js";
import { loadMarkerContract } from "./load-marker-contract.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-marker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the load marker in the embedded store", () => loadMarkerContract(() => EmbeddedStore.open(join(dir, "graph.lbug"))));

describe("reading a file the walk found", () => {
  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    await expect(readRegularFile(fifo)).rejects.toThrow(/no longer a regular file/);
  });

  it("refuses a symbolic link swapped in for the file", async () => {
    const link = join(dir, "link.txt");
    execFileSync("ln", ["-s", "/etc/passwd", link]);
    await expect(readRegularFile(link)).rejects.toThrow(/ELOOP|symbolic/i);
  });
});
