import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore, NODE_KINDS, RELATIONSHIP_TYPES, type GraphStore, type ResultEdge, type ResultNode } from "../../graph/index.js";
import { loadPaths, type LoadSummary } from "../../loaders/index.js";
import { loadCatalogue, runInvestigation, type Catalogue, type InvestigationResult } from "../../queries/index.js";
import { NEO4J_URI, SAMPLE_CORPUS, openTestNeo4j } from "./neo4j-server.js";

/** Keys sorted at every level, so two equal values print the same whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

const sorted = (values: unknown[]): string[] => values.map(canonical).sort();
const byId = <T extends { id: string }>(items: T[]): T[] => [...items].sort((a, b) => a.id.localeCompare(b.id));

/** Values for the few required parameters that declare no example (entity-search's text). */
const NO_EXAMPLE: Record<string, unknown> = { q: "Росатом" };

/** Each investigation with every example, and again with only the required ones where some are optional. */
function exampleRuns(catalogue: Catalogue): Array<{ id: string; params: Record<string, unknown> }> {
  return catalogue.list().flatMap((entry) => {
    const specs = (Object.entries(catalogue.get(entry.id).params) as Array<[string, { example?: unknown; optional?: boolean }]>).map(
      ([name, spec]): [string, { example?: unknown; optional?: boolean }] => [name, { ...spec, example: spec.example ?? NO_EXAMPLE[name] }],
    );
    const all = Object.fromEntries(specs.filter(([, s]) => s.example !== undefined).map(([name, s]) => [name, s.example]));
    const required = Object.fromEntries(specs.filter(([, s]) => s.example !== undefined && !s.optional).map(([name, s]) => [name, s.example]));
    const runs = [{ id: entry.id, params: all }];
    if (Object.keys(required).length < Object.keys(all).length) runs.push({ id: entry.id, params: required });
    return runs;
  });
}

