import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../graph/index.js";
import { loadPaths } from "../../loaders/index.js";
import { readDocumentFacts } from "../../queries/index.js";
import { loadAndReview, type ReviewedArticle } from "./reviewed-article.js";

/** Reloading a reviewed document never undoes a review, on every store. */
export function describeReviewReload(name: string, open: () => Promise<GraphStore>): void {
  describe(`reloading a reviewed document: ${name}`, () => {
    const dir = mkdtempSync(join(tmpdir(), "ytterby-review-reload-"));
    let store: GraphStore;
    let article: ReviewedArticle;
    beforeAll(async () => {
      store = await open();
      await store.reset();
      article = await loadAndReview(store, dir);
    }, 120_000);
    afterAll(async () => {
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const states = async (documentId: string) => new Map((await readDocumentFacts(store, documentId)).map((f) => [f.factId, f.review]));

    it("keeps every review state, statement and added fact when the same file is loaded again", async () => {
      const before = await states(article.documentId);
      expect(before.get(article.rejected.factId)).toBe("rejected");
      expect(before.get(article.confirmed.factId)).toBe("confirmed");
      expect(before.get(article.corrected.factId)).toBe("rejected");
      expect(before.get(article.correction.factId)).toBe("corrected");
      expect(before.get(article.added.factId)).toBe("added");
      const summary = await loadPaths(store, [article.path], { force: true });
      expect(summary.issues).toEqual([]);
      expect(summary.relationshipsCreated).toBe(0);
      expect(await states(article.documentId)).toEqual(before);
      expect((await store.reviews({ documentId: article.documentId })).map((r) => r.action).sort()).toEqual(["add", "confirm", "correct", "reject"]);
    }, 120_000);

    it("keeps them when a changed version of the file is loaded: its facts are stated again, and the reviews stand", async () => {
      appendFileSync(article.path, "\nAnalysts expect more output next year.\n");
      await loadPaths(store, [article.path]);
      const states = await store.read("MATCH ()-[r:IMPORTS_FROM]->() WHERE r.id = $id RETURN r.review AS review", { id: article.rejected.factId });
      expect(states.rows[0]?.review).toBe("rejected");
      const added = await store.read("MATCH ()-[r:OWNS]->() WHERE r.id = $id RETURN r.review AS review", { id: article.added.factId });
      expect(added.rows[0]?.review).toBe("added");
    }, 120_000);
  });
}
