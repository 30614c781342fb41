import { describe, expect, it } from "vitest";
import { parseQuantities } from "../../../loaders/documents/parse-quantities.js";
import { sentenceReader } from "./sentence-reader.js";

// Invented sentences about real firms and elements. The first line of each text is its title.
const { read } = sentenceReader({ rulesOnly: true });
const body = (sentence: string) => read(`Title\n\n${sentence}`);

describe("planned output is PLANS, not PRODUCES", () => {
  it.each([
    ["Lynas will produce 12,000 tonnes of neodymium a year at the new plant.", "actor:lynas PLANS element:nd 12000t [planned]"],
    ["Tianqi Lithium's second line, once completed, produces an estimated 20,000 tonnes of lithium.", "actor:tianqi-lithium PLANS element:li 20000t [planned]"],
    ["Норникель будет производить 30 тыс. тонн никеля в год.", "actor:nornickel PLANS element:ni 30000t [planned]"],
  ])("%s", (sentence, fact) => {
    const facts = body(sentence);
    expect(facts).toContain(fact);
    expect(facts.filter((f) => f.includes(" PRODUCES "))).toEqual([]);
  });

  it.each([
    ["Lynas produced 10,500 tonnes of neodymium last year.", "actor:lynas PRODUCES element:nd 10500t"],
    // A survey's estimate of last year's output is output, not a plan.
    ["Australia produced an estimated 21,000 tonnes of rare earths last year.", "country:au PRODUCES element:ree 21000t"],
  ])("leaves output that is the case as PRODUCES: %s", (sentence, fact) => {
    expect(body(sentence)).toContain(fact);
  });

  it("leaves a domestic production quota as PRODUCES", () => {
    const facts = body("稀土开采总量控制指标下达给北方稀土,为10万吨。");
    expect(facts.filter((f) => f.includes(" PLANS "))).toEqual([]);
  });
});

describe("a plan's object is an element", () => {
  it("reads the element of a plan that names a site", () => {
    expect(body("Lynas plans to increase neodymium output at the Mount Weld mine.")).toEqual(["actor:lynas PLANS element:nd [planned]"]);
  });

  it("reads a planned sum for a site as a planned investment, not a plan", () => {
    const facts = body("Lynas announced plans to invest $500 million in the Mount Weld mine.");
    expect(facts.filter((f) => f.includes(" PLANS "))).toEqual([]);
    expect(facts).toContain("actor:lynas INVESTS_IN asset:mount-weld 500000000USD [planned]");
  });

  it("drops a plan of an element that speaks of no output", () => {
    expect(body("Indonesia will develop new rules to limit the export of nickel ore.").filter((f) => f.includes(" PLANS "))).toEqual([]);
  });
});

describe("a plan is read only where its own words frame a plan of output", () => {
  it.each([
    // The plan word belongs to another clause and another actor.
    "Namibia signed a deal last year to ship rare earths to Germany, which plans to cut its reliance on imports.",
    // A plan of a trade rule, not of output.
    "Vietnam's Trade Ministry said it plans to restrict the export of tungsten.",
    // Exploration is not output.
    "Lynas will start exploration of new lithium tenements.",
  ])("%s", (sentence) => {
    expect(body(sentence).filter((f) => f.includes(" PLANS "))).toEqual([]);
  });

  it("keeps a plan that names the output after the element", () => {
    expect(body("Lynas plans to increase neodymium output this year.")).toContain("actor:lynas PLANS element:nd [planned]");
  });
});

describe("a range whose bounds both carry the unit", () => {
  it("reads '7,000 tonnes to 8,000 tonnes' as one range", () => {
    expect(parseQuantities("guidance of 7,000 tonnes to 8,000 tonnes of vanadium")).toEqual([expect.objectContaining({ value: 7000, min: 7000, max: 8000, unit: "t" })]);
  });

  it("keeps 'from X tonnes to Y tonnes' as two figures (a change, not a range)", () => {
    expect(parseQuantities("output rose from 5,000 tonnes to 6,000 tonnes").map((q) => q.value)).toEqual([5000, 6000]);
  });
});
