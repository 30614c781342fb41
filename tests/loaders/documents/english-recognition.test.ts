import { beforeAll, describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase, type ExtractedDocument, type KnowledgeBase } from "../../../loaders/documents/index.js";

// Invented sentences (names of people, sites and small firms made up; the large firms are real names used in
// made-up statements): each shows one recognition behaviour for English news, or one case it must leave alone.

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

const extract = (text: string): ExtractedDocument => {
  const { mentions: _mentions, ...document } = extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb);
  return document;
};
const ids = (text: string): string[] => extract(text).entities.map((e) => e.id);
const typeOf = (text: string, id: string): string | undefined =>
  extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb).mentions.find((m) => m.entity.id === id)?.entity.type;

describe("well-known firms named bare", () => {
  it.each([
    ["During the quarter, BHP would pause work at two smelters.", "actor:bhp"],
    ["Output rose after Rio Tinto's new furnace started.", "actor:rio-tinto"],
    ["The deal gives Kazatomprom a larger share of the joint venture.", "actor:kazatomprom"],
    ["Steelmakers JFE, POSCO and Sojitz signed an offtake with the mine.", "actor:posco"],
    ["Steelmakers JFE, POSCO and Sojitz signed an offtake with the mine.", "actor:jfe-holdings"],
    ["The plant will ship magnets to General Motors from 2027.", "actor:general-motors"],
  ])("%s → %s", (text, id) => expect(ids(text)).toContain(id));

  it("reads a firm's name over the element and country words inside it", () => {
    const found = ids("Last week Anglo American and Lithium Americas agreed to share a rail line.");
    expect(found).toEqual(expect.arrayContaining(["actor:anglo-american", "actor:lithium-americas"]));
    expect(found).not.toContain("country:us");
  });

  it("names a public body with its type", () => {
    expect(ids("The dispute went to the World Trade Organization in March.")).toContain("actor:world-trade-organization");
  });

  it("leaves a firm's name inside another word alone", () => {
    expect(ids("The Bhpx index and the Albemarleton road are unrelated.").filter((id) => id.startsWith("actor:"))).toEqual([]);
  });
});

describe("firms whose names open with an element word", () => {
  it("reads 'Lithium' before a place as a firm's name", () => {
    expect(ids("Shareholders of Lithium Norrland approved the merger.")).toContain("actor:lithium-norrland");
  });

  it("reads 'Graphite' before a word the article never writes in lower case as a firm's name", () => {
    expect(ids("The loan to Graphite Velmora will fund a new mill.")).toContain("actor:graphite-velmora");
  });

  it("names the project when a site word follows", () => {
    expect(ids("A decision on the Graphite Velmora project is due next year.")).toContain("asset:graphite-velmora-project");
  });

  it("does not read a title-cased phrase or a sentence opening as a firm", () => {
    expect(ids("Lithium Prices fell again, and the Lithium Triangle stayed quiet.").filter((id) => id.startsWith("actor:"))).toEqual([]);
    expect(ids("Cobalt Demand is rising. Lithium Output doubled.").filter((id) => id.startsWith("actor:"))).toEqual([]);
  });
});

describe("sites named in running text", () => {
  it("reads a site with several words before its site word", () => {
    expect(ids("Orvane Metals received a loan to build its Tallow Creek rare earths refinery.")).toContain("asset:tallow-creek");
  });

  it("reads 'its X operations' as a site", () => {
    expect(ids("Orvane Metals suspended its Kessock operations after the flood.")).toContain("asset:kessock");
  });

  it("does not make a site of operations that are not named", () => {
    expect(ids("Orvane Metals suspended its operations after the flood.").filter((id) => id.startsWith("asset:"))).toEqual([]);
  });
});

