import { defineConfig } from "vitest/config";

// Every test file that talks to Neo4j (the contract suite, the catalogue, the CLI, the HTTP API, parity)
// resets the one database a Community server has, so two of them at once would wipe each other's graph.
// They run in their own project, one file at a time, after the rest; name such files neo4j-*.test.ts.
// The other files never see NEO4J_URI, so a test that spawns `ytterby` with the inherited environment
// still gets the embedded store it was written for, and cannot touch the server while a Neo4j file runs.
const NEO4J_FILES = ["tests/**/neo4j-*.test.ts", "tests/queries/investigations.test.ts"];

export default defineConfig({
  test: {
    // LadybugDB and Chromium are heavy; two cores are all CI has.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "main", include: ["tests/**/*.test.ts"], exclude: NEO4J_FILES, env: { NEO4J_URI: "" } } },
      { extends: true, test: { name: "neo4j", include: NEO4J_FILES, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
