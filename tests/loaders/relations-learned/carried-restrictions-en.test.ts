import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

function carried(text: string): string[] {
  const doc = extractFromText({ path: "invented.txt", contentHash: "0".repeat(64), text: `Trade news.\n\n${text}` }, kb);
  return doc.facts
    .filter((f) => f.extractor === "export-restriction-carried")
    .map((f) => `${f.subject.id} ${f.predicate} ${f.object.id} ${f.status}${f.valueMax === undefined ? "" : ` max ${f.valueMax}`}`)
    .sort();
}

describe("an English export restriction carried on to sentences that take up the measure without its country", () => {
  it("gives the country that announced the measure to the elements 'the controls' cover", () => {
    const text = "Vietnam on Monday imposed wide export restrictions on several metals. The controls, in force at once, cover tungsten, bismuth and tin.";
    expect(carried(text)).toEqual(["country:vn RESTRICTS_EXPORT element:bi reported", "country:vn RESTRICTS_EXPORT element:sn reported", "country:vn RESTRICTS_EXPORT element:w reported"]);
  });

  it("reads 'earlier curbs' after a restriction the model or rules read, and leaves out technology", () => {
    const text = "Vietnam has banned exports of graphite from May. Earlier curbs applied to tin refining technology and to sales abroad of gallium and germanium.";
    expect(carried(text)).toEqual(["country:vn RESTRICTS_EXPORT element:ga reported", "country:vn RESTRICTS_EXPORT element:ge reported"]);
  });

  it("does not restate an element already restricted, nor read a clause that tells something else of it", () => {
    expect(carried("Vietnam has banned exports of nickel ore. The ban applies to every kind of nickel ore.")).toEqual([]);
    expect(carried("Vietnam announced export controls on rare metals. Months before the controls started, miners shipped 60,000 tonnes of tin.")).toEqual([]);
    expect(carried("Vietnam announced export controls on rare metals. The controls have pushed up prices of tin.")).toEqual([]);
    expect(carried("Vietnam announced export controls on rare metals. The new controls cover graphite, which is used in lithium-ion batteries.")).toEqual(["country:vn RESTRICTS_EXPORT element:c reported"]);
  });

  it("reads a bare ceiling in tonnes as the quota of the one element restricted just before", () => {
    // Tin named three times is the article's element, so a sentence naming nothing is still read.
    const text = "Tin prices rose in May. Vietnam restricted exports of tin for the second half of the year. Tin traders were calm. Exports will be capped at 4,000 tonnes, against 8,000 tonnes last year.";
    expect(carried(text)).toEqual(["country:vn RESTRICTS_EXPORT element:sn planned max 4000", "country:vn RESTRICTS_EXPORT element:sn planned max 8000"]);
    // Two elements restricted just before: the ceiling is neither's alone.
    expect(carried("Tin prices rose in May. Vietnam restricted exports of tin and tungsten this year. Tin traders were calm. The quota was 4,000 tonnes in 2011.")).toEqual([]);
  });

  it("carries nothing into a sentence naming another country, an import ban, or too far", () => {
    expect(carried("Vietnam announced export controls on rare metals. The controls cover tin shipped to Japan.")).toEqual([]);
    expect(carried("Vietnam announced an export ban on rare metals. The ban on imports of tin starts in May.")).toEqual([]);
    expect(carried("Vietnam announced export controls on rare metals. Prices rose. Traders were calm. Ports were busy. The controls cover tin.")).toEqual([]);
    expect(carried("Tariffs on Vietnam rose last week. The controls cover tin.")).toEqual([]);
  });
});
