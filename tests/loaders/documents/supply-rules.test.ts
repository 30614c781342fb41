import { describe, expect, it } from "vitest";
import { sentenceReader } from "./sentence-reader.js";

// Invented sentences about real firms. The first line of each text is its title.
const { read } = sentenceReader({ rulesOnly: true });
const supplies = (sentence: string) => read(`Title\n\n${sentence}`).filter((f) => f.includes(" SUPPLIES "));

describe("supply stated by what the parties are to each other", () => {
  it.each([
    ["Albemarle, which counts BMW and Tesla among its customers, raised its prices.", ["actor:albemarle SUPPLIES actor:bmw", "actor:albemarle SUPPLIES actor:tesla"]],
    ["Lynas is the main supplier of rare earths to Sojitz.", ["actor:lynas SUPPLIES actor:sojitz"]],
    ["Tesla, a long-standing customer of Albemarle, signed the contract.", ["actor:albemarle SUPPLIES actor:tesla"]],
    ["Sojitz became the only distributor of Lynas oxides in Japan.", ["actor:lynas SUPPLIES actor:sojitz"]],
    ["«ВСМПО-Ависма» остается главным поставщиком титана для Boeing.", ["actor:vsmpo-avisma SUPPLIES actor:boeing"]],
    ["Норникель заключил соглашение с «Росатомом» о поставке никеля.", ["actor:nornickel SUPPLIES actor:rosatom [planned]"]],
    ["赣锋锂业长期为宁德时代供货。", ["actor:ganfeng-lithium SUPPLIES actor:catl"]],
    ["赣锋锂业与宁德时代签订包销协议。", ["actor:ganfeng-lithium SUPPLIES actor:catl [planned]"]],
    ["洛阳钼业的钴精矿运往中国。", ["actor:cmoc SUPPLIES country:cn"]],
  ])("%s", (sentence, facts) => expect(supplies(sentence)).toEqual(facts));

  it("reads no supply from a customer list that names no seller", () => {
    expect(supplies("Tesla and BMW are among the largest buyers of lithium.")).toEqual([]);
  });
});
