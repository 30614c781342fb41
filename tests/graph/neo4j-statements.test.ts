import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, NODE_KINDS, RELATIONSHIP_ENDPOINTS, RELATIONSHIP_TYPES } from "../../graph/index.js";
import { neo4jSchemaStatements } from "../../graph/store/neo4j/constraints.js";
import { neo4jStatements } from "../../graph/store/neo4j/statements.js";
import { cypherDbSchema } from "../../queries/index.js";

// Every statement the Neo4j store can send, checked by Neo4j's own linter against our schema: the
// closest we can come to running them without a server.
const allTypes = RELATIONSHIP_TYPES.join("|");
const statements: Array<[string, string, Record<string, unknown>]> = [
  ...NODE_KINDS.map((kind): [string, string, Record<string, unknown>] => [`merge ${kind}`, neo4jStatements.mergeNodes(kind), { rows: [] }]),
  ...RELATIONSHIP_TYPES.flatMap((type) =>
    RELATIONSHIP_ENDPOINTS[type].from.flatMap((from) =>
      RELATIONSHIP_ENDPOINTS[type].to.map((to): [string, string, Record<string, unknown>] => [`merge ${from}-${type}->${to}`, neo4jStatements.mergeRelationships(type, from, to), { rows: [] }]),
    ),
  ),
  ...ENTITY_KINDS.map((kind): [string, string, Record<string, unknown>] => [`supports ${kind}`, neo4jStatements.mergeEvidenceLinks("SUPPORTS", kind), { rows: [] }]),
  ["cites", neo4jStatements.mergeEvidenceLinks("CITES", "Document"), { rows: [] }],
  ["existing ids", neo4jStatements.existingIds("Actor"), { ids: [] }],
  ["nodes by id", neo4jStatements.nodesById(), { ids: [] }],
  ["neighbourhood count", neo4jStatements.neighbourhoodCount("Asset", allTypes), { id: "asset:x", reviews: "hide-rejected" }],
  ["neighbourhood", neo4jStatements.neighbourhood("Asset", allTypes), { id: "asset:x", limit: 10, reviews: "hide-rejected" }],
  ["shortest paths", neo4jStatements.shortestPaths("Actor", "Asset", allTypes, 6), { from: "actor:x", to: "asset:x", limit: 10 }],
  ["evidence", neo4jStatements.evidenceFor(), { id: "owns:x" }],
  ...NODE_KINDS.map((kind): [string, string, Record<string, unknown>] => [`count ${kind}`, neo4jStatements.countNodes(kind), {}]),
  ...RELATIONSHIP_TYPES.map((type): [string, string, Record<string, unknown>] => [`count ${type}`, neo4jStatements.countRelationships(type), {}]),
  ...NODE_KINDS.map((kind): [string, string, Record<string, unknown>] => [`delete ${kind}`, neo4jStatements.deleteAll(kind), {}]),
  ...neo4jSchemaStatements().map((s, i): [string, string, Record<string, unknown>] => [`schema ${i}`, s, {}]),
];

describe("Neo4j store statements pass Neo4j's Cypher linter", () => {
  // `row.src` and `row.dst` are keys of each UNWIND row (the endpoints), not stored properties; the
  // linter cannot tell a parameter map from a node, so those two warnings, and only they, are expected.
  const rowKeyWarning = (d: { severity?: number; message: unknown }) => d.severity === 2 && /^(src|dst) is not present in the database/.test(String(d.message));

  it.each(statements)("%s", (_name, cypher, parameters) => {
    const { diagnostics } = lintCypherQuery(cypher, { ...cypherDbSchema(), parameters });
    expect(diagnostics.filter((d) => !rowKeyWarning(d)).map((d) => `${String(d.message)} at ${d.offsets.start}`)).toEqual([]);
  });

  it("catches a misspelt label, so a pass means something", () => {
    const { diagnostics } = lintCypherQuery("MATCH (n:Actr {id: $id}) RETURN n", { ...cypherDbSchema(), parameters: { id: "x" } });
    expect(diagnostics).not.toHaveLength(0);
  });
});
