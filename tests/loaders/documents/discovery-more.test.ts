import { beforeAll, describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase, type KnowledgeBase } from "../../../loaders/documents/index.js";

// Invented firms and sites. The first line of a text is its title, so each text opens with one and the sentence
// under test is body text.

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

const entities = (sentence: string) => extractFromText({ path: "x.txt", text: `Title\n\n${sentence}`, contentHash: "0".repeat(64) }, kb).entities;
const ids = (sentence: string): string[] => entities(sentence).map((e) => e.id);

describe("English firms named by a place or a commodity and a head word", () => {
  it.each([
    ["Norvia Zinc bought a stake in the smelter.", "actor:norvia-zinc"],
    ["Korea Zinc bought a stake in the smelter.", "actor:korea-zinc"],
    ["The plant was sold to Quebec Lithium last year.", "actor:quebec-lithium"],
    ["Shares in Brazilian Rare Earths rose.", "actor:brazilian-rare-earths"],
    ["Lithium Andes Corp said it would drill.", "actor:lithium-andes"],
  ])("%s → %s", (sentence, id) => expect(ids(sentence)).toContain(id));

  it("splits two firms joined by 'and'", () => {
    const found = ids("Talvik Cobalt and Morrow Resource Group signed an offtake.");
    expect(found).toEqual(expect.arrayContaining(["actor:talvik-cobalt", "actor:morrow-resource-group"]));
  });

  it("leaves a demonym and a metal alone", () => {
    expect(ids("Exports of Chinese Lithium rose.").filter((id) => id.startsWith("actor:"))).toEqual([]);
  });
});

describe("Chinese firms, bodies and sites by their closing words", () => {
  it.each([
    ["云溪锂业宣布扩产。", "actor:云溪锂业"],
    ["湖州明石新材料科技有限公司签署协议。", "actor:湖州明石新材料科技有限公司"],
    ["自然资源部下达了开采指标。", "actor:ministry-of-natural-resources-of-china"],
    ["公司收购了Korlan矿山的股份。", "asset:korlan矿山"],
    ["Vantor集团持股。", "actor:vantor集团"],
    ["浙江嵐山鈷業股份有限公司簽署協議。", "actor:浙江嵐山鈷業股份有限公司"],
  ])("%s → %s", (sentence, id) => expect(ids(sentence)).toContain(id));

  it.each([["该项目将提升公司的盈利能力。"], ["双方计划合作建设本项目。"], ["各稀土集团完成了指标。"]])("finds no name in %s", (sentence) => {
    expect(entities(sentence).filter((e) => e.discovered)).toEqual([]);
  });
});
