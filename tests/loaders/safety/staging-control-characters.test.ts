import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../../graph/index.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-control-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every C0 control character and DEL, in the middle of a value (the schema trims names and aliases at the ends).
const CONTROLS = [...Array.from({ length: 32 }, (_, i) => i), 0x7f].map((code) => String.fromCharCode(code));
const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(2, "0");
const actors = CONTROLS.map((c) => ({
  id: `actor:control-${hex(c)}`,
  name: `Name ${hex(c)}`,
  type: "company" as const,
  description: `before${c}after "quoted", comma`,
  aliases: [`a${c}b`, `c${c}${c}d`, `e\u001ef`, `plain ${hex(c)}`],
}));

// copyThreshold 1 sends every write through the CSV staging path; a large one through UNWIND parameters.
describe.each([
  ["COPY FROM staged CSV", 1],
  ["UNWIND parameters", 1_000_000],
])("control characters through %s", (_label, copyThreshold) => {
  it("survive an upsert and a read unchanged, and a reload changes nothing", async () => {
    const store = await EmbeddedStore.open(join(dir, `graph-${copyThreshold}.lbug`), { copyThreshold });
    try {
      const first = await store.upsert({ nodes: actors });
      expect(first.nodesCreated).toBe(actors.length);
      const stored = await store.getNodes(actors.map((a) => a.id));
      const byId = new Map(stored.map((n) => [n.id, n]));
      for (const actor of actors) {
        const node = byId.get(actor.id);
        expect(node?.properties.description, actor.id).toBe(actor.description);
        expect(node?.properties.aliases, actor.id).toEqual(actor.aliases);
      }
      const again = await store.upsert({ nodes: actors });
      expect(again.nodesUpdated).toBe(0);
      expect(again.nodesCreated).toBe(0);
    } finally {
      await store.close();
    }
  });
});
