import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryError, type GraphStore } from "../../graph/index.js";
import { describeStoreContract } from "./store-contract.js";
import { NEO4J_URI, openTestNeo4j } from "./neo4j-server.js";

// CI starts a Neo4j 5 (tools/neo4j) and sets NEO4J_URI; without a server the suite is skipped, and says so.
if (NEO4J_URI) {
  describeStoreContract(`neo4j (${NEO4J_URI})`, openTestNeo4j);

  describe(`Neo4j server settings (${NEO4J_URI})`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await openTestNeo4j();
    });
    afterAll(async () => {
      await store?.close();
    });

    // tools/neo4j and docker-compose.yml both turn file URLs off, so a read query cannot read the server's files.
    it("refuses LOAD CSV from the server's files", async () => {
      await expect(store.read("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line LIMIT 1")).rejects.toThrow(QueryError);
    });
  });
} else {
  describe("GraphStore contract: neo4j", () => {
    it.skip("runs when NEO4J_URI is set (npm run neo4j starts a local server)", () => {});
  });
}
