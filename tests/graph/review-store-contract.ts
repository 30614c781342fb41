import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError, relationshipId, type GraphBatchInput, type GraphStore, type ReviewRecord } from "../../graph/index.js";

/** Review statements and the `review` state of facts, on every store (called from the store contract suite). */
export function describeReviewContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore reviews: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });
    beforeEach(async () => {
      await store.reset();
    });

    const doc = { id: "document:review-contract", name: "Review contract", text: "Rosatom holds 15% of SMZ." };
    const evidence = { documentId: doc.id, start: 0, end: 25, quote: doc.text, loader: "test", confidence: 0.7 };
    const batch: GraphBatchInput = {
      source: "review-contract",
      nodes: [
        { id: "actor:rosatom", name: "Rosatom", type: "state_corporation" },
        { id: "asset:smz", name: "SMZ", type: "metal_plant" },
        doc,
      ],
      relationships: [{ type: "OWNS", from: "actor:rosatom", to: "asset:smz", properties: { share: 15 }, evidence: [evidence] }],
    };
    const factId = relationshipId("OWNS", "actor:rosatom", "asset:smz", { share: 15, status: "reported" });
    const statement = (id: string, at: string, action: ReviewRecord["action"]): ReviewRecord => ({
      id,
      factId,
      documentId: doc.id,
      evidenceIds: ["evidence:one"],
      action,
      reviewer: "Ada",
      at,
      reason: action === "reject" ? "the stake is 51%" : undefined,
      before: JSON.stringify({ review: null }),
    });
    const reviewOf = async () => (await store.read("MATCH ()-[r:OWNS]->() WHERE r.id = $id RETURN r.review AS review", { id: factId })).rows[0]?.review;

    it("stores review statements as records of their own and sets the fact's review state", async () => {
      await store.upsert(batch);
      expect(await reviewOf()).toBeNull();
      await store.recordReview(statement("review:1", "2026-12-06T05:00:00.000Z", "confirm"), [{ factId, state: "confirmed" }]);
      await store.recordReview(statement("review:2", "2026-12-06T05:01:00.000Z", "reject"), [{ factId, state: "rejected" }]);
      expect(await reviewOf()).toBe("rejected");
      const reviews = await store.reviews({ factId });
      expect(reviews.map((r) => [r.id, r.action, r.reviewer])).toEqual([["review:1", "confirm", "Ada"], ["review:2", "reject", "Ada"]]);
      expect(reviews[1]).toMatchObject({ reason: "the stake is 51%", documentId: doc.id, evidenceIds: ["evidence:one"], before: '{"review":null}' });
      expect(reviews[0]?.reason).toBeUndefined();
      expect((await store.reviews({ documentId: doc.id })).length).toBe(2);
      expect(await store.reviews({ entityId: "actor:rosatom" })).toEqual([]);
    });

    it("finds a correction in the history of the fact it created", async () => {
      await store.upsert(batch);
      await store.recordReview({ ...statement("review:3", "2026-12-06T05:02:00.000Z", "correct"), newFactId: "owns:0000000000000000" }, [{ factId, state: "rejected" }]);
      expect((await store.reviews({ factId: "owns:0000000000000000" })).map((r) => r.id)).toEqual(["review:3"]);
    });

    it("refuses a review of a fact that does not exist and writes nothing", async () => {
      await store.upsert(batch);
      const missing = "owns:ffffffffffffffff";
      await expect(store.recordReview(statement("review:4", "2026-12-06T05:03:00.000Z", "reject"), [{ factId, state: "rejected" }, { factId: missing, state: "rejected" }])).rejects.toThrow(NotFoundError);
      await expect(store.recordReview(statement("review:5", "2026-12-06T05:03:00.000Z", "reject"), [{ factId: "actor:rosatom", state: "rejected" }])).rejects.toThrow(NotFoundError);
      expect(await store.reviews({ factId })).toEqual([]);
      expect(await reviewOf()).toBeNull();
    });

    it("keeps review states and statements when the same facts are loaded again", async () => {
      await store.upsert(batch);
      await store.recordReview(statement("review:6", "2026-12-06T05:04:00.000Z", "reject"), [{ factId, state: "rejected" }]);
      const again = await store.upsert({ ...batch, relationships: [{ ...batch.relationships![0]!, evidence: [{ ...evidence, confidence: 0.95 }] }] });
      expect(again.relationshipsCreated).toBe(0);
      expect(await reviewOf()).toBe("rejected");
      expect((await store.reviews({ factId })).length).toBe(1);
    });

    it("empties reviews on reset", async () => {
      await store.upsert(batch);
      await store.recordReview(statement("review:7", "2026-12-06T05:05:00.000Z", "confirm"), [{ factId, state: "confirmed" }]);
      await store.reset();
      expect(await store.reviews({ documentId: doc.id })).toEqual([]);
    });
  });
}