describe.runIf(NEO4J_URI)(`the same corpus on the embedded store and on Neo4j (${NEO4J_URI})`, () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-parity-"));
  let embedded: GraphStore;
  let neo4j: GraphStore;
  let catalogue: Catalogue;
  const loads = {} as { embedded: LoadSummary; neo4j: LoadSummary };

  beforeAll(async () => {
    embedded = await EmbeddedStore.open(join(dir, "graph.lbug"));
    neo4j = await openTestNeo4j();
    await neo4j.reset();
    loads.embedded = await loadPaths(embedded, SAMPLE_CORPUS);
    loads.neo4j = await loadPaths(neo4j, SAMPLE_CORPUS);
    catalogue = await loadCatalogue();
  }, 600_000);

  afterAll(async () => {
    await embedded?.close();
    await neo4j?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("loads the whole corpus into both with the same counts and issues", () => {
    expect(SAMPLE_CORPUS.length).toBeGreaterThanOrEqual(7);
    const { embedded: e, neo4j: n } = loads;
    expect(n.files.every((f) => f.ok)).toBe(true);
    expect({ ...n, files: n.files.length }).toEqual({ ...e, files: e.files.length });
  });

  it("holds the same nodes and relationship counts", async () => {
    const stats = await embedded.stats();
    expect(stats.nodes.Actor).toBeGreaterThan(50);
    expect(await neo4j.stats()).toEqual(stats);
  });

  it.each(NODE_KINDS)("holds the same %s nodes with the same properties", async (kind) => {
    const read = async (store: GraphStore): Promise<ResultNode[]> => byId((await store.read(`MATCH (n:${kind}) RETURN n`, {}, { rowLimit: 100_000 })).graph.nodes);
    expect(await read(neo4j)).toEqual(await read(embedded));
  });

  it.each(RELATIONSHIP_TYPES)("holds the same %s relationships with the same properties", async (type) => {
    const read = async (store: GraphStore): Promise<ResultEdge[]> => byId((await store.read(`MATCH (a)-[r:${type}]->(b) RETURN a, r, b`, {}, { rowLimit: 100_000 })).graph.edges);
    expect(await read(neo4j)).toEqual(await read(embedded));
  });

  it("keeps the same evidence for every fact", async () => {
    const query = "MATCH (e:Evidence) RETURN e.factId AS factId, e.documentId AS documentId, e.quote AS quote, e.start AS start, e.`end` AS `end`, e.confidence AS confidence, e.loader AS loader ORDER BY factId, documentId, start, quote";
    const embeddedRows = (await embedded.read(query, {}, { rowLimit: 100_000 })).rows;
    expect(embeddedRows.length).toBeGreaterThan(500);
    expect(sorted((await neo4j.read(query, {}, { rowLimit: 100_000 })).rows)).toEqual(sorted(embeddedRows));
    const facts = [...new Set(embeddedRows.map((r) => r.factId as string))].slice(0, 50);
    for (const fact of facts) expect(byId(await neo4j.evidenceFor(fact)), fact).toEqual(byId(await embedded.evidenceFor(fact)));
  });

  it.each(["SUPPORTS", "CITES"])("links the same evidence to the same nodes (%s)", async (link) => {
    const query = `MATCH (e:Evidence)-[:${link}]->(n) RETURN e.id AS evidence, n.id AS node ORDER BY evidence, node`;
    const embeddedRows = (await embedded.read(query, {}, { rowLimit: 100_000 })).rows;
    expect(embeddedRows.length).toBeGreaterThan(link === "SUPPORTS" ? 20 : 0);
    expect((await neo4j.read(query, {}, { rowLimit: 100_000 })).rows).toEqual(embeddedRows);
  });

  it("answers every investigation's examples with the same rows, summary and drawing", async () => {
    const runs = exampleRuns(catalogue);
    expect(runs.length).toBeGreaterThanOrEqual(catalogue.list().length);
    for (const { id, params } of runs) {
      const where = `${id} ${JSON.stringify(params)}`;
      const e: InvestigationResult = await runInvestigation(embedded, catalogue.get(id), params);
      const n: InvestigationResult = await runInvestigation(neo4j, catalogue.get(id), params);
      // Soft, so one run lists every investigation that disagrees.
      expect.soft(n.columns, where).toEqual(e.columns);
      expect.soft(n.summary, where).toBe(e.summary);
      expect.soft(n.truncated, where).toBe(e.truncated);
      expect.soft(sorted(n.rows), where).toEqual(sorted(e.rows));
      expect.soft(n.graph.nodes.map((x) => x.id).sort(), where).toEqual(e.graph.nodes.map((x) => x.id).sort());
      expect.soft(n.graph.edges.map((x) => x.id).sort(), where).toEqual(e.graph.edges.map((x) => x.id).sort());
    }
  });
  // Last, because it loads everything again: a reload must create, update and duplicate nothing on either store.
  it("reloads idempotently: the same corpus again writes nothing and leaves the same graph", async () => {
    const snapshot = async (store: GraphStore) => ({
      stats: await store.stats(),
      evidence: sorted((await store.read("MATCH (e:Evidence) RETURN e.id AS id, e.factId AS factId, e.confidence AS confidence", {}, { rowLimit: 100_000 })).rows),
      links: (await store.read("MATCH (e:Evidence)-[:SUPPORTS]->(n) RETURN count(*) AS n", {})).rows,
    });
    const before = { embedded: await snapshot(embedded), neo4j: await snapshot(neo4j) };
    const again = { embedded: await loadPaths(embedded, SAMPLE_CORPUS), neo4j: await loadPaths(neo4j, SAMPLE_CORPUS) };
    for (const kind of ["embedded", "neo4j"] as const) {
      const { nodesCreated, nodesUpdated, relationshipsCreated, evidenceCreated } = again[kind];
      expect({ nodesCreated, nodesUpdated, relationshipsCreated, evidenceCreated }, kind).toEqual({ nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, evidenceCreated: 0 });
    }
    expect(again.neo4j.relationshipsUnchanged).toBe(again.embedded.relationshipsUnchanged);
    expect(await snapshot(embedded)).toEqual(before.embedded);
    expect(await snapshot(neo4j)).toEqual(before.neo4j);
    expect(before.neo4j).toEqual(before.embedded);
  }, 600_000);
});
