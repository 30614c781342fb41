import { describe, expect, it } from "vitest";
import { anchorOnEntityKinds } from "../../queries/anchor-on-kind.js";

describe("anchorOnEntityKinds", () => {
  const actor = { entity: { id: "actor:a1", kind: "Actor" as const, name: "A" } };

  it("narrows a multi-label anchor to the resolved entity's label, named or not", () => {
    expect(anchorOnEntityKinds("MATCH (x:Actor:Country:Asset {id: $entity})-[r:OWNS]->(p) RETURN p", actor)).toBe("MATCH (x:Actor {id: $entity})-[r:OWNS]->(p) RETURN p");
    expect(anchorOnEntityKinds("MATCH (:Actor:Asset:Element {id: $entity})-[c]-(o) WITH count(c) AS n MATCH (n2:Actor:Asset {id: $entity}) RETURN n", actor)).toBe(
      "MATCH (:Actor {id: $entity})-[c]-(o) WITH count(c) AS n MATCH (n2:Actor {id: $entity}) RETURN n",
    );
  });

  it("leaves the text as it is for a kind not among the labels, an unresolved parameter, or a single label", () => {
    const policyOnly = "MATCH (x:Country:Asset {id: $entity}) RETURN x";
    expect(anchorOnEntityKinds(policyOnly, actor)).toBe(policyOnly);
    const other = "MATCH (x:Actor:Asset {id: $asset}) RETURN x";
    expect(anchorOnEntityKinds(other, actor)).toBe(other);
    const single = "MATCH (x:Country {id: $entity}) RETURN x";
    expect(anchorOnEntityKinds(single, actor)).toBe(single);
  });
});
