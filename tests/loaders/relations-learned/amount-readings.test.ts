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
    expect(facts("In March JOGMEC and Sojitz invested $14 million in Lynas Rare Earths.", "INVESTS_IN")).toEqual(["actor:jogmec actor:lynas", "actor:sojitz actor:lynas"]);
  });

  it("gives each of two producers named together the output without their joint tonnage", () => {
    expect(facts("Glencore and Umicore produced 31,000 tonnes of cobalt in 2023.", "PRODUCES")).toEqual(["actor:glencore element:co", "actor:umicore element:co"]);
  });

  it("gives each investor the amount when the sentence says each gave it", () => {
    expect(facts("In March JOGMEC and Sojitz each invested $14 million in Lynas Rare Earths.", "INVESTS_IN")).toEqual(["actor:jogmec actor:lynas 14000000", "actor:sojitz actor:lynas 14000000"]);
  });

  it("gives each of several elements listed after one tonnage the output without it", () => {
    expect(facts("Acme Mining produced 5,000 tonnes of nickel and cobalt in 2023.", "PRODUCES")).toEqual(["actor:acme-mining element:co", "actor:acme-mining element:ni"]);
    expect(facts("Acme Mining produced 5,000 tonnes of nickel and 800 tonnes of cobalt in 2023.", "PRODUCES")).toEqual(["actor:acme-mining element:co 800", "actor:acme-mining element:ni 5000"]);
  });
});

describe("amounts: whose and of what", () => {
  it("reads a Russian deposit's ore with several elements as reserves of each", () => {
    expect(facts("Колмозерское месторождение содержит 20 млн тонн руды с литием, ниобием и танталом.", "HAS_RESERVES").map((f) => f.split(" ")[1])).toEqual(["element:li", "element:nb", "element:ta"]);
  });

  it("does not take the source of a statistic for a producer, nor 'contained' metal for reserves", () => {
    const usgs = "Estimates from US Geological Survey staff put world cobalt mine output at 64,000 tons in 2022.";
    expect(facts(usgs, "PRODUCES").filter((f) => f.includes("geological"))).toEqual([]);
    const contained = facts("Canada mined 9Mt of pyrochlore ore in 2021, and 9,400t of contained niobium.", "HAS_RESERVES");
    expect(contained).toEqual([]);
  });

  it("keeps the tonnage of an alloy named by two elements written together (硅锰, silicomanganese)", () => {
    expect(facts("2019年我国共生产硅锰合金482.7万吨。", "PRODUCES")).toContain("country:cn element:mn 4827000");
  });

  it("does not take the country a Chinese project lies in for the holder of its resources", () => {
    const text = "Kadoro锂辉石项目位于非洲马里北部,已探明的矿石资源总量约为0.86亿吨。";
    expect(facts(text, "HAS_RESERVES").filter((f) => f.startsWith("country:"))).toEqual([]);
  });

  it("gives the producer after 'followed by' its own tonnage", () => {
    const text = "India mined 2,900 tons of rare earths in 2021, followed by Thailand (8,000 tons) and Brazil (500 tons).";
    expect(facts(text, "PRODUCES")).toEqual(["country:br element:ree 500", "country:in element:ree 2900", "country:th element:ree 8000"]);
  });
});
