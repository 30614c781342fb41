import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/index.js";
import { loadCatalogue } from "../../queries/index.js";
import { buildServer } from "../../server/app.js";
import { FIXTURE } from "../queries/fixture.js";

// Property-based fuzzing of the HTTP API's bodies and parameters: whatever a client sends, the answer is a
// 2xx or a 4xx with a message and an id — never a 5xx — and the graph is not changed. Runs are bounded so the
// file takes well under a minute on CI's two cores.
const RUNS = 400;

const CYPHER_FRAGMENTS = [
  "MATCH (a:Actor)", "MATCH (n)", "-[r:OWNS]->", "(b)", "WHERE", "a.name", "=", "'x'", "RETURN", "a", "r", "b", "*", "LIMIT", "10", "UNION", "ALL",
  "CREATE", "DELETE", "SET", "LOAD FROM", "COPY", "TO", "'/tmp/x.csv'", "CALL", "show_tables()", "db.labels()", "{", "}", "(", ")", "[", "]", ";",
  "//", "/*", "*/", "'", "\"", "`", "\\", "\n", "UNWIND", "range(1, 5)", "AS", "x", "WITH", "count(*)", "ORDER BY", "SKIP", "$p", "EXPLAIN", "ＭATCH",
];

const cypherLike = fc.oneof(
  fc.array(fc.constantFrom(...CYPHER_FRAGMENTS), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(" ")),
  fc.string({ unit: "grapheme", maxLength: 200 }),
);

describe("the HTTP API under property-based fuzzing", () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-fuzz-"));
  let store: EmbeddedStore;
  let app: FastifyInstance;
  let investigationIds: string[];
  let before: string;

  const hash = async () => {
    const nodes = await store.read("MATCH (n) RETURN n ORDER BY n.id", {}, { rowLimit: 100_000 });
    const edges = await store.read("MATCH (a)-[r]->(b) RETURN a.id AS source, r, b.id AS target ORDER BY source, target", {}, { rowLimit: 100_000 });
    return createHash("sha256").update(JSON.stringify([nodes.rows, edges.rows])).digest("hex");
  };

  const expectHandled = (response: { statusCode: number; body: string }, what: string) => {
    expect(response.statusCode, `${what} → ${response.body.slice(0, 300)}`).toBeLessThan(500);
    if (response.statusCode >= 400) {
      const error = JSON.parse(response.body).error as { message: string; id: string };
      expect(error.message.length).toBeGreaterThan(0);
      expect(error.id).toMatch(/^[0-9a-f]{8}$/);
    }
  };

  beforeAll(async () => {
    store = await EmbeddedStore.open(join(dir, "graph.lbug"));
    await store.upsert(FIXTURE);
    app = await buildServer({ store });
    investigationIds = (await loadCatalogue()).list().map((i) => i.id);
    before = await hash();
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers any ad-hoc Cypher text with a 2xx or a 4xx, and never writes", async () => {
    await fc.assert(
      fc.asyncProperty(cypherLike, fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), async (query, params) => {
        const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query, params } });
        expectHandled(response, `cypher ${JSON.stringify(query)}`);
      }),
      { numRuns: RUNS, seed: 20261206 },
    );
    expect(await hash()).toBe(before);
  }, 120_000);

  it("answers any JSON body to every route that takes one", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), fc.nat({ max: 1_000 }), async (body, pick) => {
        const id = investigationIds[pick % investigationIds.length] ?? "ultimate-owners";
        for (const url of ["/api/cypher", `/api/investigations/${id}/run`]) {
          const response = await app.inject({ method: "POST", url, payload: JSON.stringify(body), headers: { "content-type": "application/json" } });
          expectHandled(response, `${url} ${JSON.stringify(body).slice(0, 200)}`);
        }
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
    expect(await hash()).toBe(before);
  }, 120_000);

  it("answers any parameters a saved investigation may be given", async () => {
    const value = fc.oneof(fc.string({ maxLength: 60 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom("Rosatom", "Lovozero GOK", "China", "actor:rosatom", "asset:nowhere"));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 1_000 }), fc.dictionary(fc.constantFrom("asset", "actor", "country", "element", "year", "minShare", "q", "kind", "limit", "fact", "maxHops", "includeHistorical", "id"), value, { maxKeys: 4 }), async (pick, params) => {
        const id = investigationIds[pick % investigationIds.length] ?? "ultimate-owners";
        const response = await app.inject({ method: "POST", url: `/api/investigations/${id}/run`, payload: { params } });
        expectHandled(response, `${id} ${JSON.stringify(params)}`);
      }),
      { numRuns: RUNS, seed: 20261208 },
    );
  }, 120_000);

  // Review writes with any body: a field that is wrong is named in a 4xx, and nothing is written (the fact and
  // entity ids are fuzzed too, so none exists).
  it("answers any body on the review routes without writing", async () => {
    const anyJson = fc.oneof(fc.jsonValue(), fc.record({ action: fc.constantFrom("confirm", "reject", "x"), reviewer: fc.string({ maxLength: 20 }), reason: fc.option(fc.string({ maxLength: 20 })), start: fc.integer(), end: fc.integer(), subjectId: fc.string({ maxLength: 20 }), type: fc.constantFrom("OWNS", "MENTIONS", "x"), objectId: fc.string({ maxLength: 20 }), keepId: fc.string({ maxLength: 20 }), mergeIds: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }), factIds: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }), name: fc.string({ maxLength: 20 }), kind: fc.constantFrom("Actor", "Country", "x") }, { requiredKeys: [] }));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 40 }), anyJson, async (id, body) => {
        const encoded = encodeURIComponent(`owns:${id}`);
        for (const url of [`/api/facts/${encoded}/review`, `/api/facts/${encoded}/correct`, `/api/documents/${encodeURIComponent(`document:${id}`)}/facts`, "/api/entities/merge", `/api/entities/${encodeURIComponent(`actor:${id}`)}/split`]) {
          const response = await app.inject({ method: "POST", url, payload: JSON.stringify(body), headers: { "content-type": "application/json" } });
          expectHandled(response, `${url} ${JSON.stringify(body).slice(0, 100)}`);
        }
      }),
      { numRuns: RUNS / 4, seed: 20261210 },
    );
  }, 120_000);

  it("answers any path and query string on the read routes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 80 }), async (text) => {
        const encoded = encodeURIComponent(text);
        for (const url of [
          `/api/nodes/${encoded}`,
          `/api/nodes/${encoded}/neighbourhood?limit=${encoded}`,
          `/api/nodes/actor:rosatom/neighbourhood?reviews=${encoded}`,
          `/api/evidence/${encoded}`,
          `/api/evidence/${encoded}?reviews=${encoded}`,
          `/api/documents/${encoded}`,
          `/api/documents/${encoded}/facts`,
          `/api/facts/${encoded}/reviews`,
          `/api/search?q=${encoded}`,
          `/api/investigations/${encoded}`,
        ]) {
          const response = await app.inject({ method: "GET", url });
          expectHandled(response, url);
        }
      }),
      { numRuns: RUNS, seed: 20261209 },
    );
  }, 120_000);
});
