import { describe, expect, it } from "vitest";
import { conflicts } from "../../queries/postprocess/conflicts.js";

const pair = (id1: string, share1: number, id2: string, share2: number) => ({
  subjectId: "actor:shenghe-resources", subject: "Shenghe Resources", relationship: "OWNS", objectId: "actor:mp-materials", object: "MP Materials",
  qualifier: "", element: null, product: null, unit: null,
  id1, share1, status1: "reported", sources1: [`source of ${id1}`],
  id2, share2, status2: "reported", sources2: [`source of ${id2}`],
});

describe("conflicting-claims post-processing", () => {
  // Two articles both say 8% (one dated to the month, one to the day) and a filing says 7.7%: the Cypher
  // returns each disagreeing pair, which the post-processor merges into one disputed fact.
  const output = conflicts({ rows: [pair("f1", 8, "f2", 7.7), pair("f2", 7.7, "f3", 8)], columns: [], graph: { nodes: [], edges: [] }, params: {}, entities: {} });

  it("merges the pairs into one disputed fact that keeps every claim with its source", () => {
    expect(output.rows).toHaveLength(1);
    expect(output.rows[0]?.claims).toEqual(["8% [f1] source of f1", "7.7% [f2] source of f2", "8% [f3] source of f3"]);
  });

  it("names each disputed value once", () => {
    expect(output.rows[0]?.values).toBe("8% vs 7.7%");
    expect(output.summary).toBe("1 fact where sources disagree, e.g. Shenghe Resources OWNS MP Materials: 8% vs 7.7%.");
  });
});
