import { expect, it } from "vitest";
import type { GraphStore } from "../../../graph/index.js";

/** The load marker's behaviour, the same for every store (run by load-marker and neo4j-load-marker tests). */
export function loadMarkerContract(open: () => Promise<GraphStore>): void {
  it("is reported by stats() from the moment a load starts until it ends, and survives reset()", async () => {
    const store = await open();
    try {
      await store.markLoad?.(undefined);
      expect((await store.stats()).incompleteLoad).toBeUndefined();
      const marker = { startedAt: "2026-12-06T01:00:00.000Z", paths: ["data/reference", "data/samples"] };
      expect(await store.markLoad?.(marker)).toBeUndefined();
      expect((await store.stats()).incompleteLoad).toEqual(marker);
      // reset() empties the graph; whether a load was left unfinished is still worth saying.
      await store.reset();
      expect((await store.stats()).incompleteLoad).toEqual(marker);
      expect(await store.markLoad?.(undefined)).toEqual(marker);
      expect((await store.stats()).incompleteLoad).toBeUndefined();
    } finally {
      await store.markLoad?.(undefined);
      await store.close();
    }
  }, 60_000);
}
