import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../graph/index.js";
import { buildServer } from "../../server/app.js";
import { NEO4J_URI, openTestNeo4j } from "../graph/neo4j-server.js";
import { FIXTURE, ROSATOM_IN_LOVOZERO } from "../queries/fixture.js";

// The HTTP API over the Neo4j store (api.test.ts covers the embedded one); runs when NEO4J_URI is set.
describe.runIf(NEO4J_URI)(`HTTP API on Neo4j (${NEO4J_URI})`, () => {
  let store: GraphStore;
  let app: FastifyInstance;
  const text = "Rosatom received 89.5% of SMZ in January.";

  beforeAll(async () => {
    store = await openTestNeo4j();
    await store.reset();
    await store.upsert(FIXTURE);
    await store.upsert({
      nodes: [
        { id: "actor:rosatom", name: "Rosatom", type: "state_corporation" },
        { id: "asset:smz", name: "Solikamsk Magnesium Plant", type: "metal_plant", aliases: ["SMZ"] },
        { id: "document:d1", name: "Interfax", title: "Rosatom gets SMZ", date: "2024-01-23", text, language: "en" },
      ],
      relationships: [
        { type: "OWNS", from: "actor:rosatom", to: "asset:smz", properties: { share: 89.5 }, evidence: [{ documentId: "document:d1", start: 0, end: text.length, quote: text, loader: "test", confidence: 0.9 }] },
        { type: "MENTIONS", from: "document:d1", to: "actor:rosatom", properties: { spans: ["0-7"] } },
        { type: "MENTIONS", from: "document:d1", to: "asset:smz", properties: { spans: ["26-29"] } },
      ],
    });
    app = await buildServer({ store });
  });

  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("GET /api/health names the Neo4j store and its counts", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ status: "ok", store: { kind: "neo4j", dialect: "neo4j" } });
    expect(body.counts).toEqual(await store.stats());
    expect(body.counts.nodes.Document).toBe(2);
    const fixtureStakes = (FIXTURE.relationships ?? []).filter((r) => r.type === "OWNS").length;
    expect(body.counts.relationships.OWNS).toBe(fixtureStakes + 1);
  });

  it("runs a saved investigation with the Neo4j text", async () => {
    const response = await app.inject({ method: "POST", url: "/api/investigations/ultimate-owners/run", payload: { params: { asset: "Lovozero GOK" } } });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const rosatom = body.rows.find((r: { ownerId: string }) => r.ownerId === "actor:rosatom");
    expect(rosatom.effectiveStake).toBeCloseTo(ROSATOM_IN_LOVOZERO, 6);
    expect(body.graph.edges.length).toBeGreaterThan(0);
  });

  it("serves a neighbourhood with the total", async () => {
    const response = await app.inject({ method: "GET", url: "/api/nodes/asset:smz/neighbourhood?limit=10" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(2);
    expect(body.edges.map((e: { type: string }) => e.type).sort()).toEqual(["MENTIONS", "OWNS"]);
  });

  it("serves the evidence for a relationship with its document, and a document's mentions", async () => {
    const owns = await store.read("MATCH (:Actor {id: 'actor:rosatom'})-[r:OWNS]->(:Asset {id: 'asset:smz'}) RETURN r.id AS id");
    const evidence = await app.inject({ method: "GET", url: `/api/evidence/${owns.rows[0]?.id}` });
    expect(evidence.statusCode).toBe(200);
    expect(evidence.json()).toEqual([expect.objectContaining({ quote: text, documentId: "document:d1", documentTitle: "Rosatom gets SMZ", start: 0, end: text.length })]);
    const document = await app.inject({ method: "GET", url: "/api/documents/document:d1" });
    expect(document.json().mentions).toEqual([
      { start: 0, end: 7, entityId: "actor:rosatom", kind: "Actor" },
      { start: 26, end: 29, entityId: "asset:smz", kind: "Asset" },
    ]);
  });

  it("finds entities by any alias and answers 404 for unknown ids", async () => {
    const search = await app.inject({ method: "GET", url: `/api/search?q=${encodeURIComponent("Ловозерский ГОК")}` });
    expect(search.statusCode).toBe(200);
    expect(JSON.stringify(search.json())).toContain("asset:lovozero-gok");
    const unknown = await app.inject({ method: "GET", url: "/api/nodes/actor:nobody" });
    expect(unknown.statusCode).toBe(404);
  });

  it("runs ad-hoc read-only Cypher and refuses writes", async () => {
    const read = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "MATCH (a:Actor {id: $id}) RETURN a.name AS name", params: { id: "actor:rosatom" } } });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().rows).toEqual([{ name: "Rosatom" }]);
    const write = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "CREATE (:Actor {id: 'actor:x', name: 'x'})" } });
    expect(write.statusCode).toBe(400);
    expect((await store.getNodes(["actor:x"])).length).toBe(0);
  });
});
