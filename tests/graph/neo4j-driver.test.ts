import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { NODE_KINDS, Neo4jStore, RELATIONSHIP_TYPES, StoreError, storeConfigFromEnv } from "../../graph/index.js";
import { neo4jSchemaStatements } from "../../graph/store/neo4j/constraints.js";
import { toDriverParams } from "../../graph/store/neo4j/neo4j-store.js";

// No Neo4j server can run on our machines; these exercise the driver path up to the network.
describe("Neo4j store without a server", () => {
  it("is chosen when NEO4J_URI is set, the embedded store otherwise", () => {
    expect(storeConfigFromEnv({ NEO4J_URI: "bolt://db:7687", NEO4J_USER: "u", NEO4J_PASSWORD: "p", NEO4J_DATABASE: "graph" })).toEqual({ kind: "neo4j", uri: "bolt://db:7687", user: "u", password: "p", database: "graph" });
    expect(storeConfigFromEnv({ YTTERBY_DB: "/tmp/x.lbug" })).toEqual({ kind: "embedded", path: "/tmp/x.lbug" });
  });

  it("fails to open with a StoreError that says what to check", async () => {
    const opening = Neo4jStore.open({ uri: "bolt://127.0.0.1:9", user: "neo4j", password: "x" });
    await expect(opening).rejects.toThrow(StoreError);
    await expect(Neo4jStore.open({ uri: "bolt://127.0.0.1:9", user: "neo4j", password: "x" })).rejects.toThrow(/NEO4J_URI/);
  });

  it("derives a uniqueness constraint per node kind and an id index per relationship type", () => {
    const statements = neo4jSchemaStatements();
    for (const kind of NODE_KINDS) expect(statements).toContain(`CREATE CONSTRAINT ytterby_${kind.toLowerCase()}_id IF NOT EXISTS FOR (n:${kind}) REQUIRE n.id IS UNIQUE`);
    for (const type of RELATIONSHIP_TYPES) expect(statements.some((s) => s.includes(`[r:${type}]`))).toBe(true);
  });

  it("sends whole numbers as Neo4j integers so LIMIT and ranges accept them", () => {
    const params = toDriverParams({ limit: 25, share: 74.97, ids: [1, 2], nested: { year: 2024 } });
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.share).toBe(74.97);
    expect((params.ids as unknown[]).every((v) => neo4j.isInt(v))).toBe(true);
    expect(neo4j.isInt((params.nested as Record<string, unknown>).year)).toBe(true);
  });
});
