import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, InputError, NotFoundError, ReadOnlyViolationError, type GraphStore } from "../../graph/index.js";
import { assertReadOnlyCypher, investigationResultSchema, investigationSummarySchema, loadCatalogue, searchHitSchema, parseInvestigationFile, runAdHocCypher, runInvestigation, type Catalogue } from "../../queries/index.js";
import { cypherRoutes } from "../../server/routes/cypher.js";
import { investigationRoutes } from "../../server/routes/investigations.js";
import { sendError } from "../../server/errors.js";
import { FIXTURE } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-params-"));
let store: GraphStore;
let catalogue: Catalogue;

beforeAll(async () => {
  store = await EmbeddedStore.open(join(dir, "graph.lbug"));
  await store.upsert(FIXTURE);
  catalogue = await loadCatalogue();
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (id: string, params: Record<string, unknown>) => runInvestigation(store, catalogue.get(id), params);

describe("bad parameters are refused with a clear error", () => {
  it.each([
    ["a missing entity", "ultimate-owners", {}, /parameter asset \(Asset\/Actor id or name, e\.g\. Lovozero GOK\) is required/],
    ["a depth out of range", "ultimate-owners", { asset: "asset:lovozero-gok", maxDepth: 9 }, /"maxDepth" 9: must be at most 8/],
    ["a depth that is not a number", "ultimate-owners", { asset: "asset:lovozero-gok", maxDepth: "deep" }, /"maxDepth" "deep": expected a number/],
    ["an unknown parameter", "ultimate-owners", { asset: "asset:lovozero-gok", depth: 3 }, /unknown parameter "depth"\. It takes: asset, maxDepth, includeHistorical/],
    ["an enum value not offered", "concentration", { element: "element:ree", stage: "smelted" }, /"stage" "smelted": expected one of mined, concentrate/],
    ["a year out of range", "concentration", { element: "element:ree", year: 1066 }, /must be 1900 or later/],
    ["a boolean that is not one", "ultimate-owners", { asset: "asset:lovozero-gok", includeHistorical: "maybe" }, /expected true or false/],
    ["an id of the wrong kind", "ultimate-owners", { asset: "country:ru" }, /"country:ru" is a Country; this parameter takes a Asset or Actor/],
  ])("%s", async (_, id, params, message) => {
    const error = await run(id, params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it("an ambiguous name is no error: the candidates are listed to pick from, and nothing else runs", async () => {
    const result = await run("actor-holdings", { actor: "atlas mining" });
    expect(investigationResultSchema.parse(result).choices).toEqual({
      param: "actor",
      ref: "atlas mining",
      candidates: [
        { id: "actor:atlas-au", kind: "Actor", name: "Atlas Mining" },
        { id: "actor:atlas-ca", kind: "Actor", name: "Atlas Mining" },
      ],
    });
    expect(result.rows.map((r) => r.id)).toEqual(["actor:atlas-au", "actor:atlas-ca"]);
    expect(result.summary).toContain('"atlas mining" names 2 entities');
    const picked = await run("actor-holdings", { actor: "actor:atlas-ca" });
    expect(picked.choices).toBeUndefined();
    expect(picked.entities.actor?.id).toBe("actor:atlas-ca");
  });

  it("an unknown name, with the closest names", async () => {
    const error = (await run("ultimate-owners", { asset: "Lovozro" }).catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toMatch(/no Asset or Actor is called or has the id "Lovozro"\. Closest: asset:lovozero-gok \(Lovozero GOK\)/);
  });

  it("an unknown investigation", async () => {
    expect(() => catalogue.get("ultimate-owner")).toThrow(/investigation "ultimate-owner" does not exist\. Did you mean ultimate-owners\?/);
  });
});

describe("the investigation file format", () => {
  const valid = `version: 1
id: actors-by-country
title: Actors registered in a country
question: Which actors are registered in this country?
category: explore
params:
  country: {type: entity, kinds: [Country], description: The country}
summary: "{{rowCount}} actors in {{country}}"
cypher:
  neo4j: |
    MATCH (c:Country {id: $country}) MATCH (a:Actor) WHERE a.country = c.code RETURN a.id AS id, a.name AS name ORDER BY id
`;

  it("takes a dropped-in file with no code change", async () => {
    const extra = join(dir, "mine");
    mkdirSync(extra, { recursive: true });
    writeFileSync(join(extra, "actors-by-country.yaml"), valid);
    const withExtra = await loadCatalogue({ extraDirs: [extra] });
    const result = await runInvestigation(store, withExtra.get("actors-by-country"), { country: "China" });
    expect(result.rows.map((r) => r.id)).toEqual(["actor:crg", "actor:mofcom", "actor:sasac", "actor:shenghe"]);
    expect(result.summary).toBe("4 actors in China");
  });

  it.each([
    ["a newer version", valid.replace("version: 1", "version: 2"), /written for investigation format 2, newer than this Ytterby reads \(1\)\. Upgrade Ytterby/],
    ["no version", valid.replace("version: 1\n", ""), /"version" is missing/],
    ["an unknown category", valid.replace("category: explore", "category: gossip"), /category/],
    ["an unknown parameter type", valid.replace("type: entity, kinds: [Country]", "type: colour"), /params\.country/],
    ["a default outside the range", valid.replace("country: {type: entity, kinds: [Country], description: The country}", "n: {type: integer, min: 1, max: 5, default: 9, description: N}"), /params\.n: default 9 is outside 1–5/],
    ["a two-line dialect note", valid + "  ladybug:\n    difference: |\n      one\n      two\n    text: RETURN 1\n", /cypher\.ladybug\.difference: must fit on one line/],
    ["broken YAML", "version: 1\nid: [", /not valid YAML/],
  ])("refuses %s", (_, text, message) => {
    expect(() => parseInvestigationFile("x.yaml", text)).toThrow(message);
  });

  it("refuses Cypher that uses an undeclared parameter", async () => {
    const extra = join(dir, "bad");
    mkdirSync(extra, { recursive: true });
    writeFileSync(join(extra, "actors-by-country.yaml"), valid.replace("{id: $country}", "{id: $place}"));
    await expect(loadCatalogue({ extraDirs: [extra] })).rejects.toThrow(/cypher\.neo4j uses \$place, which params does not declare/);
  });

  it("refuses a staged read that does not exist", async () => {
    const extra = join(dir, "bad-staged");
    mkdirSync(extra, { recursive: true });
    writeFileSync(join(extra, "actors-by-country.yaml"), valid + "  ladybug:\n    difference: one line\n    staged: no-such-read\n    text: |\n      MATCH (c:Country {id: $country}) RETURN c\n");
    await expect(loadCatalogue({ extraDirs: [extra] })).rejects.toThrow(/cypher\.ladybug\.staged "no-such-read" is not a known staged read/);
  });
});

describe("ad-hoc Cypher is read-only", () => {
  it.each(["CREATE (:Actor {id: 'actor:x', name: 'x'})", "MATCH (a:Actor) SET a.name = 'x'", "MATCH (a) DETACH DELETE a", "match (a:Actor) merge (a)-[:OWNS]->(a)", "COPY Actor FROM 'x.csv'"])("refuses %s", (query) => {
    expect(() => assertReadOnlyCypher(query)).toThrow(ReadOnlyViolationError);
  });

  it("lets write words through inside strings, names and comments", async () => {
    const result = await runAdHocCypher(store, "// create nothing\nMATCH (a:Actor) WHERE a.name <> 'DELETE me' RETURN a.id AS `set` ORDER BY a.id LIMIT 1");
    expect(result.rows).toEqual([{ set: "actor:atlas-au" }]);
  });

  it("names the endpoints of relationships returned without their nodes, in the rows and the graph", async () => {
    const result = await runAdHocCypher(store, "MATCH (:Actor {id: 'actor:fin-proyekt'})-[r:OWNS]->(:Asset) RETURN r");
    const edge = result.rows[0]?.["r"] as { source: string; target: string } | undefined;
    expect(edge).toMatchObject({ source: "actor:fin-proyekt", target: "asset:lovozero-gok" });
    expect(result.graph.edges.map((e) => [e.source, e.target])).toEqual([["actor:fin-proyekt", "asset:lovozero-gok"]]);
    expect(result.graph.nodes.map((n) => n.id).sort()).toEqual(["actor:fin-proyekt", "asset:lovozero-gok"]);
  });

  it("applies the row limit", async () => {
    const result = await runAdHocCypher(store, "MATCH (c:Country) RETURN c.id AS id", {}, { rowLimit: 3 });
    expect(result.rows).toHaveLength(3);
    expect(result.truncated).toBe(true);
  });
});

describe("HTTP routes", () => {
  const app = Fastify();
  beforeAll(async () => {
    app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
    await app.register(investigationRoutes, { store, catalogue });
    await app.register(cypherRoutes, { store });
  });
  afterAll(() => app.close());

  it("lists the catalogue with parameters and both Cypher texts", async () => {
    const response = await app.inject({ method: "GET", url: "/api/investigations" });
    const body = response.json() as Array<{ id: string; params: Array<{ name: string }>; cypher: { neo4j: string; ladybug?: { difference: string } } }>;
    expect(body.length).toBeGreaterThanOrEqual(14);
    const owners = body.find((i) => i.id === "ultimate-owners");
    expect(owners?.params.map((p) => p.name)).toEqual(["asset", "maxDepth", "includeHistorical"]);
    expect(owners?.cypher.ladybug?.difference).toContain("list_product");
    expect(() => body.map((i) => investigationSummarySchema.parse(i))).not.toThrow();
  });

  it("runs an investigation", async () => {
    const response = await app.inject({ method: "POST", url: "/api/investigations/ultimate-owners/run", payload: { params: { asset: "Lovozero GOK" } } });
    expect(response.statusCode).toBe(200);
    expect(response.json().summary).toMatch(/^Rosatom ultimately holds 84\.98% of Lovozero GOK via /);
    expect(investigationResultSchema.safeParse(response.json()).success).toBe(true);
  });

  it("answers bad parameters with 400 and unknown ids with 404", async () => {
    expect((await app.inject({ method: "POST", url: "/api/investigations/ultimate-owners/run", payload: { params: { maxDepth: 0 } } })).statusCode).toBe(400);
    expect((await app.inject({ method: "POST", url: "/api/investigations/nope/run", payload: {} })).statusCode).toBe(404);
  });

  it("answers a name several entities share with 200 and the candidates, never 400", async () => {
    const response = await app.inject({ method: "POST", url: "/api/investigations/actor-holdings/run", payload: { params: { actor: "Atlas Mining" } } });
    expect(response.statusCode).toBe(200);
    expect(response.json().choices.candidates.map((c: { id: string }) => c.id)).toEqual(["actor:atlas-au", "actor:atlas-ca"]);
  });

  it("searches entities", async () => {
    const response = await app.inject({ method: "GET", url: `/api/search?q=${encodeURIComponent("Ловозерский")}&kind=Asset` });
    expect(response.json()[0]).toMatchObject({ id: "asset:lovozero-gok", kind: "Asset" });
    expect(searchHitSchema.array().safeParse(response.json()).success).toBe(true);
  });

  it("refuses writes in ad-hoc Cypher with a 400 that says why", async () => {
    const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "MATCH (a:Actor) DELETE a" } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/DELETE is not allowed\. Ad-hoc Cypher accepts reading clauses only/);
    const read = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "MATCH (a:Actor {id: $id}) RETURN a", params: { id: "actor:rosatom" }, rowLimit: 5 } });
    expect(read.json()).toMatchObject({ dialect: "ladybug", graph: { nodes: [{ id: "actor:rosatom", kind: "Actor" }] } });
  });
});
