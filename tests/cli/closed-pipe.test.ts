import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Prints a 100,000-row table (far more than a pipe buffers) the way `ytterby query` does, through cli/output.ts. */
function printBigTable(guarded: boolean): string {
  return [
    "import { printTable, stopWritingWhenStdoutCloses } from './cli/output.ts';",
    guarded ? "stopWritingWhenStdoutCloses();" : "",
    "printTable(Array.from({ length: 100000 }, (_, i) => ({ i, label: 'row ' + i })));",
    "console.error('finished');",
  ].join("\n");
}

async function runLikeHead(script: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn("node", ["--import", "tsx", "--input-type=module", "--eval", script], { cwd: root });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // Like `head -2`: read the first chunk, then close our end of the pipe.
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stderr };
}

describe("ytterby query | head", () => {
  it("stops writing quietly and finishes when the reader closes the pipe", async () => {
    const { code, stderr } = await runLikeHead(printBigTable(true));
    expect(stderr).not.toMatch(/EPIPE/);
    expect(stderr).toContain("finished");
    expect(code).toBe(0);
  }, 60_000);

  it("would crash with EPIPE without the guard (the failure this test exists for)", async () => {
    const { code, stderr } = await runLikeHead(printBigTable(false));
    expect(stderr).toMatch(/EPIPE/);
    expect(code).not.toBe(0);
  }, 60_000);
});
