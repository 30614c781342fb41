import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeStaleStagingDirs } from "../../../graph/store/embedded/csv-staging.js";

const root = mkdtempSync(join(tmpdir(), "ytterby-staging-root-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("staging folders left by killed loads", () => {
  it("are removed when their process is gone; a live process's and unrelated folders stay", async () => {
    // A process that has exited: its pid is free (reuse within this test is not a practical concern).
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    const stale = join(root, `ytterby-copy-${dead}-abc123`);
    const live = join(root, `ytterby-copy-${process.pid}-def456`);
    const other = join(root, "something-else");
    for (const dir of [stale, live, other]) mkdirSync(dir);
    const removed = await removeStaleStagingDirs(root);
    expect(removed).toEqual([stale]);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});
