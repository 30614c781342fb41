import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relationshipId, type GraphStore } from "../../graph/index.js";
import {
  documentFactsAnswerSchema,
  entityReviewAnswerSchema,
  factReviewAnswerSchema,
  factReviewsAnswerSchema,
} from "../../queries/index.js";
import { buildServer } from "../../server/app.js";

const TOKEN = "review-token-0123456789abcdef";
const DOC = "document:review-api";
// Invented companies; the third sentence states a fact no extractor read.
const text = "Alpha Holding owns 60% of Beta Mining. Beta Mining owns the Gamma mine outright. Delta Capital holds 15% of the Gamma mine. Epsilon Partners owns 25% of the Gamma mine.";
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const evidence = (words: string) => ({ documentId: DOC, ...span(words), quote: words, loader: "documents", confidence: 0.7 });

const alphaBeta = relationshipId("OWNS", "actor:alpha", "actor:beta", { share: 60, status: "reported" });
const betaMine = relationshipId("OWNS", "actor:beta", "asset:gamma-mine", { share: 100, status: "reported" });
const deltaMine = relationshipId("OWNS", "actor:delta", "asset:gamma-mine", { share: 15, status: "reported" });

/** The review API over HTTP against a real store (embedded always, Neo4j when NEO4J_URI is set). */
export function describeReviewApi(name: string, open: () => Promise<GraphStore>): void {
  let store: GraphStore;
  let app: FastifyInstance;

  const headers = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
  const post = (url: string, body: unknown) => app.inject({ method: "POST", url, headers, payload: JSON.stringify(body) });
  const get = (url: string) => app.inject({ method: "GET", url, headers: { authorization: headers.authorization } });
  const owners = async (reviews?: string): Promise<Array<{ id: string; stake: number | null }>> => {
    const response = await post("/api/investigations/ultimate-owners/run", { params: { asset: "asset:gamma-mine" }, ...(reviews ? { reviews } : {}) });
    expect(response.statusCode).toBe(200);
    return (response.json() as { rows: Array<{ ownerId: string; effectiveStake: number | null }> }).rows.map((r) => ({ id: r.ownerId, stake: r.effectiveStake }));
  };

  beforeAll(async () => {
    store = await open();
    await store.reset();
    await store.upsert({
      source: "review-api",
      nodes: [
        { id: "actor:alpha", name: "Alpha Holding", type: "company" },
        { id: "actor:beta", name: "Beta Mining", type: "company" },
        { id: "actor:delta", name: "Delta Capital", type: "fund" },
        { id: "actor:epsilon", name: "Epsilon Partners", type: "fund" },
        { id: "asset:gamma-mine", name: "Gamma mine", type: "mine" },
        { id: DOC, name: "Review API article", text },
      ],
      relationships: [
        { type: "OWNS", from: "actor:alpha", to: "actor:beta", properties: { share: 60 }, evidence: [evidence("Alpha Holding owns 60% of Beta Mining.")] },
        { type: "OWNS", from: "actor:beta", to: "asset:gamma-mine", properties: { share: 100 }, evidence: [evidence("Beta Mining owns the Gamma mine outright.")] },
        { type: "OWNS", from: "actor:delta", to: "asset:gamma-mine", properties: { share: 15 }, evidence: [evidence("Delta Capital holds 15% of the Gamma mine.")] },
        { type: "MENTIONS", from: DOC, to: "actor:alpha", properties: { spans: ["0-13"] } },
      ],
    });
    app = await buildServer({ store, token: TOKEN });
  });

  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  describe(`review API: ${name}`, () => {
    it("needs the token like every /api route", async () => {
      expect((await app.inject({ method: "GET", url: `/api/documents/${DOC}/facts` })).statusCode).toBe(401);
      const response = await app.inject({ method: "POST", url: `/api/facts/${deltaMine}/review`, headers: { "content-type": "application/json" }, payload: JSON.stringify({ action: "confirm", reviewer: "Ada" }) });
      expect(response.statusCode).toBe(401);
    });

    it("lists a document's facts with their quotes, confidence and review state", async () => {
      const response = await get(`/api/documents/${DOC}/facts`);
      expect(response.statusCode).toBe(200);
      const body = documentFactsAnswerSchema.parse(response.json());
      expect(body.facts.map((f) => f.factId)).toEqual([alphaBeta, betaMine, deltaMine]);
      expect(body.facts[2]).toMatchObject({ type: "OWNS", subject: { id: "actor:delta", name: "Delta Capital", kind: "Actor" }, object: { id: "asset:gamma-mine" }, properties: { share: 15 }, confidence: 0.7, status: "reported", review: null });
      expect(body.facts[2]?.evidence[0]).toMatchObject({ ...span("Delta Capital holds 15% of the Gamma mine."), quote: "Delta Capital holds 15% of the Gamma mine.", loader: "documents" });
      expect((await get("/api/documents/document:nope/facts")).statusCode).toBe(404);
    });

    it("rejects a fact only with a reason, and the rejected stake leaves ultimate owners", async () => {
      expect((await owners()).map((r) => r.id)).toContain("actor:delta");
      const noReason = await post(`/api/facts/${deltaMine}/review`, { action: "reject", reviewer: "Ada" });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error.message).toContain("reason");
      const response = await post(`/api/facts/${deltaMine}/review`, { action: "reject", reviewer: "Ada", reason: "Delta sold its stake in 2024" });
      expect(response.statusCode).toBe(200);
      const body = factReviewAnswerSchema.parse(response.json());
      expect(body.review).toMatchObject({ action: "reject", reviewer: "Ada", factId: deltaMine, documentId: DOC, reason: "Delta sold its stake in 2024", before: { review: null }, after: { review: "rejected" } });
      expect(body.fact.review).toBe("rejected");
      expect((await owners()).map((r) => r.id)).not.toContain("actor:delta");
      expect((await owners("all")).map((r) => r.id)).toContain("actor:delta");
      const edgesOf = async (query: string) => ((await get(`/api/nodes/actor:delta/neighbourhood${query}`)).json() as { edges: Array<{ id: string; properties: { review?: string } }> }).edges;
      expect((await edgesOf("")).map((e) => e.id)).not.toContain(deltaMine);
      expect((await edgesOf("?reviews=all")).find((e) => e.id === deltaMine)?.properties.review).toBe("rejected");
      expect((await get(`/api/evidence/${deltaMine}`)).json()).toEqual([]);
      expect(((await get(`/api/evidence/${deltaMine}?reviews=all`)).json() as unknown[]).length).toBe(1);
      // Still listed in its document, struck through by the viewer.
      const listed = documentFactsAnswerSchema.parse((await get(`/api/documents/${DOC}/facts`)).json());
      expect(listed.facts.find((f) => f.factId === deltaMine)?.review).toBe("rejected");
    });

    it("adds a missed fact whose evidence is exactly the selected span of the stored text", async () => {
      const words = "Epsilon Partners owns 25% of the Gamma mine.";
      const response = await post(`/api/documents/${DOC}/facts`, { reviewer: "Ada", subjectId: "actor:epsilon", type: "OWNS", objectId: "asset:gamma-mine", properties: { share: 25 }, ...span(words) });
      expect(response.statusCode).toBe(200);
      const { fact, review } = factReviewAnswerSchema.parse(response.json());
      expect(fact).toMatchObject({ subject: { id: "actor:epsilon" }, properties: { share: 25 }, confidence: 1, review: "added" });
      expect(fact.evidence).toEqual([expect.objectContaining({ ...span(words), quote: words, loader: "review" })]);
      expect(review).toMatchObject({ action: "add", factId: fact.factId, documentId: DOC });
      const epsilon = (await owners()).find((r) => r.id === "actor:epsilon");
      expect(epsilon?.stake).toBe(25);
      expect(((await get("/api/health")).json() as { counts: { relationships: { OWNS: number } } }).counts.relationships.OWNS).toBe(4);
      const shown = await get(`/api/evidence/${fact.factId}`);
      expect((shown.json() as Array<{ quote: string }>).map((e) => e.quote)).toEqual([words]);
      const past = await post(`/api/documents/${DOC}/facts`, { reviewer: "Ada", subjectId: "actor:epsilon", type: "OWNS", objectId: "asset:gamma-mine", start: 0, end: text.length + 5 });
      expect(past.statusCode).toBe(400);
      const badKind = await post(`/api/documents/${DOC}/facts`, { reviewer: "Ada", subjectId: "asset:gamma-mine", type: "OWNS", objectId: "actor:epsilon", ...span(words) });
      expect(badKind.statusCode).toBe(400);
    });

    it("corrects a figure as a new fact with the same evidence, keeping the old one rejected, and shows the history", async () => {
      const response = await post(`/api/facts/${alphaBeta}/correct`, { reviewer: "Bo", reason: "the filing says 65%", properties: { share: 65 } });
      expect(response.statusCode).toBe(200);
      const { fact, review } = factReviewAnswerSchema.parse(response.json());
      expect(fact.factId).not.toBe(alphaBeta);
      expect(fact).toMatchObject({ properties: { share: 65 }, review: "corrected", confidence: 1 });
      expect(fact.evidence[0]?.quote).toBe("Alpha Holding owns 60% of Beta Mining.");
      expect(review).toMatchObject({ action: "correct", factId: alphaBeta, before: { properties: { share: 60 } } });
      const alpha = (await owners()).find((r) => r.id === "actor:alpha");
      expect(alpha?.stake).toBeCloseTo(65);
      const history = factReviewsAnswerSchema.parse((await get(`/api/facts/${fact.factId}/reviews`)).json());
      expect(history.reviews.map((r) => r.action)).toEqual(["correct"]);
      const unchanged = await post(`/api/facts/${betaMine}/correct`, { reviewer: "Bo" });
      expect(unchanged.statusCode).toBe(400);
      const wrongField = await post(`/api/facts/${betaMine}/correct`, { reviewer: "Bo", properties: { amount: 5 } });
      expect(wrongField.statusCode).toBe(400);
      expect(wrongField.json().error.message).toContain("properties.amount");
    });

    it("keeps every statement: confirming a rejected fact adds to its history, oldest first", async () => {
      await post(`/api/facts/${deltaMine}/review`, { action: "confirm", reviewer: "Cy" });
      const history = factReviewsAnswerSchema.parse((await get(`/api/facts/${deltaMine}/reviews`)).json());
      expect(history.reviews.map((r) => [r.action, r.reviewer])).toEqual([["reject", "Ada"], ["confirm", "Cy"]]);
      // Only reviewed chains count: Beta's unreviewed 100% leaves the rest of the mine untraced.
      expect((await owners("confirmed-only")).map((r) => r.id ?? "(not traced)").sort()).toEqual(["(not traced)", "actor:delta", "actor:epsilon"]);
    });

    it("creates an entity from a selected name, with a mention span", async () => {
      const words = "Epsilon Partners";
      const response = await post("/api/entities", { reviewer: "Ada", name: "Epsilon Partners Fund", kind: "Actor", type: "fund", documentId: DOC, ...span(words) });
      expect(response.statusCode).toBe(200);
      const { entity, review } = entityReviewAnswerSchema.parse(response.json());
      expect(entity).toMatchObject({ id: "actor:epsilon-partners-fund", kind: "Actor", name: "Epsilon Partners Fund" });
      expect(review).toMatchObject({ action: "create-entity", entityId: entity.id, documentId: DOC });
      const document = (await get(`/api/documents/${DOC}`)).json() as { mentions: Array<{ start: number; entityId: string }> };
      expect(document.mentions).toContainEqual(expect.objectContaining({ start: span(words).start, entityId: entity.id }));
      expect((await post("/api/entities", { reviewer: "Ada", name: "Epsilon Partners Fund", kind: "Actor" })).statusCode).toBe(400);
    });

    it("merges an entity into another: its facts move, the old ones stay rejected, its name becomes an alias", async () => {
      const response = await post("/api/entities/merge", { reviewer: "Ada", reason: "same fund", keepId: "actor:epsilon-partners-fund", mergeIds: ["actor:epsilon"] });
      expect(response.statusCode).toBe(200);
      const { entity, review } = entityReviewAnswerSchema.parse(response.json());
      expect(entity.properties.aliases).toContain("Epsilon Partners");
      expect(review.action).toBe("merge");
      const epsilonFact = relationshipId("OWNS", "actor:epsilon", "asset:gamma-mine", { share: 25, status: "reported" });
      const history = factReviewsAnswerSchema.parse((await get(`/api/facts/${epsilonFact}/reviews`)).json());
      expect(history.reviews.map((r) => r.action)).toEqual(["add", "merge"]);
      const ids = (await owners()).map((r) => r.id);
      expect(ids).toContain("actor:epsilon-partners-fund");
      expect(ids).not.toContain("actor:epsilon");
    });

    it("splits facts off an entity onto a new one", async () => {
      const response = await post("/api/entities/actor:beta/split", { reviewer: "Ada", reason: "two companies named Beta", name: "Beta Mining Holdings", factIds: [betaMine] });
      expect(response.statusCode).toBe(200);
      const { entity, review } = entityReviewAnswerSchema.parse(response.json());
      expect(entity).toMatchObject({ id: "actor:beta-mining-holdings", kind: "Actor", properties: { type: "company" } });
      expect(review).toMatchObject({ action: "split", entityId: "actor:beta" });
      const ids = (await owners()).map((r) => r.id);
      expect(ids).toContain("actor:beta-mining-holdings");
      expect(ids).not.toContain("actor:beta");
      const foreign = await post("/api/entities/actor:beta/split", { reviewer: "Ada", name: "Other", factIds: [deltaMine] });
      expect(foreign.statusCode).toBe(400);
    });
  });
}
