import { describe, expect, it } from "vitest";
import { misplacedArgument } from "../../../loaders/documents/relations-learned/misplaced-arguments.js";
import { SentenceFrame } from "../../../loaders/documents/sentence-frame.js";
import type { ExtractedFact, KnownEntity, Language, Mention, MentionVia } from "../../../loaders/documents/types.js";
import { modelReading } from "./model-reading.js";

// Invented sentences: placeholder countries, firms, sites and people in the shapes news uses.
type Named = { words: string; id: string; kind: KnownEntity["kind"]; via?: MentionVia };

function frameOf(text: string, names: Named[], language: Language = "en"): SentenceFrame {
  const mentions: Mention[] = names.map(({ words, id, kind, via }) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, via: via ?? "name", confidence: 1, entity: { id, kind, name: words, node: {} } };
  });
  const sentence = { start: 0, end: text.length, index: 0, language, role: "body" as const, tokens: [] };
  return new SentenceFrame(sentence, text, mentions, [], []);
}

const end = (n: Named) => ({ id: n.id, name: n.words, kind: n.kind });
const reading = (s: Named, predicate: ExtractedFact["predicate"], o: Named, extras: Partial<ExtractedFact> = {}) => modelReading(end(s), predicate, end(o), extras);

const tin: Named = { words: "tin", id: "element:sn", kind: "Element" };
const freedonia: Named = { words: "Freedonia", id: "country:fd", kind: "Country" };
const sylvania: Named = { words: "Sylvania", id: "country:sy", kind: "Country" };

describe("misplacedArgument", () => {
  it("reads no reserves of a country that only describes another noun or name", () => {
    const demonym: Named = { words: "Freedonian", id: "country:fd", kind: "Country", via: "demonym" };
    const text = "The exchange stores Freedonian metals, including large reserves of tin.";
    expect(misplacedArgument(frameOf(text, [demonym, tin]), reading(demonym, "HAS_RESERVES", tin))).toBe(true);
    const site: Named = { words: "Foo Hill project", id: "asset:foo-hill", kind: "Asset" };
    const before = "Resources at the Freedonia Foo Hill project rank second for tin.";
    expect(misplacedArgument(frameOf(before, [freedonia, site, tin]), reading(freedonia, "HAS_RESERVES", tin))).toBe(true);
    const own = "Freedonia holds the largest tin reserves.";
    expect(misplacedArgument(frameOf(own, [freedonia, tin]), reading(freedonia, "HAS_RESERVES", tin))).toBe(false);
  });

  it("keeps a country's reserves beside the article's topic firm, which the sentence does not name", () => {
    const jia: Named = { words: "甲国", id: "country:fd", kind: "Country" };
    const xi: Named = { words: "锡", id: "element:sn", kind: "Element" };
    const text = "甲国锡储量约为50万吨。";
    const frame = frameOf(text, [jia, xi]);
    const topic: Mention = { start: 3, end: 3, text: "", via: "topic", confidence: 1, entity: { id: "actor:fooco", kind: "Actor", name: "Fooco", node: {} } };
    const withTopic = new SentenceFrame(frame.sentence, text, [...frame.items.flatMap((i) => (i.type === "entity" ? [i.mention] : [])), topic], [], []);
    expect(misplacedArgument(withTopic, reading(jia, "HAS_RESERVES", xi))).toBe(false);
  });

  it("reads no buyer as owner of the firm it buys a holding from", () => {
    const buyer: Named = { words: "甲公司", id: "actor:jia", kind: "Actor" };
    const holder: Named = { words: "乙集团", id: "actor:yi", kind: "Actor" };
    const held: Named = { words: "丙矿业", id: "actor:bing", kind: "Actor" };
    const bought = "甲公司拟以现金购买乙集团旗下丙矿业的100%股权。";
    expect(misplacedArgument(frameOf(bought, [buyer, holder, held], "zh"), reading(buyer, "OWNS", holder, { value: 100, unit: "%" }))).toBe(true);
    const from = "甲公司同意向乙集团收购旗下丙矿业剩余40%股权。";
    expect(misplacedArgument(frameOf(from, [buyer, holder, held], "zh"), reading(buyer, "OWNS", holder))).toBe(true);
    const whole = "甲公司收购乙集团100%股权，乙集团旗下丙矿业也随之易主。";
    expect(misplacedArgument(frameOf(whole, [buyer, holder, held], "zh"), reading(buyer, "OWNS", holder, { value: 100, unit: "%" }))).toBe(false);
  });

  it("sees no list in two countries a clause and another name apart", () => {
    const jia: Named = { words: "甲国", id: "country:fd", kind: "Country" };
    const yi: Named = { words: "乙国", id: "country:sy", kind: "Country" };
    const xi: Named = { words: "锡", id: "element:sn", kind: "Element" };
    const text = "丙国也依赖乙国锡，甲国正在寻找别的来源。";
    expect(misplacedArgument(frameOf(text, [yi, xi, jia]), reading(jia, "IMPORTS_FROM", yi))).toBe(false);
    expect(misplacedArgument(frameOf("丁国从甲国和乙国进口锡。", [jia, yi, xi], "zh"), reading(jia, "IMPORTS_FROM", yi))).toBe(true);
  });

  it("reads no import between two sources listed together", () => {
    const text = "Quxland buys tin ore from Freedonia and Sylvania.";
    expect(misplacedArgument(frameOf(text, [freedonia, sylvania]), reading(freedonia, "IMPORTS_FROM", sylvania))).toBe(true);
    const buyer = "Freedonia buys most of its tin ore from Sylvania.";
    expect(misplacedArgument(frameOf(buyer, [freedonia, sylvania]), reading(freedonia, "IMPORTS_FROM", sylvania))).toBe(false);
  });

  it("gives no country the output figure of a site the sentence names before it", () => {
    const site: Named = { words: "Foo Hill", id: "asset:foo-hill", kind: "Asset" };
    const text = "Foo Hill, Freedonia's only tin mine, produced 9,000 tonnes of tin last year.";
    expect(misplacedArgument(frameOf(text, [site, freedonia, tin]), reading(freedonia, "PRODUCES", tin, { value: 9000, unit: "t" }))).toBe(true);
    const national = "Freedonia produced 9,000 tonnes of tin last year.";
    expect(misplacedArgument(frameOf(national, [freedonia, tin]), reading(freedonia, "PRODUCES", tin, { value: 9000, unit: "t" }))).toBe(false);
    const countryFirst = "Freedonia's mines produced 9,000 tonnes of tin, mostly at Foo Hill.";
    expect(misplacedArgument(frameOf(countryFirst, [freedonia, tin, site]), reading(freedonia, "PRODUCES", tin, { value: 9000, unit: "t" }))).toBe(false);
  });
});

