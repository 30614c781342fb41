import { describe, expect, it } from "vitest";
import { MentionCoverage } from "../../../loaders/documents/mention-coverage.js";
import { caseFormsPattern, sameRussianName } from "../../../loaders/documents/russian-case.js";
import type { Mention } from "../../../loaders/documents/types.js";
import { sentenceReader } from "./sentence-reader.js";

// Invented Russian and Chinese sentences (our own text, no corpus line): organisations in quotes in every case form,
// Latin firm names, owners by name, Chinese sites and references, each with a case that must not be read.

const { extract } = sentenceReader();
const entities = (text: string) => extract(text).entities;
const named = (text: string, name: string) => entities(text).filter((e) => e.name === name);

describe("Russian organisations in quotation marks", () => {
  it("reads every case form of a quoted name as one organisation, named in the nominative", () => {
    const text = "ООО «Северный Вольфрам» начало добычу. Акции «Северного Вольфрама» выросли. Инвесторы довольны «Северным Вольфрамом».";
    const found = named(text, "Северный Вольфрам");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: "actor:северныи-вольфрам", kind: "Actor", discovered: true });
    expect(found[0]?.mentions).toHaveLength(3);
  });

  it("finds the name unquoted once it was quoted, and keeps an element word inside it part of the name", () => {
    const text = "Компания «Байкальский литий» получила лицензию. Байкальский литий планирует добывать литий с 2030 года.";
    const all = entities(text);
    expect(all.find((e) => e.name === "Байкальский литий")?.mentions).toHaveLength(2);
    // The last "литий" is the element, the quoted one is not.
    expect(all.find((e) => e.id === "element:li")?.mentions).toHaveLength(1);
  });

  it("reads straight quotes and a site word before the quotes as a site", () => {
    const found = entities('Лицензия на месторождение "Светлый Ключ" досталась АО "Горный Альянс".');
    expect(found.find((e) => e.name === "Светлый Ключ")?.kind).toBe("Asset");
    expect(found.find((e) => e.name === "Горный Альянс")?.kind).toBe("Actor");
  });

  it("reads a quote listed after a site's quote as a site, and leaves mastheads, formats and places in quotes", () => {
    const found = entities("Лицензии на месторождения «Белая Гора» и «Сухой Лог-2» выставят на торги.");
    expect(found.filter((e) => e.kind === "Asset").map((e) => e.name)).toEqual(["Белая Гора", "Сухой Лог-2"]);
    const none = entities("Об этом сообщили «Новости.Металлы». Форум «Россия – Африка» прошёл в Сочи. Участок в районе «Красная Горка» осмотрели.");
    expect(none.filter((e) => e.kind === "Actor" || e.kind === "Asset")).toEqual([]);
  });

  it("reads a known organisation in quotes as the known one", () => {
    expect(entities("Госкорпорация «Росатом» расширит производство.").map((e) => e.id)).toContain("actor:rosatom");
  });

  it("does not take newspapers, laws or quoted speech for organisations", () => {
    const text = "Об этом пишет «Вечерний Курьер». Закон «О недрах» изменили. Он сказал: «Мы начнём работу в мае, если всё будет готово».";
    expect(entities(text).filter((e) => e.kind === "Actor")).toEqual([]);
  });
});

describe("Latin firm names in Russian and Chinese text", () => {
  it("reads a Latin name with a legal form as one firm, the country word inside it included", () => {
    const found = entities("Соглашение подписала японская компания Hokuto Trading Japan Ltd. в Астане.");
    expect(found.map((e) => e.name)).toContain("Hokuto Trading Japan Ltd.");
    expect(found.filter((e) => e.id === "country:jp").flatMap((e) => e.mentions.map((m) => m.text))).not.toContain("Japan");
  });

  it("takes a short form in brackets as the same firm", () => {
    const text = "Холдинг Altai Mining Group (AMG) купил завод. Позже AMG продал долю.";
    const firm = entities(text).find((e) => e.name === "Altai Mining Group");
    expect(firm?.mentions.map((m) => m.text)).toEqual(["Altai Mining Group", "AMG", "AMG"]);
  });

  it("reads a model number after a firm as no part of its name, and a site word before a Latin name as a site", () => {
    const found = entities("Компания Airbus поставит самолёты Airbus 320 и Airbus 350. Добыча на руднике Morila Gold выросла, Morila Gold расширят.");
    expect(found.filter((e) => e.kind === "Actor").map((e) => e.name)).toEqual(["Airbus"]);
    expect(found.find((e) => e.name === "Morila Gold")?.kind).toBe("Asset");
  });

  it("leaves a lone Latin word that appears once, tickers and units alone", () => {
    const found = entities("Сделку оценили в 20 млн USD, пишет Minerals. Акции MOEX выросли.");
    expect(found.filter((e) => e.kind === "Actor")).toEqual([]);
  });

  it("reads a Latin name and 矿 as a mine, and a Latin name before 公司 as the firm itself", () => {
    const found = entities("据报道，Borealis Metals公司计划明年扩建位于该国南部的Kivu Hill矿，并提高铜钴产量。");
    expect(found.find((e) => e.name === "Kivu Hill矿")?.kind).toBe("Asset");
    expect(found.find((e) => e.name === "Borealis Metals")?.kind).toBe("Actor");
  });
});

