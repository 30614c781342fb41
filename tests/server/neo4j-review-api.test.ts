import { describe, it } from "vitest";
import { NEO4J_URI, openTestNeo4j } from "../graph/neo4j-server.js";
import { describeReviewApi } from "./review-api-suite.js";

if (NEO4J_URI) describeReviewApi(`neo4j (${NEO4J_URI})`, openTestNeo4j);
else describe("review API: neo4j", () => it.skip("runs when NEO4J_URI is set", () => {}));
