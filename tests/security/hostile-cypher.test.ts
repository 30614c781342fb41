import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, ReadOnlyViolationError, type GraphStore } from "../../graph/index.js";
import { assertReadOnlyCypher, runAdHocCypher } from "../../queries/index.js";
import { buildServer } from "../../server/app.js";
import { FIXTURE } from "../queries/fixture.js";
import { HOSTILE_CYPHER } from "./hostile-cypher.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-hostile-"));
const canaryDir = join(dir, "canary");
const canary = join(canaryDir, "canary.csv");
const CANARY_TEXT = "canary-secret-7f3a,do-not-read\n";
mkdirSync(canaryDir);
writeFileSync(canary, CANARY_TEXT);
const canaryMtime = statSync(canary).mtimeMs;

const withCanary = (query: string) => query.replaceAll("CANARY_DIR", join(dir, "dump")).replaceAll("CANARY", canary);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every node and relationship with its properties, hashed: any write anywhere changes it. */
async function contentHash(store: GraphStore): Promise<string> {
  const nodes = await store.read("MATCH (n) RETURN n ORDER BY n.id", {}, { rowLimit: 100_000 });
  const edges = await store.read("MATCH (a)-[r]->(b) RETURN a.id AS source, r, b.id AS target ORDER BY source, target", {}, { rowLimit: 100_000 });
  return createHash("sha256").update(JSON.stringify([nodes.rows, edges.rows])).digest("hex");
}

function expectCanaryUntouched(responses: string[]): void {
  expect(readFileSync(canary, "utf8")).toBe(CANARY_TEXT);
  expect(statSync(canary).mtimeMs).toBe(canaryMtime);
  expect(existsSync(join(dir, "dump"))).toBe(false);
  for (const body of responses) expect(body).not.toContain("canary-secret");
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`ad-hoc Cypher refuses ${HOSTILE_CYPHER.length} hostile statements by allowlist`, () => {
  it("has at least 50 of them", () => expect(HOSTILE_CYPHER.length).toBeGreaterThanOrEqual(50));

  it.each(HOSTILE_CYPHER)("parser check refuses %j naming %s", (query, word) => {
    expect(() => assertReadOnlyCypher(withCanary(query))).toThrow(ReadOnlyViolationError);
    expect(() => assertReadOnlyCypher(withCanary(query))).toThrow(new RegExp(escapeRegExp(word), "i"));
  });

  it.each([
    "MATCH (a:Actor) RETURN a.name AS name ORDER BY name LIMIT 5",
    "MATCH (a:Actor)-[r:OWNS]->(b) WHERE r.share >= 50 RETURN a, r, b",
    "MATCH (`load`:Actor) WHERE `load`.name STARTS WITH 'Ros' RETURN `load`",
    "MATCH p = (a:Actor)-[:OWNS* SHORTEST 1..4]->(b:Asset) RETURN p",
    "MATCH (a:Actor) WITH a.country AS c, count(*) AS n RETURN c, n ORDER BY n DESC SKIP 1 LIMIT 3",
    "UNWIND ['CREATE', 'LOAD FROM x', '// not a comment'] AS word RETURN word",
    "MATCH (a:Actor) RETURN a.id AS `DELETE me` // trailing comment",
    "MATCH (a:Actor) OPTIONAL MATCH (a)-[:OWNS]->(b) RETURN a.id, collect(b.id) AS held UNION ALL MATCH (c:Country) RETURN c.id, [] AS held",
    "CALL show_tables() RETURN *",
    "MATCH (n:Actor) RETURN n;",
  ])("lets the read %j through the parser check", (query) => {
    expect(() => assertReadOnlyCypher(query)).not.toThrow();
  });
});

describe("the embedded store refuses them, and its engine-level plan check stands on its own", () => {
  let store: EmbeddedStore;
  let app: FastifyInstance;
  let before: string;

  beforeAll(async () => {
    store = await EmbeddedStore.open(join(dir, "graph.lbug"));
    await store.upsert(FIXTURE);
    app = await buildServer({ store });
    before = await contentHash(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("refuses every statement through runAdHocCypher and over HTTP with a 400 naming it and an error id", async () => {
    const bodies: string[] = [];
    for (const [query, word] of HOSTILE_CYPHER) {
      await expect(runAdHocCypher(store, withCanary(query))).rejects.toThrow(ReadOnlyViolationError);
      const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: withCanary(query) } });
      bodies.push(response.body);
      expect(response.statusCode, query).toBe(400);
      const error = response.json().error as { message: string; id: string };
      expect(error.message).toMatch(new RegExp(escapeRegExp(word), "i"));
      expect(error.id).toMatch(/^[0-9a-f]{8}$/);
    }
    expect(await contentHash(store)).toBe(before);
    expectCanaryUntouched(bodies);
  });

  // If the parser check were ever wrong, the engine still refuses: these bypass it and go straight to the store.
  it.each([
    ["LOAD FROM 'CANARY' (header=false) RETURN *", "READ_CSV"],
    ["UNWIND [1] AS x LOAD FROM 'CANARY' (header=false) RETURN *", "READ_CSV"],
    ["COPY (RETURN 'attacker' AS x) TO 'CANARY'", "COPY_TO"],
    ["CHECKPOINT", "TRANSACTION"],
    ["CALL auto_checkpoint=false", "STANDALONE_CALL"],
    ["BEGIN TRANSACTION", "TRANSACTION"],
  ])("the plan check refuses %j (%s) without the parser check", async (query, operator) => {
    await expect(store.read(withCanary(query), {}, { untrusted: true })).rejects.toThrow(new RegExp(`${operator}|writes to the graph`));
    expectCanaryUntouched([]);
    expect(await contentHash(store)).toBe(before);
  });

  it("still answers reads, saved-investigation style and ad hoc", async () => {
    const result = await runAdHocCypher(store, "MATCH (a:Actor {id: 'actor:rosatom'})-[r:OWNS]->(b) RETURN b.id AS held ORDER BY held");
    expect(result.rows.length).toBeGreaterThan(0);
    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "MATCH (c:Country) RETURN count(*) AS n" } });
    expect(response.statusCode).toBe(200);
  });
});
