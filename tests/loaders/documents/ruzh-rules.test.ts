import { beforeAll, describe, expect, it } from "vitest";
import { extractFromText, loadKnowledgeBase, type KnowledgeBase } from "../../../loaders/documents/index.js";
import { factLines } from "./sentence-reader.js";

// Invented Russian and Chinese sentences (our own text, no corpus line), read by the phrase rules alone (no learned
// step), so each case shows what one rule reads and what it must leave.

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});
const rules = (text: string) => factLines(extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb, null));
const entities = (text: string) => extractFromText({ path: "x.txt", text, contentHash: "0".repeat(64) }, kb, null).entities.map((e) => e.id);

describe("Russian rules", () => {
  it("reads a site and the region it lies in, a word or two apart", () => {
    expect(rules("Ловозерский ГОК в Мурманской области начал ремонт.")).toContain("asset:lovozero-gok LOCATED_IN region:ru-murmansk-oblast");
  });

  it("reads «входящий в состав» as the group owning the firm, on either side", () => {
    expect(rules("Завод ВСМПО-Ависма, входящий в состав «Ростеха», открыл склад.")).toContain("actor:rostec OWNS actor:vsmpo-avisma");
  });

  it("reads reserves held without a figure: «содержит запасы», «запасы … в», «с запасами», each listed element", () => {
    const held = rules("Месторождение Томтор кроме скандия содержит запасы бериллия, ниобия и тантала.");
    for (const e of ["nb", "ta", "be"]) expect(held.some((f) => f.endsWith(`HAS_RESERVES element:${e}`))).toBe(true);
    expect(rules("Казахстан обладает запасами урана и вольфрама.")).toEqual(expect.arrayContaining(["country:kz HAS_RESERVES element:u", "country:kz HAS_RESERVES element:w"]));
    expect(rules("Запасы урана в Казахстане уступают лишь австралийским.")).toContain("country:kz HAS_RESERVES element:u");
    expect(rules("Томтор с запасами ниобия и иттрия расположен в Якутии.")).toEqual(expect.arrayContaining(["asset:tomtor HAS_RESERVES element:nb", "asset:tomtor HAS_RESERVES element:y"]));
    // The country after «в» is where the deposit lies, not what holds the reserves.
    const placed = rules("Месторождение Томтор считается крупнейшим в России и кроме скандия содержит запасы тантала и ниобия.");
    expect(placed.filter((f) => f.startsWith("country:ru HAS_RESERVES"))).toEqual([]);
    expect(placed.some((f) => f.endsWith("HAS_RESERVES element:ta"))).toBe(true);
    // A company "содержит" a warehouse, not a deposit's contents.
    expect(rules("Компания ВСМПО-Ависма содержит склад титана.").filter((f) => f.includes("HAS_RESERVES"))).toEqual([]);
  });

  it("reads the owner after «акций которого принадлежит» (dative) and «которой владеет» (nominative)", () => {
    expect(rules("«Алмазная Звезда», 35% акций которой принадлежит Китаю, начала работу.").some((f) => f.startsWith("country:cn OWNS actor:"))).toBe(true);
    const owned = rules("ВСМПО-Ависма, 25% акций которой владеет «Ростех», нарастила выпуск.");
    expect(owned).toContain("actor:rostec OWNS actor:vsmpo-avisma 25%");
    // The trigger word "владеет" after the relative word no longer reads the pair the other way round.
    expect(owned.filter((f) => f.startsWith("actor:vsmpo-avisma OWNS"))).toEqual([]);
  });

  it("reads an investment with the sum after the object: «инвестирует в … N рублей»", () => {
    expect(rules("«Росатом» инвестирует в Колмозерское месторождение 40 млрд рублей.").some((f) => f.startsWith("actor:rosatom INVESTS_IN asset:") && f.includes("40000000000"))).toBe(true);
  });

  it("reads both partners of a joint venture named after a dash, in brackets after «СП», or after the partners", () => {
    for (const text of ["«Полярный литий» (СП «Норникеля» и «Росатома») выиграл аукцион.", "Торги выиграло новое совместное предприятие «Норникеля» и «Росатома» – «Полярный литий»."]) {
      const facts = rules(text);
      expect(facts.some((f) => f.startsWith("actor:rosatom OWNS actor:"))).toBe(true);
      expect(facts.some((f) => f.startsWith("actor:nornickel OWNS actor:"))).toBe(true);
    }
  });

  it("reads no output from the figure an amount is compared with («в сравнении с»)", () => {
    const facts = rules("Добыча урана в Казахстане за квартал составила 6,1 тыс. т в сравнении с 6,4 тыс. т годом ранее.").filter((f) => f.includes("PRODUCES"));
    expect(facts.some((f) => f.includes("6100"))).toBe(true);
    expect(facts.filter((f) => f.includes("6400"))).toEqual([]);
  });

  it("reads a country or firm called the largest producer of an element as its producer", () => {
    expect(rules("Казахстан остаётся самым крупным в мире производителем урана.")).toContain("country:kz PRODUCES element:u");
  });
});

describe("Chinese rules", () => {
  it("reads 位于 after a site word, and the province after a country", () => {
    const facts = rules("Mariana项目位于阿根廷萨尔塔省。");
    expect(facts).toContain("asset:mariana LOCATED_IN country:ar");
    expect(facts).toContain("asset:mariana LOCATED_IN region:ar-salta");
  });

  it("reads a parent before 全资子公司 and after 为…的全资子公司, but not a country before 子公司", () => {
    expect(rules("天齐锂业为盛和资源的全资子公司。")).toContain("actor:shenghe-resources OWNS actor:tianqi-lithium");
    expect(rules("天齐锂业全资子公司Inversiones TLC SpA发布公告。")).toContain("actor:tianqi-lithium OWNS actor:inversiones-tlc");
    expect(rules("智利全资子公司Inversiones TLC SpA发布公告。").filter((f) => f.startsWith("country:cl OWNS"))).toEqual([]);
  });

  it("reads a country called an element's largest producer as its producer, not one named inside the phrase", () => {
    expect(rules("中国也是钨第一大生产国。")).toContain("country:cn PRODUCES element:w");
    expect(rules("印尼是全球最大的镍生产国。")).toContain("country:id PRODUCES element:ni");
    expect(rules("日本是澳大利亚最大的锂买家。").filter((f) => f.includes("PRODUCES"))).toEqual([]);
  });

  it("reads no output, reserves or operations of a ministry: the tonnage beside it is the quota it set", () => {
    expect(rules("工信部确定，今年钨生产总量控制9万吨。").filter((f) => f.startsWith("actor:miit"))).toEqual([]);
    expect(rules("Минпромторг установил квоту на добычу 5 000 т вольфрама.").filter((f) => f.includes("PRODUCES"))).toEqual([]);
  });

  it("reads 我国 in mainland text as China, and 我國 in Taiwan text as nothing", () => {
    expect(rules("澳大利亚向我国供应锰矿。")).toContain("country:au SUPPLIES country:cn");
    expect(entities("台灣表示，我國將加強管制。")).not.toContain("country:cn");
  });
});
