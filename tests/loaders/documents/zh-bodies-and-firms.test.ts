import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../loaders/documents/index.js";
import { readSentences } from "../../../loaders/documents/extract-document.js";

// Every sentence here is invented for the test; none comes from a corpus.
const kb = await loadKnowledgeBase();

function entities(text: string): string[] {
  return readSentences(text, kb).read.flatMap((r) => r.frame.items.flatMap((i) => (i.type === "entity" ? [`${i.mention.text}=${i.mention.entity.id}`] : [])));
}

describe("well-known firms and bodies by their Chinese names", () => {
  it("reads them with the ids their English names get", () => {
    const found = entities("力拓集团与必和必拓计划共同开发该铁矿，世界银行提供贷款。");
    expect(found).toContain("力拓集团=actor:rio-tinto");
    expect(found).toContain("必和必拓=actor:bhp");
    expect(found).toContain("世界银行=actor:world-bank");
  });

  it("reads a state firm whose name holds its country as the firm, not the country", () => {
    expect(entities("智利国家铜业公司今年增产。")).toEqual(["智利国家铜业公司=actor:codelco"]);
  });

  it("reads Chinese state groups, exchanges and well-known mines from the knowledge base", () => {
    expect(entities("中核集团控股了该铀矿。")).toContain("中核集团=actor:cnnc");
    expect(entities("中国铀业持有该矿股份。")).toContain("中国铀业=actor:china-national-uranium");
    expect(entities("该公司计划向澳交所申请确认。")).toContain("澳交所=actor:asx");
    expect(entities("該公司在烏尤尼鹽湖建廠。")).toContain("烏尤尼鹽湖=asset:uyuni-salt-flat");
  });
});

describe("Chinese ministries and whose they are", () => {
  it("reads a bare ministry of a field China has none for as the one of the country named before it", () => {
    expect(entities("美国国会批准了贷款担保，能源部也提供了资助。")).toContain("能源部=actor:us-doe");
    const two = entities("印尼工业部长日前表示，政府将禁止原矿出口。工业部已提交报告。");
    expect(two).toContain("印尼工业部=actor:indonesia-ministry-of-industry");
    expect(two).toContain("工业部=actor:indonesia-ministry-of-industry");
  });

  it("reads the ministry the document names with its country wherever the bare one stands", () => {
    const found = entities("根据美国地质调查局，该国拥有大量锂资源。玻利维亚政府表示欢迎，并引用了地质调查局的数据。");
    expect(found.filter((e) => e.startsWith("地质调查局="))).toEqual(["地质调查局=actor:us-geological-survey"]);
  });

  it("keeps a bare Chinese ministry China's and a foreign one with its country its own", () => {
    expect(entities("商务部宣布对镓实施出口管制。")).toContain("商务部=actor:mofcom");
    const us = entities("美国商务部宣布了新的出口规定。");
    expect(us).not.toContain("商务部=actor:mofcom");
    expect(us).toContain("美国商务部=actor:美国商务部");
  });

  it("reads no ministry in 部门 (a sector)", () => {
    expect(entities("政府计划扩大对农业和工业部门的投资。").filter((e) => e.includes("部"))).toEqual([]);
  });
});

describe("Chinese firms named after another firm", () => {
  it("reads a known firm and a name of its own before 公司 as the firm it set up, not the firm itself", () => {
    expect(entities("该机构与当地企业等机构共同组建了中广核斯科公司。")).toContain("中广核斯科公司=actor:中广核斯科公司");
  });

  it("leaves a firm's subsidiary or listed arm unnamed when only the relation stands between", () => {
    expect(entities("华友钴业子公司宣布扩产。")).toEqual(["华友钴业=actor:zhejiang-huayou-cobalt"]);
    expect(entities("中国五矿旗下上市公司宣布扩产。")).toEqual(["中国五矿=actor:china-minmetals"]);
  });
});

describe("a Chinese mine named with or without 项目", () => {
  it("is one site", () => {
    const found = entities("青石岭铜矿项目已投产。青石岭铜矿的产量将增加。").filter((e) => e.startsWith("青石岭"));
    expect(new Set(found.map((e) => e.split("=")[1])).size).toBe(1);
  });
});

describe("a Chinese firm's other name in brackets", () => {
  it("is the firm's name wherever the document uses it", () => {
    const found = entities("甲国国家锂业公司(ABC)与乙方签署协议。ABC表示欢迎。").filter((e) => e.startsWith("ABC="));
    expect(new Set(found)).toEqual(new Set(["ABC=actor:甲国国家锂业公司"]));
  });
});
