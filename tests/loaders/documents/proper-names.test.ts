import { beforeAll, describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase, type ExtractedDocument, type KnowledgeBase } from "../../../loaders/documents/index.js";
import type { Mention } from "../../../loaders/documents/types.js";

// Invented names and sentences: each shows one sign that a capitalised name without a telltale suffix is an
// organisation or a site, or one reason to leave a capitalised word alone.

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

const extract = (text: string): ExtractedDocument & { mentions: Mention[] } => extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb);
const discovered = (text: string): string[] => extract(text).entities.filter((e) => e.discovered).map((e) => e.id);

describe("names shown to be organisations by the words around them", () => {
  it.each([
    ["Halvorsen Quarries, the Oslo-listed miner, raised its guidance.", "actor:halvorsen-quarries"],
    ["Brenmark, a unit of the state holding Ostrava Invest, will build a mill.", "actor:brenmark"],
    ["Veltane Kaz Partners, a company backed by Gulf investors, won the tender.", "actor:veltane-kaz-partners"],
    ["Germany's Korvath plans to double recycling capacity.", "actor:korvath"],
    ["Under the contract, the mine supplies Korean trading house Haneul with ore.", "actor:haneul"],
    ["Funding came from the sovereign wealth fund Tarqa-Omir.", "actor:tarqa-omir"],
    ["The deal could win orders from carmakers such as Valdene Motors.", "actor:valdene-motors"],
    ["Shares in Orvex fell after the ruling.", "actor:orvex"],
    ["Quillon NV is a small explorer.", "actor:quillon"],
    ["Ardenne (ASX: ARD) said output fell.", "actor:ardenne"],
    ["Tessaro agreed last week to buy a stake in a smelter.", "actor:tessaro"],
    ["Halden holds a stake in Morvik, the Norway-based zinc mining company. Zinc output is supported by Morvik.", "actor:morvik"],
    ["The firm kept the jobs sustained by its haulage arm, Trelvo.", "actor:trelvo"],
    ["Permits went to Caldera Andina, a 60%-state owned company formed last year.", "actor:caldera-andina"],
    ["The Halden Metall-owned company will hold 5 million shares.", "actor:halden-metall"],
    ["Regulators revoked the licence of its Ostrel subsidiary.", "actor:ostrel"],
    ["Cauchos, from the Brevan firm, is a brine project.", "actor:brevan"],
    ["According to Dunmore Energy, output will double.", "actor:dunmore-energy"],
    ["Lynas, Varnholt and MP Materials signed the offtake.", "actor:varnholt"],
    ["JSC NMC Tarbek Altyn signed the deal with Lynas.", "actor:tarbek-altyn"],
  ])("%s", (text, id) => expect(discovered(text)).toContain(id));

  it("gives discovered names a lower confidence than known ones", () => {
    const mention = extract("Halvorsen Quarries, the Oslo-listed miner, raised its guidance.").mentions.find((m) => m.text === "Halvorsen Quarries");
    expect(mention?.confidence).toBeLessThan(0.8);
    expect(mention?.entity.discovered).toBe(true);
  });
});

describe("sites", () => {
  it("reads 'the X tungsten deposit' as a site and finds its bare name later", () => {
    const document = extract("The Kestrel Ridge tungsten deposit is large. Kestrel Ridge, in the north, holds 2 million tonnes of tungsten.");
    const site = document.entities.find((e) => e.id === "asset:kestrel-ridge");
    expect(site?.kind).toBe("Asset");
    expect(site?.mentions.map((m) => m.text)).toEqual(["Kestrel Ridge", "Kestrel Ridge"]);
  });

  it("names a site after its capitalised site word", () => {
    expect(discovered("The firm will open the 7Q Facility in 2027.")).toContain("asset:7q-facility");
  });

  it.each([
    ["Ardmore Minerals began drilling at its flagship Linden Ridge property.", "asset:linden-ridge-property"],
    ["The venture owns the Upper Corrin Mineral Projects.", "asset:upper-corrin-mineral-projects"],
    ["The plant runs on ore from Kestrel Downs and Mount Weld.", "asset:kestrel-downs"],
    ["The deal covers the Brackenfell, Orrin, Tamsworth North and Killeny lithium properties.", "asset:tamsworth-north"],
  ])("%s", (text, id) => expect(discovered(text)).toContain(id));

  it("reads a site listed beside a site found by other signs as a site", () => {
    const document = extract("The group has two business units, Corvane and Larrow near Kestrel. A new kiln went up at the Larrow plant last year.");
    expect(document.entities.find((e) => e.id === "asset:corvane")?.kind).toBe("Asset");
  });

  it("gives the bare words of 'its X project' to the project", () => {
    const document = extract("Ardmore Minerals sold half of its Birch Hill project. Birch Hill holds 3 million tonnes of graphite.");
    const site = document.entities.find((e) => e.name === "Birch Hill project");
    expect(site?.mentions.map((m) => m.text)).toContain("Birch Hill");
  });
});

describe("references", () => {
  it("reads 'the X firm' as the firm X, not as the firm named before", () => {
    const mentions = extract("Halvorsen Quarries sold its stake. The Brevan firm bought it.").mentions;
    expect(mentions.filter((m) => m.via === "reference").map((m) => m.text)).toEqual([]);
    expect(mentions.find((m) => m.text === "Brevan")?.entity.id).toBe("actor:brevan");
  });

  it("still resolves 'the Australian miner' to the Australian firm named before", () => {
    const mentions = extract("Lynas raised output. The Australian miner said demand was strong.").mentions;
    expect(mentions.find((m) => m.via === "reference")?.entity.id).toBe("actor:lynas");
  });
});

describe("short forms", () => {
  it("reads a name with a legal form and its bare first word as one firm", () => {
    const document = extract("Quillon NV is a small explorer. Quillon said output fell.");
    expect(document.entities.filter((e) => e.discovered).map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([["actor:quillon", ["Quillon NV", "Quillon"]]]);
  });

  it("resolves a later first word to the full name", () => {
    const document = extract("Varrow Elements, a start-up backed by the Pentagon, will make magnets. Varrow said the plant opens in 2026.");
    const firm = document.entities.find((e) => e.name === "Varrow Elements");
    expect(firm?.mentions.map((m) => m.text)).toEqual(["Varrow Elements", "Varrow"]);
  });

  it("does not shorten a name to a common opening word", () => {
    const document = extract("Carmakers such as Western Dynamo buy magnets. Western buyers want more.");
    expect(document.entities.find((e) => e.name === "Western Dynamo")?.mentions.map((m) => m.text)).toEqual(["Western Dynamo"]);
  });
});

describe("capitalised words left alone", () => {
  it.each([
    ["people named with a title or role", "Chief executive Mark Delaney said the company would expand. Delaney said demand was strong."],
    ["people in an apposition", "Mark Delaney, the firm's chief executive, said demand was strong."],
    ["a person who says things twice", "Ilse Brandt said prices would rise. Ilse Brandt said so again."],
    ["places after a preposition", "Officials in Brindlemoor said no decision had been taken. Talks in Brindlemoor will resume."],
    ["an ordinary word opening a sentence", "Analysts said prices would rise. Global supplies are volatile."],
    ["months and weekdays", "On Tuesday, March said nothing. Monday said nothing either."],
    ["news media", "The state news agency Pravdin said the ban would stay."],
    ["an opening word before a comma and a known firm", "Currently, Lynas sells oxide. On Wednesday, Lynas said output rose."],
  ])("%s", (_, text) => expect(discovered(text)).toEqual([]));
});
