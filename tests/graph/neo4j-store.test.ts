import { describe, it } from "vitest";
import { describeStoreContract } from "./store-contract.js";
import { NEO4J_URI, openTestNeo4j } from "./neo4j-server.js";

// CI starts a Neo4j 5 (tools/neo4j) and sets NEO4J_URI; without a server the suite is skipped, and says so.
if (NEO4J_URI) {
  describeStoreContract(`neo4j (${NEO4J_URI})`, openTestNeo4j);
} else {
  describe("GraphStore contract: neo4j", () => {
    it.skip("runs when NEO4J_URI is set (npm run neo4j starts a local server)", () => {});
  });
}
