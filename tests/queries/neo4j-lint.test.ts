import { lintCypherQuery, testData, type DbSchema } from "@neo4j-cypher/language-support";
import { beforeAll, describe, expect, it } from "vitest";
import { cypherDbSchema, ENDPOINTS_OF, loadCatalogue, type Investigation } from "../../queries/index.js";

// Neo4j 5's built-in functions as the language-support package records them; APOC is left out
// because Ytterby does not assume it is installed.
const builtInFunctions = Object.fromEntries(
  Object.entries(testData.mockSchema.functions ?? {}).map(([version, registry]) => [version, Object.fromEntries(Object.entries(registry ?? {}).filter(([name]) => !name.startsWith("apoc.")))]),
);

const schemaFor = (investigation?: Investigation): DbSchema => ({ ...cypherDbSchema(investigation), functions: builtInFunctions });

const problems = (query: string, schema: DbSchema) => lintCypherQuery(query, schema).diagnostics.map((d) => `${d.severity === 1 ? "error" : "warning"} at ${d.offsets.start}: ${d.message}`);

describe("Neo4j's linter on every investigation's Neo4j text", () => {
  let investigations: Investigation[] = [];
  beforeAll(async () => {
    investigations = (await loadCatalogue()).list();
  });

  it("knows the catalogue", () => expect(investigations.length).toBeGreaterThanOrEqual(14));

  it("reports nothing: no syntax error, unknown label, relationship type, property, function or parameter", () => {
    const report = Object.fromEntries(investigations.map((i) => [i.id, [...problems(i.cypher.neo4j, schemaFor(i)), ...(i.graph ? problems(i.graph.neo4j, schemaFor(i)).map((p) => `graph: ${p}`) : [])]]));
    expect(report).toEqual(Object.fromEntries(investigations.map((i) => [i.id, []])));
    // The linter takes 2-14 s a text on a shared 2-core machine, and the review filter made every text longer.
  }, 300_000);

  it("passes the read that names the endpoints of relationships an ad-hoc query returned alone", () => {
    expect(problems(ENDPOINTS_OF, { ...schemaFor(), parameters: { ids: ["owns:1"] } })).toEqual([]);
  });

  it("is strict enough to catch a misspelt label, a LadybugDB function and an undeclared parameter", () => {
    const schema = schemaFor();
    expect(problems("MATCH (a:Actr) RETURN a", schema).join()).toContain("Label Actr");
    expect(problems("MATCH (a:Actor) RETURN list_product([a.share])", schema).join()).toContain("list_product");
    expect(problems("MATCH (a:Actor {id: $nope}) RETURN a.shares", schema).join()).toMatch(/\$nope[\s\S]*shares|shares[\s\S]*\$nope/);
  });
});
