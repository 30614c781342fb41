import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Connection, Database } from "@ladybugdb/core";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedStore, NODE_KINDS, RELATIONSHIP_ENDPOINTS, kindOfId, normaliseBatch, type GraphBatchInput } from "../../graph/index.js";
import { META_TABLE, embeddedDdl } from "../../graph/store/embedded/ddl.js";
import { migrateEmbedded } from "../../graph/store/embedded/migrations.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-region-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// An invented region and mine, so the test depends on no reference file.
const batch: GraphBatchInput = {
  source: "region-test",
  nodes: [
    { id: "country:ru", name: "Russia", code: "RU" },
    { id: "region:ru-test-krai", name: "Test Krai", type: "krai", country: "RU", aliases: ["Тестовый край"] },
    { id: "asset:test-mine", name: "Test mine", type: "mine", country: "RU" },
  ],
  relationships: [
    { type: "LOCATED_IN", from: "asset:test-mine", to: "region:ru-test-krai" },
    { type: "LOCATED_IN", from: "region:ru-test-krai", to: "country:ru" },
  ],
};

describe("the Region kind", () => {
  it("is declared once and reaches ids, endpoints and validation", () => {
    expect(NODE_KINDS).toContain("Region");
    expect(kindOfId("region:au-western-australia")).toBe("Region");
    expect(RELATIONSHIP_ENDPOINTS.LOCATED_IN.to).toContain("Region");
    expect(RELATIONSHIP_ENDPOINTS.LOCATED_IN.from).toContain("Region");
    expect(normaliseBatch(batch).issues).toEqual([]);
    const bad = normaliseBatch({ nodes: [{ id: "region:xx-nowhere", name: "Nowhere", type: "krai" }] });
    expect(bad.issues.length).toBeGreaterThan(0);
  });

  it("places an asset in a region and the region in its country on a fresh embedded store", async () => {
    const store = await EmbeddedStore.open(join(dir, "fresh.lbug"));
    try {
      await store.upsert(batch);
      const result = await store.read("MATCH (a:Asset)-[:LOCATED_IN]->(r:Region)-[:LOCATED_IN]->(c:Country) RETURN a.id AS a, r.id AS r, c.id AS c");
      expect(result.rows).toEqual([{ a: "asset:test-mine", r: "region:ru-test-krai", c: "country:ru" }]);
      expect((await store.stats()).nodes.Region).toBe(1);
    } finally {
      await store.close();
    }
  });

  it("migrates a version-1 database, whose relationship tables know no Region, to version 2", async () => {
    expect(migrateEmbedded(1, 2)).toContain("ALTER TABLE LOCATED_IN ADD IF NOT EXISTS FROM Asset TO Region");
    const path = join(dir, "v1.lbug");
    // Version 1 was the same DDL without the Region table and without any endpoint pair that names it.
    const v1 = embeddedDdl()
      .filter((statement) => !statement.startsWith("CREATE NODE TABLE IF NOT EXISTS Region("))
      .map((statement) => statement.replace(/FROM \w+ TO Region, |FROM Region TO \w+, /g, ""));
    expect(v1.join("\n")).not.toContain("Region");
    const database = new Database(path);
    await database.init();
    const connection = new Connection(database);
    await connection.init();
    for (const statement of v1) await connection.query(statement);
    await connection.query(`CREATE (:${META_TABLE} {key: 'schemaVersion', value: '1'})`);
    await connection.close();
    await database.close();

    const store = await EmbeddedStore.open(path);
    try {
      await store.upsert(batch);
      const result = await store.read("MATCH (a:Asset)-[:LOCATED_IN]->(r:Region) RETURN r.name AS name");
      expect(result.rows).toEqual([{ name: "Test Krai" }]);
    } finally {
      await store.close();
    }
  });
});
