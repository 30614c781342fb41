import { describe, it } from "vitest";
import { NEO4J_URI, openTestNeo4j } from "../graph/neo4j-server.js";
import { describeReviewReload } from "./review-reload-contract.js";

if (NEO4J_URI) describeReviewReload(`neo4j (${NEO4J_URI})`, openTestNeo4j);
else describe("reloading a reviewed document: neo4j", () => it.skip("runs when NEO4J_URI is set", () => {}));
