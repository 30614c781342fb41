import { describe, expect, it } from "vitest";
import { sentenceReader } from "./sentence-reader.js";

// Invented sentences (our own text, no corpus line) for the LOCATED_IN rules of
// loaders/documents/patterns/relation-rules-located.ts, read by the phrase rules alone.

const { read } = sentenceReader({ rulesOnly: true });
const located = (text: string) => read(text).filter((f) => f.includes(" LOCATED_IN "));

describe("English LOCATED_IN appositions and site words", () => {
  it("reads a site word between a site's name and its place, past an element", () => {
    expect(located("Ganfeng Lithium runs the Mariana lithium brine project in Salta province.")).toContain("asset:mariana LOCATED_IN region:ar-salta");
  });

  it("reads a firm named after its country's class noun and a comma", () => {
    expect(located("The deal was signed with Kazakhstan's state mining company, Kazatomprom, on Monday.")).toContain("actor:kazatomprom LOCATED_IN country:kz");
  });

  it("reads a firm followed by its country's class noun", () => {
    expect(located("Kazatomprom, Kazakhstan's national nuclear company, raised its guidance.")).toContain("actor:kazatomprom LOCATED_IN country:kz");
  });

  it("reads a demonym apposition past a corporate suffix", () => {
    const facts = located("Borealis Minerals Ltd., a Canadian explorer, cut output.");
    expect(facts.filter((f) => f.startsWith("actor:borealis-minerals") && f.endsWith(" LOCATED_IN country:ca"))).toHaveLength(1);
  });

  it("reads an adverb before based in", () => {
    expect(located("Tianqi Lithium, also based in Hong Kong, declined to comment.")).toContain("actor:tianqi-lithium LOCATED_IN country:hk");
  });

  it("reads a site ranked within a country, but not a firm", () => {
    expect(located("Mount Weld is the largest rare earths mine in Australia.")).toContain("asset:mount-weld LOCATED_IN country:au");
    expect(located("Lynas is the largest rare earths producer in Malaysia.")).not.toContain("actor:lynas LOCATED_IN country:my");
  });

  it("reads a country of registration before a firm as where the firm is", () => {
    expect(located("Borealis Minerals bought the Mauritius-registered Acme Holdings last year.")).toContain("actor:acme-holdings LOCATED_IN country:mu");
  });

  it("leaves a firm and a country joined by a verb of dealing", () => {
    expect(located("Lynas, a partner of Japan's trading house, sells to China.")).toEqual([]);
  });
});

describe("Russian and Chinese LOCATED_IN", () => {
  it("reads a place reached through unnamed localities after на территории", () => {
    expect(located("Ловозерский ГОК расположен на территории сельского поселения района Мурманской области.")).toContain("asset:lovozero-gok LOCATED_IN region:ru-murmansk-oblast");
  });

  it("reads a site called the largest in a country", () => {
    expect(located("Месторождение Томтор считается крупнейшим месторождением ниобия в России.")).toContain("asset:tomtor LOCATED_IN country:ru");
  });

  it("reads a Russian demonym on a firm's class noun before its name", () => {
    expect(located("Контракт получила китайская компания Ganfeng Lithium.")).toContain("actor:ganfeng-lithium LOCATED_IN country:cn");
    expect(located("Создано совместное предприятие компании Росатом.")).toEqual([]);
  });

  it("reads a country, what the firm does and the firm's name", () => {
    expect(located("澳大利亚锂矿公司Pilbara Minerals宣布扩产。")).toContain("actor:pilbara-minerals LOCATED_IN country:au");
  });

  it("reads a firm after 与, but not one a verb or a conjunction parts from the country", () => {
    expect(located("赣锋锂业与澳大利亚锂矿公司Pilbara Minerals签约。")).toContain("actor:pilbara-minerals LOCATED_IN country:au");
    expect(located("美国制裁了公司Pilbara Minerals。")).toEqual([]);
    expect(located("美国和日本公司Pilbara Minerals签约。")).not.toContain("actor:pilbara-minerals LOCATED_IN country:us");
  });
});

describe("a demonym of a firm", () => {
  const { read: readWithModel } = sentenceReader();
  it("does not place a site in the country of the firm a demonym describes", () => {
    const facts = readWithModel("Kazakhstan will develop the Mount Weld project after outbidding a Chinese state-owned firm.");
    expect(facts).not.toContain("asset:mount-weld LOCATED_IN country:cn");
  });
});
