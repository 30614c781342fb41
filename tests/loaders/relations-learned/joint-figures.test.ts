import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

const facts = (text: string, predicate: string) =>
  extractFromText({ path: "x.txt", text: `Mining news.\n\n${text}`, contentHash: "0".repeat(64) }, kb)
    .facts.filter((f) => f.predicate === predicate)
    .map((f) => `${f.subject.id} ${f.object.id}${f.value === null ? "" : ` ${f.value}`}`)
    .sort();

describe("figures several subjects share", () => {
  it("gives each of two investors named together the investment without the amount they gave jointly", () => {
    expect(facts("JOGMEC and Sojitz have invested $9 million in Lynas Rare Earths.", "INVESTS_IN")).toEqual(["actor:jogmec actor:lynas", "actor:sojitz actor:lynas"]);
  });

  it("gives each of two producers named together the output without their joint tonnage", () => {
    expect(facts("Glencore and Umicore produced 31,000 tonnes of cobalt in 2023.", "PRODUCES")).toEqual(["actor:glencore element:co", "actor:umicore element:co"]);
  });

  it("gives the producer after 'followed by' its own tonnage", () => {
    const text = "China mined 140,000 tons of rare earths in 2020, followed by the United States (38,000 tons) and Myanmar (30,000 tons).";
    expect(facts(text, "PRODUCES")).toEqual(["country:cn element:ree 140000", "country:mm element:ree 30000", "country:us element:ree 38000"]);
  });
});