describe("misplacedArgument of export restrictions", () => {
  const imposer: Named = { words: "甲国", id: "country:fd", kind: "Country" };
  const target: Named = { words: "乙国", id: "country:sy", kind: "Country" };
  const element: Named = { words: "锡", id: "element:sn", kind: "Element" };

  it("reads neither the country goods go to nor one inside a quoted phrase as the restrictor", () => {
    const text = "甲国宣布将限制对乙国的锡出口。";
    const frame = frameOf(text, [imposer, target, element], "zh");
    expect(misplacedArgument(frame, reading(target, "RESTRICTS_EXPORT", element))).toBe(true);
    expect(misplacedArgument(frame, reading(imposer, "RESTRICTS_EXPORT", element))).toBe(false);
    const quoted = "为回应「乙国优先」口号，甲国收紧锡出口。";
    expect(misplacedArgument(frameOf(quoted, [target, imposer, element], "zh"), reading(target, "RESTRICTS_EXPORT", element))).toBe(true);
    const english = "Freedonia will curb tin exports to Sylvania.";
    expect(misplacedArgument(frameOf(english, [freedonia, sylvania, tin]), reading(sylvania, "RESTRICTS_EXPORT", tin))).toBe(true);
    const response = "In response to Freedonia's curbs on tin exports, Sylvania stockpiled ore.";
    expect(misplacedArgument(frameOf(response, [freedonia, sylvania, tin]), reading(freedonia, "RESTRICTS_EXPORT", tin))).toBe(false);
  });
});

describe("misplacedArgument of fellow holders", () => {
  it("reads no firm as the owner of another listed beside it", () => {
    const names: Named[] = [
      { words: "甲集团", id: "actor:jia", kind: "Actor" },
      { words: "乙公司", id: "actor:yi", kind: "Actor" },
      { words: "丙控股", id: "actor:bing", kind: "Actor" },
    ];
    const text = "新公司由甲集团、乙公司和丙控股分别持有30%。";
    expect(misplacedArgument(frameOf(text, names, "zh"), reading(names[2]!, "OWNS", names[0]!))).toBe(true);
    const apposition = "乙公司, 甲集团 unit, holds 30%.";
    expect(misplacedArgument(frameOf(apposition, names.slice(0, 2)), reading(names[0]!, "OWNS", names[1]!))).toBe(false);
  });
});
