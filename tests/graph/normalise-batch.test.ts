import { describe, expect, it } from "vitest";
import { normaliseBatch, type GraphBatchInput } from "../../graph/index.js";

describe("normaliseBatch evidence confidence", () => {
  it("takes a fact's confidence only from evidence items that pass validation", () => {
    const input = {
      source: "invented.yaml",
      nodes: [
        { id: "actor:alpha", name: "Alpha Mining", type: "company" },
        { id: "asset:beta", name: "Beta Mine", type: "mine" },
      ],
      relationships: [
        {
          type: "OWNS",
          from: "actor:alpha",
          to: "asset:beta",
          properties: { share: 40 },
          evidence: [
            { loader: "reference", documentId: "document:invented", quote: "Alpha holds 40% of Beta", confidence: "very high" },
            { loader: "reference", documentId: "document:invented", quote: "Alpha owns 40% of the Beta mine", confidence: 0.4 },
          ],
        },
      ],
    } as unknown as GraphBatchInput;
    const { batch, issues } = normaliseBatch(input);
    expect(batch.relationships).toHaveLength(1);
    expect(batch.relationships[0]?.properties.confidence).toBe(0.4);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe("evidence[0].confidence");
  });

  it("leaves confidence unset when no evidence item is valid", () => {
    const input = {
      source: "invented.yaml",
      relationships: [
        { type: "OWNS", from: "actor:alpha", to: "asset:beta", properties: { share: 40 }, evidence: [{ quote: 7, confidence: Number.NaN }] },
      ],
    } as unknown as GraphBatchInput;
    const { batch, issues } = normaliseBatch(input);
    expect(batch.relationships[0]?.properties.confidence).toBeUndefined();
    expect(issues.length).toBeGreaterThan(0);
  });
});
