import { describe, it } from "vitest";
import { Neo4jStore } from "../../../graph/index.js";
import { loadMarkerContract } from "./load-marker-contract.js";

// Runs in the neo4j project (vitest.config.ts) against the server CI starts; without NEO4J_URI it is skipped.
const NEO4J_URI = process.env.NEO4J_URI || undefined;

if (NEO4J_URI) {
  describe(`the load marker in the neo4j store (${NEO4J_URI})`, () =>
    loadMarkerContract(() => Neo4jStore.open({ uri: NEO4J_URI, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: process.env.NEO4J_DATABASE })));
} else {
  describe("the load marker in the neo4j store", () => {
    it.skip("runs when NEO4J_URI is set (npm run neo4j starts a local server)", () => {});
  });
}