describe("people as owners", () => {
  it.each([
    ["The remaining shares belong to Tomas Veldhuis (12%) and a pension fund.", "actor:tomas-veldhuis"],
    ["Orvane Metals' largest holder is businessman Pieter Aldana.", "actor:pieter-aldana"],
    ["The bank, Marta Lindqvist, who owns 24% of the miner, backed the plan.", "actor:marta-lindqvist"],
    ["After the deal the Okonkwo family will hold 70 per cent of Orvane Metals.", "actor:okonkwo-family"],
  ])("%s → %s", (text, id) => expect(ids(text)).toContain(id));

  it("gives the full name to a surname that owns a firm in the possessive", () => {
    const text = "Two tycoons, Hana Brevik and Colm Farrell, took stakes this year. Brevik's Northgate Capital paid $40m for 9% of Orvane Metals.";
    const person = extract(text).entities.find((e) => e.id === "actor:hana-brevik");
    expect(person?.mentions.map((m) => m.text)).toEqual(["Hana Brevik", "Brevik"]);
  });

  it("marks people as persons", () => {
    expect(typeOf("The remaining shares belong to Tomas Veldhuis (12%) and a pension fund.", "actor:tomas-veldhuis")).toBe("person");
  });

  it("does not read a speaker, a minister or a site as an owner", () => {
    const people = (text: string) => ids(text).filter((id) => /^actor:.*(?:veldhuis|aldana|lindqvist|birch)/.test(id));
    expect(people("Chief executive Pieter Aldana said the company holds 30% of the market.")).toEqual([]);
    expect(people("Minister Marta Lindqvist signed the order on Tuesday.")).toEqual([]);
    expect(people("Ardmore Minerals sold its Birch Hill project. Birch Hill holds 3 million tonnes of graphite.")).toEqual([]);
  });

  it("does not read title-cased headline words before a figure as a person", () => {
    expect(ids("Shares Jump Over 40% As Orvane Metals Beats Forecasts").filter((id) => id.startsWith("actor:shares"))).toEqual([]);
  });
});

describe("laws and programmes", () => {
  it("are not organisations even when a verb follows", () => {
    expect(ids("In May the Critical Supply Act secured funding for new refineries.")).not.toContain("actor:critical-supply-act");
    expect(ids("The grant came under the Critical Supply Act (CSA) last year.")).not.toContain("actor:critical-supply-act");
  });
});

describe("country names", () => {
  it("reads 'Democratic Republic of Congo' as the country", () => {
    expect(ids("Cobalt output in the Democratic Republic of Congo rose.")).toContain("country:cd");
  });
});

describe("short forms of names given in full", () => {
  const mentionsOf = (text: string, id: string): string[] => extract(text).entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];

  it("reads an acronym of the initials as the full name", () => {
    expect(mentionsOf("Kelso Minerals Holding agreed to buy the smelter. Under the deal, KMH will pay $20 million.", "actor:kelso-minerals-holding")).toEqual(["Kelso Minerals Holding", "KMH"]);
  });

  it("reads the first word of a firm's name standing alone as the firm", () => {
    expect(mentionsOf("Brannock Resources raised $10 million. Brannock has been running the mill since May.", "actor:brannock-resources")).toContain("Brannock");
  });

  it("leaves a first word that opens another name, or that two names share, alone", () => {
    expect(mentionsOf("Brannock Resources raised $10 million. The office is on Brannock Street.", "actor:brannock-resources")).toEqual(["Brannock Resources"]);
    const shared = extract("Kelso Minerals Holding and Kern Metals Holding agreed to buy the smelter. KMH will pay $20 million.");
    expect(shared.entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain("KMH");
  });
});

describe("references with a demonym to a discovered firm", () => {
  it("resolves 'the Australian mining giant' to the one firm named before", () => {
    const text = "Brannock Resources cut its nickel output. The Australian mining giant blamed low prices.";
    const firm = extract(text).entities.find((e) => e.id === "actor:brannock-resources");
    expect(firm?.mentions.map((m) => m.text)).toContain("mining giant");
  });
});