describe("Russian owners by name", () => {
  it("reads a person in an oblique case in an ownership sentence, named in the nominative", () => {
    const found = entities("Контрольный пакет принадлежит структурам бизнесмена Геннадия Соколова.");
    expect(found.find((e) => e.kind === "Actor")).toMatchObject({ name: "Геннадий Соколов", discovered: true });
  });

  it("reads a person in the genitive right after a firm as its owner, and a Latin word before a name does not hide it", () => {
    expect(entities("Холдинг «Северсталь-Инвест» Бориса Орлова подал апелляцию.").map((e) => e.name)).toContain("Борис Орлов");
    expect(entities("Фонд Beringia Сергея Лаптева выкупил долю.").map((e) => e.name)).toContain("Сергей Лаптев");
  });

  it("does not read officials or people in sentences without ownership", () => {
    expect(entities("Министр Игорь Петров посетил завод и похвалил рабочих.").filter((e) => e.kind === "Actor")).toEqual([]);
    expect(entities("По словам министра Игоря Петрова, совладелец компании готов продать долю.").filter((e) => e.kind === "Actor")).toEqual([]);
  });
});

describe("state bodies written out", () => {
  it("reads a Russian ministry or service with its field and country, named in the nominative", () => {
    const found = entities("Представитель министерства горной промышленности Монголии заявил о росте. По оценке Геологической службы Канады, запасы велики.");
    expect(found.map((e) => e.name)).toEqual(expect.arrayContaining(["Министерство горной промышленности Монголии", "Геологическая служба Канады"]));
    expect(found.find((e) => e.name.startsWith("Министерство"))).toMatchObject({ kind: "Actor", discovered: true });
  });

  it("does not read a bare ministry or a ministry followed by a verb as a named body", () => {
    expect(entities("Министерство заявило о планах. Министерство сообщило подробности.").filter((e) => e.kind === "Actor")).toEqual([]);
  });

  it("reads a Chinese country's parliament, cabinet or embassy as a body, not as the country", () => {
    const found = entities("蒙古国议会通过了新的矿业法。加拿大驻蒙古国大使馆表示欢迎。");
    expect(found.map((e) => e.name)).toEqual(expect.arrayContaining(["蒙古国议会", "加拿大驻蒙古国大使馆"]));
  });

  it("reads a firm's name holding 和 when only an element word would be left after it", () => {
    expect(entities("江苏永和稀土股份有限公司签署协议。").map((e) => e.name)).toContain("江苏永和稀土股份有限公司");
    expect(entities("锂和稀土公司数量很多。").filter((e) => e.kind === "Actor")).toEqual([]);
  });
});

