import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Connection, Database } from "@ladybugdb/core";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedStore, relationshipColumns, relationshipId } from "../../graph/index.js";
import { EMBEDDED_SCHEMA_VERSION, META_TABLE, embeddedDdl } from "../../graph/store/embedded/ddl.js";
import { migrateEmbedded } from "../../graph/store/embedded/migrations.js";

const dir = mkdtempSync(join(tmpdir(), "ytterby-review-schema-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the review schema", () => {
  it("gives every relationship a review column that no loader schema declares", () => {
    expect(relationshipColumns("OWNS").map((c) => c.name)).toContain("review");
    expect(migrateEmbedded(3, 4)).toContain("ALTER TABLE OWNS ADD IF NOT EXISTS review STRING");
    expect(EMBEDDED_SCHEMA_VERSION).toBe(4);
  });

  it("migrates a database from before reviews (no review column, no Review table) and reviews its facts", async () => {
    const path = join(dir, "v2.lbug");
    const before = embeddedDdl()
      .filter((statement) => !statement.startsWith("CREATE NODE TABLE IF NOT EXISTS Review("))
      .map((statement) => statement.replace(", `review` STRING", ""));
    expect(before.join("\n")).not.toContain("review");
    const database = new Database(path);
    await database.init();
    const connection = new Connection(database);
    await connection.init();
    for (const statement of before) await connection.query(statement);
    await connection.query(`CREATE (:${META_TABLE} {key: 'schemaVersion', value: '2'})`);
    await connection.close();
    await database.close();

    const store = await EmbeddedStore.open(path);
    try {
      await store.upsert({
        nodes: [
          { id: "actor:a", name: "A", type: "company" },
          { id: "asset:b", name: "B", type: "mine" },
        ],
        relationships: [{ type: "OWNS", from: "actor:a", to: "asset:b", properties: { share: 40 } }],
      });
      const factId = relationshipId("OWNS", "actor:a", "asset:b", { share: 40, status: "reported" });
      await store.recordReview({ id: "review:m", factId, evidenceIds: [], action: "reject", reviewer: "Ada", at: "2026-12-06T06:00:00.000Z", reason: "wrong" }, [{ factId, state: "rejected" }]);
      expect((await store.read("MATCH ()-[r:OWNS]->() RETURN r.review AS review")).rows).toEqual([{ review: "rejected" }]);
      expect((await store.reviews({ factId })).map((r) => r.id)).toEqual(["review:m"]);
      const version = await store.read(`MATCH (m:${META_TABLE} {key: 'schemaVersion'}) RETURN m.value AS v`);
      expect(version.rows).toEqual([{ v: "4" }]);
    } finally {
      await store.close();
    }
  });
});