describe("a class noun and a comma before a name", () => {
  it.each([
    ["Last year the state mining holding company, Velmora, agreed to buy the stake.", "actor:velmora"],
    ["Glencore will restart the world's largest cobalt mine, Tessany, in the south.", "asset:tessany"],
  ])("%s → %s", (text, id) => expect(ids(text)).toContain(id));

  it("leaves a name after a news outlet's noun alone", () => {
    expect(ids("The figures were reported by a local newspaper, Velmora, on Monday.")).not.toContain("actor:velmora");
  });
});

describe("an element-led firm opening a sentence", () => {
  it("is read when a place follows the element word", () => {
    expect(ids("Lithium Chile raised funds for more drilling.")).toContain("actor:lithium-chile");
  });
});

describe("sites described or named together", () => {
  it.each([
    ["Orvane Metals bought a stake in the Tallis hard-rock mine last year.", "asset:tallis"],
    ["Orvane Metals will develop the Kestrel Ridge and Marrow Flat deposits together.", "asset:kestrel-ridge"],
    ["Orvane Metals will develop the Kestrel Ridge and Marrow Flat deposits together.", "asset:marrow-flat"],
  ])("%s → %s", (text, id) => expect(ids(text)).toContain(id));

  it("does not make sites of firms named together before a plural noun", () => {
    const found = ids("Orvane Metals and Kestrel Ridge shares rose on Monday.");
    expect(found.filter((id) => id.startsWith("asset:"))).toEqual([]);
  });
});

describe("references to a country", () => {
  const countryMentions = (text: string, id: string): string[] => extract(text).entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];

  it("resolves 'the southern African country' and 'the government' to the one country named before", () => {
    expect(countryMentions("Namibia approved new mining rules last week. The southern African country has large lithium deposits.", "country:na").join(" ")).toMatch(/country/);
    expect(countryMentions("Indonesia wants more smelters at home. The government banned exports of nickel ore.", "country:id").join(" ")).toMatch(/government/);
  });

  it("does not read 'the state-owned firm' or 'the State Council' as a reference", () => {
    expect(countryMentions("Indonesia wants more smelters at home. The state-owned firm will build one.", "country:id")).toEqual(["Indonesia"]);
    expect(countryMentions("Indonesia wants more smelters at home. The State Council will decide.", "country:id")).toEqual(["Indonesia"]);
  });
});

describe("a name as much a site as a firm", () => {
  it("is the site when a site word follows it and no verb makes it a subject", () => {
    const text = "Orvane Metals is the owner of the Caldera-Verde lithium brine project. Orvane Metals bought a stake in Caldera-Verde last year.";
    expect(ids(text)).not.toContain("actor:caldera-verde");
  });
});

describe("commodity words mapped to their element", () => {
  it.each([
    ["The plant turns laterite ore into mixed hydroxide precipitate for battery makers.", "element:ni"],
    ["Its sister unit ships ferroniobium to steel mills.", "element:nb"],
    ["Ferrovanadium prices doubled in a year.", "element:v"],
    ["The smelter sells ferromanganese and silicomanganese.", "element:mn"],
  ])("%s → %s", (text, id) => expect(ids(text)).toContain(id));

  it("does not read an acronym inside a longer word as a commodity", () => {
    expect(ids("The MHPX index and the NPIs of the region rose.")).not.toContain("element:ni");
  });
});

describe("a firm's national unit", () => {
  it("reads a firm's name followed by a country's as one organisation", () => {
    const found = ids("Orvane Metals bought 14% of Glencore Canada from its parent.");
    expect(found).toContain("actor:glencore-canada");
    expect(found).not.toContain("country:ca");
  });

  it("keeps a firm and a country apart when punctuation or a demonym separates them", () => {
    expect(ids("Buyers included Glencore, Canada and Japan.")).not.toContain("actor:glencore-canada");
    expect(ids("Glencore Canadian operations were sold.")).not.toContain("actor:glencore-canadian");
  });
});