describe("Chinese sites and references", () => {
  it("reads a short name holding a country before 项目 as a project", () => {
    const found = entities("由两家企业共同投资的华兴印尼项目已投产。");
    expect(found.find((e) => e.name === "华兴印尼项目")?.kind).toBe("Asset");
  });

  it("reads a short place name and its ore as a mine, not a mineral, a scope word or a place's mines", () => {
    expect(entities("据报道，白岭钨矿的产量去年下降。").find((e) => e.name === "白岭钨矿")?.kind).toBe("Asset");
    expect(entities("双峰铀矿项目预计明年投产。").find((e) => e.name === "双峰铀矿项目")?.kind).toBe("Asset");
    for (const text of ["该厂使用褐铁矿作为原料。", "全球第三大铜矿位于智利。", "江西钨矿资源丰富。", "公司拥有铜矿和镍矿。"]) {
      expect(entities(text).filter((e) => e.kind === "Asset")).toEqual([]);
    }
  });

  it("reads a country's element trade word as a firm, but not a country's industry or 控股 as a verb", () => {
    expect(entities("蒙古铜业控股该矿。").map((e) => e.name)).toContain("蒙古铜业");
    expect(entities("中国矿业发展迅速。").filter((e) => e.kind === "Actor")).toEqual([]);
  });

  it("finds a firm the base knows behind a Latin name with accents and a legal form", () => {
    expect(entities("天齐锂业收购了Sociedad Química y Minera de Chile S.A.的部分股权，双方签署协议。").map((e) => e.id)).toContain("actor:sqm");
  });

  it("reads a firm's short head as the firm once the full name was read, but not inside another name", () => {
    const found = entities("华友钴业发布公告。华友持有该项目股权。华友国际有限公司是其子公司。");
    expect(found.find((e) => e.id === "actor:zhejiang-huayou-cobalt")?.mentions.map((m) => m.text)).toEqual(["华友钴业", "华友"]);
    expect(found.map((e) => e.name)).toContain("华友国际有限公司");
  });

  it("names a Latin site by its Latin name, and reads 控股 before an object as a verb", () => {
    const found = entities("公司宣布，Tarkwa项目位于加纳西部，预计年内投产。");
    expect(found.find((e) => e.kind === "Asset")?.name).toBe("Tarkwa");
    expect(entities("蒙古国矿业集团正式控股该矿。").map((e) => e.name)).not.toContain("正式控股");
  });

  it("resolves a bare 公司 in an announcement to the company it is about", () => {
    const text = "天齐锂业发布公告。天齐锂业表示产量增长。天齐锂业董事会通过决议。公司拟出售部分股权。";
    const firm = entities(text).find((e) => e.id === "actor:tianqi-lithium");
    expect(firm?.mentions.map((m) => m.text)).toContain("公司");
  });

  it("does not resolve 公司 inside a legal name or after 子", () => {
    const text = "天齐锂业发布公告。天齐锂业表示产量增长。天齐锂业董事会通过决议。其子公司运营正常。";
    const firm = entities(text).find((e) => e.id === "actor:tianqi-lithium");
    expect(firm?.mentions.map((m) => m.text)).not.toContain("公司");
  });

  it("resolves 该矿 to the mine and 该国 to the country named before, but not 该矿业公司", () => {
    const found = entities("Kvanefjeld项目位于格陵兰南部。该矿储量巨大，该矿业公司表示。");
    expect(found.find((e) => e.id === "asset:kvanefjeld")?.mentions.map((m) => m.text)).toEqual(["Kvanefjeld项目", "该矿"]);
    const country = entities("印尼禁止出口镍矿。该国是镍生产大国。").find((e) => e.id === "country:id");
    expect(country?.mentions.map((m) => m.text)).toContain("该国");
  });

  it("resolves a bare «месторождение» to the deposit named before", () => {
    const found = entities("Томторское месторождение открыто давно. Месторождение расположено в Якутии.");
    expect(found.find((e) => e.id === "asset:tomtor")?.mentions).toHaveLength(2);
  });

  it("reads 刚果(金) as the Democratic Republic of the Congo", () => {
    expect(entities("刚果(金)宣布延长钴出口禁令。").map((e) => e.id)).toContain("country:cd");
  });

  it("reads a firm whose name holds 金矿 across its trade word, after a written-out date", () => {
    const found = entities("2024年3月8日紫金矿业发布公告。");
    expect(found.find((e) => e.id === "actor:zijin-mining")?.mentions.map((m) => m.text)).toEqual(["紫金矿业"]);
    expect(found.map((e) => e.id)).not.toContain("element:au");
    expect(entities("6月2日华兴锂业宣布扩产。").map((e) => e.name)).toContain("华兴锂业");
  });

  it("reads a bare transliterated name before a mine or salt-lake word as a site, but not a scope word", () => {
    expect(entities("当地的卡洛维矿场年产石墨5万吨。").find((e) => e.name === "卡洛维矿场")?.kind).toBe("Asset");
    expect(entities("阿根廷的奥拉罗斯盐湖储量可观。").find((e) => e.name === "奥拉罗斯盐湖")?.kind).toBe("Asset");
    expect(entities("公司拥有重点矿区和大型矿山。").filter((e) => e.kind === "Asset")).toEqual([]);
  });

  it("reads a project named with its metals and process, after verbs, and joins its shorter name to it", () => {
    expect(entities("华友钴业在印尼投资建设华兴镍钴湿法项目。").map((e) => e.name)).toContain("华兴镍钴湿法项目");
    const site = entities("由两家企业投资的华兴印尼项目开工。华兴印尼镍钴湿法项目设计年产镍3万吨。").filter((e) => e.kind === "Asset");
    expect(site.map((e) => e.name)).toEqual(["华兴印尼镍钴湿法项目"]);
    expect(site[0]?.mentions.map((m) => m.text)).toEqual(["华兴印尼项目", "华兴印尼镍钴湿法项目"]);
    expect(entities("公司投资建设镍钴湿法项目。").filter((e) => e.kind === "Asset")).toEqual([]);
  });

  it("reads a known firm's consortium as a firm of its own", () => {
    expect(entities("宁德时代联合体中标。").map((e) => e.name)).toEqual(["宁德时代联合体"]);
  });

  it("reads a full legal name with a bracketed 集团 as the known firm, but a subsidiary's name as its own firm", () => {
    const found = entities("指标下达给华兴稀土股份有限公司、中国北方稀土(集团)高科技股份有限公司。");
    expect(found.map((e) => e.id)).toEqual(expect.arrayContaining(["actor:china-northern-rare-earth"]));
    expect(found.map((e) => e.name)).toContain("华兴稀土股份有限公司");
    expect(found.map((e) => e.name)).not.toContain("高科技股份有限公司");
    expect(entities("中广核铀业发展有限公司负责运营。").map((e) => e.id)).not.toContain("actor:cgn");
  });

  it("reads a legal name holding an exchange or trade word too long for a name of its own as one firm", () => {
    const names = entities("远山集团持有湖北远山稀有金属交易所有限责任公司、远山锦程稀土新材料科技有限公司的股权。").map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["湖北远山稀有金属交易所有限责任公司", "远山锦程稀土新材料科技有限公司"]));
    expect(names).not.toContain("科技有限公司");
    expect(names).not.toContain("Hubei");
  });

  it("reads a firm founded in the sentence without the founding verb before its name", () => {
    expect(named("华友钴业于2019年组建华友锂业发展有限公司。", "华友锂业发展有限公司")).toHaveLength(1);
    expect(named("两家公司共同設立了遠山鋰業有限公司。", "遠山鋰業有限公司")).toHaveLength(1);
  });

  it("reads Chinese ministries by name and MIIT by its short form", () => {
    expect(entities("工信部和自然资源部联合发布通知。").map((e) => e.id)).toEqual(["actor:miit", "actor:ministry-of-natural-resources-of-china"]);
  });
});

