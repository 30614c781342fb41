import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReadOnlyViolationError, type Neo4jStore } from "../../graph/index.js";
import { assertReadPlan, planOperators, type PlanOperator } from "../../graph/store/neo4j/plan-allowlist.js";
import { cypherFor, loadCatalogue } from "../../queries/index.js";
import { NEO4J_URI, openTestNeo4j } from "../graph/neo4j-server.js";
import { FIXTURE } from "../queries/fixture.js";
import { HOSTILE_CYPHER } from "./hostile-cypher.js";

// Item 5 of issue 12: the plan check on its own, with the text allowlist (queries/cypher-allowlist.ts) bypassed.
// Statements go to Neo4j's planner directly (EXPLAIN through the driver) or to Neo4jStore.read({ untrusted }).

/** Neo4j-specific non-reads beside the shared hostile list; the first two plan as reads (query type "r"). */
const NEO4J_HOSTILE = [
  "LOAD CSV FROM 'file:///CANARY' AS row RETURN row",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row MERGE (:Actor {id: row.id})",
  "CALL db.createLabel('Evil')",
  "CALL dbms.components()",
  "MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS RETURN 1",
  "MATCH (a:Actor) SET a:Evil RETURN a",
  "MATCH (a:Actor) SET a += {name: 'x'} RETURN a",
  "MATCH (a:Actor)-[r:OWNS]->() DELETE r",
  "MATCH (a:Actor) WITH a MERGE (a)-[:OWNS]->(:Asset {id: 'asset:evil'})",
];

describe.runIf(NEO4J_URI)(`the Neo4j plan allowlist (${NEO4J_URI})`, () => {
  const dir = mkdtempSync(join(tmpdir(), "ytterby-neo4j-plan-"));
  const canary = join(dir, "canary.csv");
  writeFileSync(canary, "canary-secret-7f3a,do-not-read\n");
  const mtime = statSync(canary).mtimeMs;
  const withCanary = (query: string) => query.replaceAll("CANARY_DIR", join(dir, "dump")).replaceAll("CANARY", canary);
  let store: Neo4jStore;
  let driver: Driver;
  let before: string;

  const content = async (): Promise<string> => {
    const nodes = await store.read("MATCH (n) RETURN n ORDER BY n.id", {}, { rowLimit: 100_000 });
    const edges = await store.read("MATCH (a)-[r]->(b) RETURN a.id AS source, r, b.id AS target ORDER BY source, target", {}, { rowLimit: 100_000 });
    return createHash("sha256").update(JSON.stringify([nodes.rows, edges.rows, await store.read("CALL db.labels() YIELD label RETURN label ORDER BY label")])).digest("hex");
  };

  /** The plan Neo4j would run, or the planner's refusal (a syntax error, an unknown procedure). */
  const planOf = async (cypher: string): Promise<PlanOperator | Error> => {
    const session = driver.session({ database: process.env.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      const explained = await session.run(`EXPLAIN ${cypher}`);
      return explained.summary.plan || new Error("no plan");
    } catch (error) {
      return error as Error;
    } finally {
      await session.close();
    }
  };

  beforeAll(async () => {
    store = await openTestNeo4j();
    await store.reset();
    await store.upsert(FIXTURE);
    driver = neo4j.driver(NEO4J_URI ?? "", neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""));
    before = await content();
  });

  afterAll(async () => {
    await driver?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lets every saved investigation's Neo4j plan through", async () => {
    const catalogue = await loadCatalogue();
    const seen = new Set<string>();
    for (const investigation of catalogue.list()) {
      const plan = await planOf(cypherFor(investigation, "neo4j"));
      if (plan instanceof Error) throw new Error(`${investigation.id}: ${plan.message}`);
      planOperators(plan).forEach((o) => seen.add(o.name));
      expect(() => assertReadPlan(plan), investigation.id).not.toThrow();
    }
    // The investigations exercise scans, seeks, expands, joins and aggregation, not just a trivial plan.
    for (const name of ["NodeUniqueIndexSeek", "VarLengthExpand(All)", "Union", "EagerAggregation"]) expect(seen).toContain(name);
    expect(seen.size).toBeGreaterThanOrEqual(20);
  });

  it("refuses, from the plan alone, every hostile statement Neo4j can plan", async () => {
    let planned = 0;
    for (const query of [...HOSTILE_CYPHER.map(([q]) => q), ...NEO4J_HOSTILE]) {
      const plan = await planOf(withCanary(query));
      if (plan instanceof Error) continue; // Neo4j itself cannot plan it (Kùzu syntax, an unknown procedure): it cannot run either.
      planned++;
      expect(() => assertReadPlan(plan), query).toThrow(ReadOnlyViolationError);
    }
    expect(planned).toBeGreaterThanOrEqual(25);
  });

  it.each([
    ["LOAD CSV FROM 'file:///CANARY' AS row RETURN row", "LoadCSV"],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TerminateTransactions"],
    ["CALL db.createLabel('Evil')", "CALL db.createLabel"],
    ["CREATE (:Actor {id: 'actor:evil', name: 'Evil'})", "Create"],
    ["MERGE (a:Actor {id: 'actor:evil'}) RETURN a", "Merge"],
    ["MATCH (a:Actor) SET a.name = 'pwned' RETURN a", "SetProperty"],
    ["MATCH (a:Actor) CALL (a) { DETACH DELETE a } RETURN 1", "SubqueryForeach"],
    ["MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS RETURN 1", "TransactionForeach"],
    ["CALL dbms.components()", "CALL dbms.components"],
  ])("Neo4jStore.read({ untrusted }) refuses %j by its plan (%s)", async (query, named) => {
    const error = await store.read(withCanary(query), {}, { untrusted: true }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ReadOnlyViolationError);
    expect(error?.message).toContain(named);
    expect(error?.message).not.toContain("canary-secret");
  });

  it("leaves the graph and the canary file untouched", async () => {
    expect(await content()).toBe(before);
    expect(readFileSync(canary, "utf8")).toContain("canary-secret");
    expect(statSync(canary).mtimeMs).toBe(mtime);
  });

  it("still answers untrusted reads: schema listings, paths, subqueries and counts", async () => {
    for (const query of [
      "CALL db.labels() YIELD label RETURN label",
      "MATCH p = shortestPath((a:Actor {id: 'actor:rosatom'})-[*..4]-(b:Asset)) RETURN p LIMIT 1",
      "MATCH (a:Actor) WHERE EXISTS { (a)-[:OWNS]->() } RETURN count(*) AS n",
      "MATCH (a:Actor) RETURN a.id AS id, [(a)-[:OWNS]->(b) | b.id] AS held ORDER BY id SKIP 1 LIMIT 2",
      "MATCH ()-[r:OWNS]->() RETURN count(r) AS n",
    ]) {
      const result = await store.read(query, {}, { untrusted: true });
      expect(result.rows.length, query).toBeGreaterThan(0);
    }
  });
});
