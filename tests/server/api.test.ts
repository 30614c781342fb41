import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, type GraphStore } from "../../graph/index.js";
import { buildServer } from "../../server/app.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-api-"));
let store: GraphStore;
let app: FastifyInstance;
const text = "Rosatom received 89.5% of SMZ in January.";

beforeAll(async () => {
  store = await EmbeddedStore.open(join(dir, "graph.lbug"));
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
  rmSync(dir, { recursive: true, force: true });
});

describe("HTTP API", () => {
  it("GET /api/health answers with the store kind and counts", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ status: "ok", store: { kind: "embedded", dialect: "ladybug" } });
    expect(body.counts.nodes).toMatchObject({ Actor: 1, Asset: 1, Document: 1, Evidence: 1 });
    expect(body.counts.relationships.OWNS).toBe(1);
  });

  it("serves a neighbourhood with the total", async () => {
    const response = await app.inject({ method: "GET", url: "/api/nodes/asset:smz/neighbourhood?limit=10" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(2);
    expect(body.edges.map((e: { type: string }) => e.type).sort()).toEqual(["MENTIONS", "OWNS"]);
  });

  it("serves the evidence for a relationship with its document", async () => {
    const owns = await store.read("MATCH ()-[r:OWNS]->() RETURN r.id AS id");
    const response = await app.inject({ method: "GET", url: `/api/evidence/${owns.rows[0]?.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([expect.objectContaining({ quote: text, documentId: "document:d1", documentTitle: "Rosatom gets SMZ", start: 0, end: text.length })]);
  });

  it("serves a document's text and its entity mentions in order", async () => {
    const response = await app.inject({ method: "GET", url: "/api/documents/document:d1" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.text).toBe(text);
    expect(body.mentions).toEqual([
      { start: 0, end: 7, entityId: "actor:rosatom", kind: "Actor" },
      { start: 26, end: 29, entityId: "asset:smz", kind: "Asset" },
    ]);
  });

  it("answers 404 for unknown ids and 400 for malformed ones, with a message", async () => {
    const unknown = await app.inject({ method: "GET", url: "/api/nodes/actor:nobody" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toContain("actor:nobody");
    const malformed = await app.inject({ method: "GET", url: "/api/nodes/nobody/neighbourhood" });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toMatch(/id/);
  });
});