describe("Russian case forms", () => {
  it("tells case forms of one name from other names, and finds them in text", () => {
    expect(sameRussianName("Полярный литий", "Полярного лития")).toBe(true);
    expect(sameRussianName("Северным Вольфрамом", "Северный Вольфрам")).toBe(true);
    expect(sameRussianName("Талко Голд", "Талко")).toBe(false);
    expect(sameRussianName("Роснефть", "Роснедра")).toBe(false);
    expect("Акции Роснефти и Роснефтью".match(caseFormsPattern("Роснефть"))).toEqual(["Роснефти", "Роснефтью"]);
    expect("Роснефтегаз".match(caseFormsPattern("Роснефть"))).toBeNull();
  });
});

describe("mention coverage", () => {
  const mention = (start: number, end: number, id: string): Mention => ({ entity: { id, kind: "Actor", name: id, node: {} }, start, end, text: id, via: "form", confidence: 1 });

  it("answers which mentions cover a span, and forgets a removed one", () => {
    const a = mention(0, 4, "a");
    const b = mention(6, 10, "b");
    const coverage = new MentionCoverage(12, [a, b]);
    expect(coverage.within(3, 7).map((m) => m.entity.id)).toEqual(["a", "b"]);
    expect(coverage.taken(4, 6)).toBe(false);
    expect(coverage.at(9)?.entity.id).toBe("b");
    coverage.remove(b);
    expect(coverage.taken(6, 10)).toBe(false);
    coverage.add(mention(5, 7, "c"));
    expect(coverage.within(0, 12).map((m) => m.entity.id)).toEqual(["a", "c"]);
  });
});
