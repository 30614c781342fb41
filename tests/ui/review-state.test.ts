// The review panel's pure parts: the fact form's request and errors, selection spans, text runs with the
// facts' evidence and the selection, the stored reviewer name, and facts in the order of their quotes.
import { describe, expect, it } from "vitest";
import type { DocumentFact } from "../../queries/review-contract.js";
import { EMPTY_FACT_FORM, factRequest, formOfFact, objectKinds, subjectKinds } from "../../ui/src/state/fact-form.js";
import { evidenceMarks, inTextOrder, quoteOfFact } from "../../ui/src/state/review-facts.js";
import { checkReviewer, parseReviewer } from "../../ui/src/state/reviewer.js";
import { textRuns } from "../../ui/src/state/text-segments.js";
import { trimSpan } from "../../ui/src/state/text-selection.js";
import { DEFAULT_STYLE, edgeStyle } from "../../ui/src/state/graph-style.js";
import { buildRenderGraph } from "../../ui/src/state/render-graph.js";

const fact = (factId: string, start: number | undefined, review: DocumentFact["review"] = null): DocumentFact => ({
  factId,
  type: "OWNS",
  subject: { id: "actor:a", name: "Alder Mining", kind: "Actor" },
  object: { id: "asset:b", name: "Birch Pit", kind: "Asset" },
  properties: { share: 40, since: "2021-03" },
  status: "reported",
  review,
  evidence: start === undefined ? [{ id: `e-${factId}`, loader: "reference" }] : [{ id: `e-${factId}`, start, end: start + 10, quote: "x", loader: "documents" }],
});

describe("fact form", () => {
  it("makes the request of a picked ownership with a share and a start date", () => {
    const values = { ...EMPTY_FACT_FORM, subject: { name: "Alder Mining", id: "actor:a" }, object: { name: "Birch Pit", id: "asset:b" }, figure: "15 %", date: "2024-05-01" };
    expect(factRequest(values)).toEqual({ fields: { subjectId: "actor:a", type: "OWNS", objectId: "asset:b", properties: { share: 15, since: "2024-05-01" }, status: "reported" } });
  });
  it("names each field that is wrong: a typed but unpicked name, a share over 100, a bad date", () => {
    const result = factRequest({ ...EMPTY_FACT_FORM, subject: { name: "Alder" }, object: { name: "", id: undefined }, figure: "120", date: "May 2024" });
    expect("errors" in result && result.errors).toMatchObject({ subject: expect.stringContaining('Pick "Alder"'), object: "Choose the object.", figure: expect.stringContaining("over 100%"), date: expect.stringContaining("YYYY-MM-DD") });
  });
  it("takes amount, unit and year for production and ignores fields the predicate lacks", () => {
    const values = { ...EMPTY_FACT_FORM, type: "PRODUCES" as const, subject: { name: "Birch Pit", id: "asset:b" }, object: { name: "Lithium", id: "element:li" }, figure: "9,000", unit: "t", year: "2025", date: "2025-01-01" };
    expect(factRequest(values)).toMatchObject({ fields: { properties: { amount: 9000, unit: "t", year: 2025 } } });
    expect(subjectKinds("PRODUCES")).toContain("Asset");
    expect(objectKinds("PRODUCES")).toEqual(["Element"]);
  });
  it("fills a correction from the fact as it stands", () => {
    expect(formOfFact(fact("f1", 0))).toMatchObject({ subject: { id: "actor:a" }, object: { id: "asset:b" }, type: "OWNS", figure: "40", date: "2021-03", status: "reported" });
  });
});

describe("selection spans", () => {
  it("trims white space at both ends and orders a backwards drag", () => {
    const text = "One.\nThe last 15% sits here.\nTwo.";
    expect(trimSpan(text, { start: 29, end: 4 })).toEqual({ start: 5, end: 28 });
    expect(text.slice(5, 28)).toBe("The last 15% sits here.");
    expect(trimSpan(text, { start: 4, end: 5 })).toBeUndefined();
  });
});

describe("text runs in review", () => {
  it("marks which facts' evidence covers each run and the selected span, keeping the text whole", () => {
    const text = "Alder owns Birch. Cedar owns Dune.";
    const runs = textRuns(text, [], undefined, { evidence: [{ start: 0, end: 17, factId: "f1" }, { start: 6, end: 10, factId: "f2" }], selection: { start: 18, end: 34 } });
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.find((r) => r.text === "owns")?.factIds).toEqual(["f1", "f2"]);
    expect(runs.find((r) => r.text === "Alder ")?.factIds).toEqual(["f1"]);
    expect(runs.filter((r) => r.selected).map((r) => r.text).join("")).toBe("Cedar owns Dune.");
    expect(runs.find((r) => r.text === " ")).not.toHaveProperty("factIds");
  });
});

describe("reviewer name", () => {
  it("keeps a stored name only if it is one", () => {
    expect(parseReviewer("  Ana Ruiz ")).toBe("Ana Ruiz");
    expect(parseReviewer(null)).toBeUndefined();
    expect(parseReviewer("   ")).toBeUndefined();
    expect(parseReviewer("x".repeat(101))).toBeUndefined();
    expect(checkReviewer("")).toEqual({ error: expect.stringContaining("name") });
  });
});

describe("document facts", () => {
  it("lists facts in the order of their quotes, unplaced ones last, and marks only placed evidence", () => {
    const facts = [fact("late", 50), fact("nowhere", undefined), fact("early", 3, "rejected")];
    expect(inTextOrder(facts).map((f) => f.factId)).toEqual(["early", "late", "nowhere"]);
    expect(evidenceMarks(facts)).toEqual([{ start: 50, end: 60, factId: "late" }, { start: 3, end: 13, factId: "early" }]);
    expect(quoteOfFact(fact("f", 7))).toEqual({ start: 7, end: 17 });
    expect(quoteOfFact(fact("g", undefined))).toBeUndefined();
  });
});

describe("rejected facts on the canvas", () => {
  it("draws a rejected fact pale and thin, and says so in its label", () => {
    const edge = { id: "owns:x", type: "OWNS", source: "actor:a", target: "asset:b", properties: { share: 25, review: "rejected" } };
    const live = edgeStyle({ ...edge, properties: { share: 25 } }, DEFAULT_STYLE);
    const rejected = edgeStyle(edge, DEFAULT_STYLE);
    expect(rejected.size).toBeLessThan(live.size);
    expect(rejected.color).not.toBe(live.color);
    const graph = buildRenderGraph({ nodes: [{ id: "actor:a", kind: "Actor", name: "A", properties: {} }, { id: "asset:b", kind: "Asset", name: "B", properties: {} }], edges: [edge] });
    expect(graph.getEdgeAttribute("owns:x", "label")).toBe("25% · rejected");
  });
});
