import { describe, expect, it } from "vitest";
import { sentenceReader } from "./sentence-reader.js";

// Invented Chinese sentences (our own text, no corpus line): the speaker a bare 公司 refers to, a Latin site named
// again without its site word, a Latin mine name after a verb, and a name defined in place with 以下简称/全称.

const { extract } = sentenceReader();
const entities = (text: string) => extract(text).entities;
const mentionsOf = (text: string, id: string) => entities(text).find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];

describe("a bare 公司 in a retold announcement", () => {
  it("is the firm that announced, even when its partner is named more often", () => {
    const text = "华友钴业发布公告称,与淡水河谷印尼签署协议。淡水河谷印尼将提供矿石。淡水河谷印尼还将入股。华友钴业表示,公司将建设该项目。";
    expect(mentionsOf(text, "actor:zhejiang-huayou-cobalt")).toContain("公司");
    expect(mentionsOf(text, "actor:vale-indonesia")).not.toContain("公司");
  });

  it("stays unread before any firm has spoken", () => {
    const text = "华友钴业与淡水河谷印尼签署协议。同日,公司召开会议。";
    const referred = entities(text).flatMap((e) => e.mentions.filter((m) => m.text === "公司"));
    expect(referred).toEqual([]);
  });
});

describe("Latin site names in Chinese text", () => {
  it("reads a Latin name alone as the site it named with a mine word earlier", () => {
    const text = "某公司将扩建Kalunga Hills矿。该公司持有Kalunga Hills的60%股份。";
    const sites = entities(text).filter((e) => e.kind === "Asset");
    expect(sites).toHaveLength(1);
    expect(sites[0]?.mentions.map((m) => m.text)).toEqual(["Kalunga Hills矿", "Kalunga Hills"]);
    expect(entities(text).some((e) => e.kind === "Actor" && e.name === "Kalunga Hills")).toBe(false);
  });

  it("takes the whole Latin name before an ore word, not the verb character before it", () => {
    const text = "紫金矿业目前在秘鲁运营XYZ铜金矿。";
    expect(entities(text).filter((e) => e.kind === "Asset").map((e) => e.name)).toEqual(["XYZ铜金矿"]);
  });

  it("lets 该矿 reach back five sentences to the site", () => {
    const text = "某公司将扩建Kalunga Hills矿。铜价上涨。钴价上涨。镍价下跌。市场平稳。该矿去年生产了2万吨铜。";
    expect(mentionsOf(text, "asset:kalunga-hills矿")).toContain("该矿");
  });
});

describe("names defined in place", () => {
  it("reads a short name given with 以下简称 as the full name's firm", () => {
    const text = "Northwind Minerals Ltd(以下简称“NWM公司”)宣布扩产。NWM公司计划明年投产。";
    const firm = entities(text).find((e) => e.name === "Northwind Minerals Ltd");
    expect(firm?.mentions.map((m) => m.text)).toEqual(["Northwind Minerals Ltd", "NWM公司", "NWM公司"]);
  });

  it("reads a quoted name that starts with a parent's short name as the subsidiary the sentence defines", () => {
    // 赣锋 alone is 赣锋锂业's short name; 赣锋环球 is the subsidiary defined in place, here and later.
    const text = "赣锋锂业宣布,全资子公司赣锋环球有限公司(下称“赣锋环球”)将收购一家公司。赣锋环球旗下拥有一个项目。赣锋持有该项目。";
    const subsidiary = entities(text).find((e) => e.name === "赣锋环球有限公司");
    expect(subsidiary?.mentions.map((m) => m.text)).toEqual(["赣锋环球有限公司", "赣锋环球", "赣锋环球"]);
    expect(mentionsOf(text, "actor:ganfeng-lithium")).toEqual(["赣锋锂业", "赣锋"]);
  });

  it("reads a full name given with 全称 from after that word, 自由 within it, as the short name's firm", () => {
    const text = "远山公司公告称,ABX全称自由山麦克林公司,为上市公司。ABX市值达到10亿美元。";
    const firm = entities(text).find((e) => e.name === "自由山麦克林公司");
    expect(firm?.mentions.map((m) => m.text)).toEqual(["ABX", "自由山麦克林公司", "ABX"]);
  });

  it("leaves two names the reference base knows apart", () => {
    const text = "华友钴业(以下简称“洛阳钼业”)宣布扩产。";
    const ids = entities(text).map((e) => e.id);
    expect(ids).toContain("actor:zhejiang-huayou-cobalt");
    expect(ids).toContain("actor:cmoc");
  });
});
