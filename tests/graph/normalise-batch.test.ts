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

describe("evidenceId", () => {
  it("hashes the same text as the generic stable JSON of its fields, so ids stored before stay valid", async () => {
    const { evidenceId, shortHash, stableJson } = await import("../../graph/index.js");
    const cases = [
      { loader: "ftm", sourceUrl: "https://example.org/a", sourceDate: "2025-06-01", confidence: 1, note: "FtM Company a" },
      { loader: "documents", documentId: "document:x", start: 10, end: 42, quote: 'He said "51%"', confidence: 0.7 },
      { loader: "usgs", sourceUrl: "https://pubs.usgs.gov/x.pdf", value: "1,200 t", confidence: 1 },
      { loader: "bulk", sourceUrl: "https://example.org/b", start: 0, end: 0, quote: "", confidence: 1 },
    ];
    for (const evidence of cases) {
      const { documentId, sourceUrl, start, end, loader, quote, value } = evidence as Record<string, unknown>;
      const generic = `evidence:${shortHash(stableJson({ factId: "owns:1", documentId, sourceUrl, start, end, loader, quote, value }), 16)}`;
      expect(evidenceId("owns:1", evidence as never)).toBe(generic);
    }
  });
});
