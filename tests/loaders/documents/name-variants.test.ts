import { describe, expect, it } from "vitest";
import { spellsAbbreviation } from "../../../loaders/documents/bracketed-acronyms.js";
import { findBlocks } from "../../../loaders/documents/find-blocks.js";
import { segmentSentences } from "../../../loaders/documents/segment-sentences.js";
import { sentenceReader } from "./sentence-reader.js";

// Invented sentences (small firms, sites and people made up; large firms and public bodies are real names in
// made-up statements): one entity written two ways must be read as one entity, and a parent kept apart from its unit.

const { extract } = sentenceReader();
const mentionsOf = (text: string, id: string): string[] => extract(text).entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];
const sentencesOf = (text: string) => segmentSentences(text, findBlocks(text)).map((s) => text.slice(s.start, s.end));

describe("a bracketed abbreviation after a name", () => {
  it("spells abbreviations from first letters, later letters of a word, and skipped connectors and legal forms", () => {
    expect(spellsAbbreviation(["Orvane", "Titanium", "&", "Iron"], "OTI")).toBe(true);
    expect(spellsAbbreviation(["Kafue", "Copper", "Investments", "Holdings"], "KCIH")).toBe(true);
    expect(spellsAbbreviation(["Khanij", "Videsh", "Bharat", "Ltd"], "KAVIBL")).toBe(true);
    expect(spellsAbbreviation(["Lynwood", "Rare", "Earths"], "LYC")).toBe(false);
    expect(spellsAbbreviation(["Atlantic", "Alumina"], "ATALCO")).toBe(false);
  });

  it("reads the abbreviation as the name even when the name was read in pieces, and keeps the parent apart", () => {
    const text = "Orvane, the French miner, agreed to combine Orvane Titanium & Iron (OTI) with a rival. Orvane would contribute all its shares in OTI.";
    // The abbreviation was read as a firm before the link: it keeps that id and takes the full name.
    const unit = extract(text).entities.find((e) => e.id === "actor:oti");
    expect(unit?.name).toBe("Orvane Titanium & Iron");
    expect(unit?.mentions.map((m) => m.text)).toEqual(["Orvane Titanium & Iron", "OTI", "OTI"]);
    expect(mentionsOf(text, "actor:orvane")).toEqual(["Orvane", "Orvane"]);
  });

  it("reads a hyphenated abbreviation and one taking two letters of a word as the name", () => {
    expect(mentionsOf("Kafue Copper Investments Holdings (KC-IH) holds 10% of the mine. KC-IH said it would sell.", "actor:kafue-copper-investments-holdings")).toEqual([
      "Kafue Copper Investments Holdings",
      "KC-IH",
      "KC-IH",
    ]);
    expect(mentionsOf("Khanij Videsh Bharat Ltd. (KAVIBL) signed a pact on lithium. KAVIBL will explore in the north.", "actor:khanij-videsh-bharat")).toEqual([
      "Khanij Videsh Bharat Ltd.",
      "KAVIBL",
      "KAVIBL",
    ]);
  });

  it("leaves laws and agreements alone", () => {
    expect(extract("The loan falls under the Clean Metals Supply Act (CMSA), officials said.").entities.map((e) => e.id)).not.toContain("actor:clean-metals-supply-act");
  });
});

describe("a name written out again", () => {
  it("reads the name without its legal form as the firm, not as its element and country words", () => {
    const document = extract("Alpha Nickel & Cobalt Corp. said on Monday it would sell a 20% stake. Shares of Alpha Nickel & Cobalt rose 5%.");
    expect(document.entities.find((e) => e.id === "actor:alpha-nickel-cobalt")?.mentions.map((m) => m.text)).toEqual(["Alpha Nickel & Cobalt Corp.", "Alpha Nickel & Cobalt"]);
    expect(document.entities.map((e) => e.id)).not.toContain("element:co");
  });
});

describe("short forms of a firm's name", () => {
  it("reads the first half of a hyphenated name in capitals as the firm", () => {
    expect(mentionsOf("Boeing buys titanium from VSMPO-AVISMA. VSMPO said supplies would continue.", "actor:vsmpo-avisma")).toEqual(["VSMPO-AVISMA", "VSMPO"]);
  });
});

describe("well-known public bodies", () => {
  it("reads the US export-import bank by its usual names, and not another country's", () => {
    const exim = `Export-Import Bank of the ${"United States"}`;
    const text = `Alpha Graphite may borrow $90 million from the ${exim}. EXIM said the loan would fund a plant. India's Exim Bank was not involved.`;
    expect(mentionsOf(text, "actor:export-import-bank-of-the-united-states")).toEqual([exim, "EXIM"]);
  });

  it("reads JOGMEC's full name as JOGMEC", () => {
    const jogmec = `Japan Oil, Gas ${"&"} Metals National ${"Corporation"}`;
    expect(mentionsOf(`Last week ${jogmec} (JOGMEC) took 8% of Alpha Graphite.`, "actor:jogmec")).toEqual([jogmec, "JOGMEC"]);
  });
});

describe("Latin legal forms in Russian sentences", () => {
  it("does not end a sentence between 'Co.' and 'Ltd.'", () => {
    expect(sentencesOf("Интерес проявила компания Alpha Chemical Co. Ltd. из Китая. Сделка закрыта.")).toEqual([
      "Интерес проявила компания Alpha Chemical Co. Ltd. из Китая.",
      "Сделка закрыта.",
    ]);
  });

  it("still ends a sentence after a legal form when a new sentence follows", () => {
    expect(sentencesOf("Долю купила Alpha Mining Corp. Сделка закрыта.")).toEqual(["Долю купила Alpha Mining Corp.", "Сделка закрыта."]);
  });
});

describe("a discovered name that starts and ends like a known one", () => {
  it("is not the known firm when its middle words are not the known name's", () => {
    const ids = extract("The stake went to China Polar Copper Smelting Corporation last year.").entities.map((e) => e.id);
    expect(ids).not.toContain("actor:china-minmetals");
    expect(ids).toContain("actor:china-polar-copper-smelting");
  });
});
