import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";

// Every sentence here is invented for the test; none comes from a corpus. The firms are real names in made-up
// statements.
const kb = await loadKnowledgeBase();

const read = (text: string) => extractFromText({ path: "x.txt", text: `Mining news.\n\n${text}`, contentHash: "0".repeat(64) }, kb);
const facts = (text: string) => read(text).facts.map((f) => `${f.subject.id} ${f.predicate} ${f.object.id}${f.value === null ? "" : ` ${f.value}`}`);
const mentionsOf = (text: string, id: string) => read(text).entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];

describe("English references when the last sentences name several candidates", () => {
  it("takes the firm the article has named most for 'the company'", () => {
    // Named twice, Lynas is not yet the main subject (three names), so only the new rule resolves it.
    const text = "Lynas Rare Earths expanded its plant. Sojitz and Lynas Rare Earths signed a new contract on Monday. The company will build a second line next year.";
    expect(mentionsOf(text, "actor:lynas")).toContain("The company");
  });

  it("still leaves a reference alone when nothing of its class was named", () => {
    expect(mentionsOf("Prices rose in March. The company will build a second line.", "actor:lynas")).toEqual([]);
  });
});

describe("English supply phrasings", () => {
  it("reads an offtake agreement with a buyer as a supply to it", () => {
    expect(facts("Lynas Rare Earths signed a seven-year offtake deal with Tesla last week.")).toContain("actor:lynas SUPPLIES actor:tesla");
  });

  it("reads a purchase of material from a mine as the mine supplying the buyer, but not a purchase of a stake", () => {
    expect(facts("Ganfeng Lithium agreed last month to buy lithium concentrate from the Mount Weld mine.")).toContain("asset:mount-weld SUPPLIES actor:ganfeng-lithium");
    expect(facts("Ganfeng Lithium agreed to buy a 20% stake from Lynas Rare Earths.").filter((f) => f.includes("SUPPLIES"))).toEqual([]);
  });
});

describe("English acquisitions paid for", () => {
  it("reads a stake or a firm bought for a sum as an investment of that sum", () => {
    expect(facts("Ganfeng Lithium will acquire a 40% stake in Lynas Rare Earths for $90 million.")).toContain("actor:ganfeng-lithium INVESTS_IN actor:lynas 90000000");
    expect(facts("Ganfeng Lithium is paying $90 million to acquire a majority of Lynas Rare Earths.")).toContain("actor:ganfeng-lithium INVESTS_IN actor:lynas 90000000");
  });

  it("does not read material bought from a firm as an investment in it", () => {
    expect(facts("Ganfeng Lithium bought concentrate from Lynas Rare Earths for $90 million.").filter((f) => f.includes("INVESTS_IN"))).toEqual([]);
  });
});

describe("English figures of now and before", () => {
  it("gives the earlier figure after 'up from' its own fact", () => {
    const found = facts("Lynas Rare Earths produced 3,415 tonnes of neodymium in 2021, up from 2,870 tonnes the year before.");
    expect(found).toEqual(expect.arrayContaining(["actor:lynas PRODUCES element:nd 3415", "actor:lynas PRODUCES element:nd 2870"]));
  });

  it("pairs two lists of figures one by one with 'respectively'", () => {
    const found = facts("Mount Weld produced 84,500 tonnes of neodymium and 21,700 tonnes of praseodymium in 2021 compared with 97,300 tonnes and 23,900 tonnes respectively a year earlier.");
    expect(found).toEqual(expect.arrayContaining(["asset:mount-weld PRODUCES element:nd 97300", "asset:mount-weld PRODUCES element:pr 23900"]));
    expect(found).not.toContain("asset:mount-weld PRODUCES element:nd 23900");
    // Nearness alone gives praseodymium the 97,300 tonnes standing next to its name; the pairing says otherwise.
    expect(found).not.toContain("asset:mount-weld PRODUCES element:pr 97300");
  });
});
