import { describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";
import { findBlocks } from "../../../loaders/documents/find-blocks.js";
import { segmentSentences } from "../../../loaders/documents/segment-sentences.js";
import { againstTradeDirectionZh } from "../../../loaders/documents/relations-learned/trade-direction-zh.js";
import { ruledOutZh } from "../../../loaders/documents/relations-learned/model-gates-zh.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();
const sentencesOf = (text: string) => segmentSentences(text, findBlocks(text)).map((s) => text.slice(s.start, s.end));

describe("Chinese sentences and Latin legal forms", () => {
  it("runs on past a Latin abbreviation's dot and an opening bracket inside a firm's name", () => {
    expect(sentencesOf("甲公司与Northwind Metals B.V.(简称“Northwind”)签署供货协议。乙公司表示反对。")).toEqual([
      "甲公司与Northwind Metals B.V.(简称“Northwind”)签署供货协议。",
      "乙公司表示反对。",
    ]);
    expect(sentencesOf("丙公司与Acme Co. Ltd.签署协议。")).toEqual(["丙公司与Acme Co. Ltd.签署协议。"]);
  });

  it("still ends a sentence at a Chinese full stop", () => {
    expect(sentencesOf("锂价上涨。钴价下跌。")).toEqual(["锂价上涨。", "钴价下跌。"]);
  });
});

describe("which way goods go in a Chinese trade statement", () => {
  const frameOf = (text: string) => {
    const frame = readSentences(text, kb).read[0]?.frame;
    if (!frame) throw new Error(`not read: ${text}`);
    return frame;
  };
  const indexOf = (frame: ReturnType<typeof frameOf>, id: string) => frame.items.findIndex((item) => item.type === "entity" && item.mention.entity.id === id);

  it("reads the name after 向 and before a supply verb as the buyer", () => {
    const frame = frameOf("巴西去年向中国出口铬矿300万吨。");
    const br = indexOf(frame, "country:br");
    const cn = indexOf(frame, "country:cn");
    expect(againstTradeDirectionZh(frame, "IMPORTS_FROM", br, cn)).toBe(true);
    expect(againstTradeDirectionZh(frame, "IMPORTS_FROM", cn, br)).toBe(false);
    expect(againstTradeDirectionZh(frame, "SUPPLIES", cn, br)).toBe(true);
  });

  it("reads every name listed after 从 and before 进口 as a seller", () => {
    const frame = frameOf("中国从加蓬和加纳进口铬矿。");
    const cn = indexOf(frame, "country:cn");
    for (const id of ["country:ga", "country:gh"]) {
      const seller = indexOf(frame, id);
      expect(againstTradeDirectionZh(frame, "IMPORTS_FROM", seller, cn)).toBe(true);
      expect(againstTradeDirectionZh(frame, "IMPORTS_FROM", cn, seller)).toBe(false);
    }
  });
});

describe("Chinese reserve figures", () => {
  const reserves = (text: string) =>
    extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb)
      .facts.filter((f) => f.predicate === "HAS_RESERVES")
      .map((f) => `${f.subject.name} ${f.value}`);

  it("takes what the ore holds, not the ore's tonnage", () => {
    expect(reserves("Northwind锂辉石项目的矿石资源总量为1.5亿吨,对应锂资源总量400万吨LCE。")).toEqual(["Northwind 4000000"]);
  });

  it("gives a figure described with 的 to the site after it", () => {
    const read = reserves("Northwind锂辉石项目的资源量少于900万吨碳酸锂当量的Southgate锂辉石项目。");
    expect(read).toEqual(["Southgate 9000000"]);
  });
});

describe("Chinese readings the sentence rules out", () => {
  const facts = (text: string) => extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb).facts;

  it("leaves the model no reserves in a sentence without a reserve word", () => {
    const gate = (text: string) => {
      const frame = readSentences(text, kb).read[0]?.frame;
      const [site, element] = frame?.items.flatMap((item) => (item.type === "entity" ? [item.mention] : [])) ?? [];
      if (!frame || !site || !element) throw new Error(`not read: ${text}`);
      return ruledOutZh(frame, "HAS_RESERVES", site, element);
    };
    expect(gate("Northwind矿山是全国最大的锂矿山。")).toBe(true);
    expect(gate("Northwind矿山的锂储量居全国第一。")).toBe(false);
  });

  it("gives the buyer no stake in, nor investment of, the firm it buys from", () => {
    const text = "天齐锂业拟受让Eastfield集团所持有的Northwind公司20%股份。";
    const frame = readSentences(text, kb).read[0]?.frame;
    const named = new Map(frame?.items.flatMap((item) => (item.type === "entity" ? [[item.mention.entity.name, item.mention] as const] : [])));
    const [buyer, seller, target] = ["Tianqi Lithium", "Eastfield集团", "Northwind"].map((name) => named.get(name));
    if (!frame || !buyer || !seller || !target) throw new Error(`not read: ${text} (${[...named.keys()].join(", ")})`);
    expect(ruledOutZh(frame, "INVESTS_IN", buyer, seller)).toBe(true);
    expect(ruledOutZh(frame, "OWNS", buyer, seller)).toBe(true);
    expect(ruledOutZh(frame, "OWNS", seller, target)).toBe(false);
  });

  it("knows the seller wherever the sentence names it again", () => {
    const text = "赣锋锂业拟以现金向Southgate Lithium Limited收购其所持股权,Southgate Lithium Limited表示同意。";
    const frame = readSentences(text, kb).read[0]?.frame;
    const mentions = frame?.items.flatMap((item) => (item.type === "entity" ? [item.mention] : [])) ?? [];
    const buyer = mentions.find((m) => m.entity.id === "actor:ganfeng-lithium");
    const sellers = mentions.filter((m) => m.entity.name === "Southgate Lithium Limited");
    if (!frame || !buyer || sellers.length < 2) throw new Error(`not read: ${text} (${mentions.map((m) => m.text).join(", ")})`);
    for (const seller of sellers) expect(ruledOutZh(frame, "INVESTS_IN", buyer, seller)).toBe(true);
  });

  it("reads no fact of a newspaper named in 《》", () => {
    const text = "据《Harbor Daily》报道,Northwind矿业有限公司将在Southgate矿场投资2000万美元。";
    const frame = readSentences(text, kb).read[0]?.frame;
    const named = new Map(frame?.items.flatMap((item) => (item.type === "entity" ? [[item.mention.entity.name, item.mention] as const] : [])));
    const [paper, firm, site] = ["Harbor Daily", "Northwind矿业有限公司", "Southgate矿场"].map((name) => named.get(name));
    if (!frame || !paper || !firm || !site) throw new Error(`not read: ${text}`);
    expect(ruledOutZh(frame, "OWNS", paper, site)).toBe(true);
    expect(ruledOutZh(frame, "INVESTS_IN", firm, site)).toBe(false);
    expect(facts(text).some((f) => f.subject.name === "Harbor Daily" || f.object.name === "Harbor Daily")).toBe(false);
  });
});
