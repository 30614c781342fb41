import { describe, expect, it } from "vitest";
import { parseDates } from "../../../loaders/documents/parse-dates.js";
import { parseQuantities } from "../../../loaders/documents/parse-quantities.js";
import { detectLanguage } from "../../../loaders/documents/detect-language.js";
import { findBlocks } from "../../../loaders/documents/find-blocks.js";

describe("quantities", () => {
  it.each([
    ["China produces 270 thousand tons of REM", { value: 270000, unit: "t" }],
    ["only 2.6 thousand tons per year", { value: 2600, unit: "t", perYear: true }],
    ["markets of $430 million", { value: 430e6, unit: "USD" }],
    ["over 700 billion rubles in Siberia", { value: 700e9, unit: "RUB", min: 700e9 }],
    ["accounts for 80-95% of world production", { value: 80, unit: "%", min: 80, max: 95 }],
    ["70% to 90% of global production", { value: 70, unit: "%", min: 70, max: 90 }],
    ["around two-thirds of the world's supply", { value: 66.7, unit: "%", approximate: true }],
    ["less than 1% of the global market", { value: 1, unit: "%", max: 1 }],
    ["does not exceed 1%", { value: 1, unit: "%", max: 1 }],
    ["около 2,6 тыс. тонн", { value: 2600, unit: "t", approximate: true }],
    ["投资27万吨", { value: 270000, unit: "t" }],
    ["€81.25m for the factory", { value: 81.25e6, unit: "EUR" }],
    ["a $430-million equity investment", { value: 430e6, unit: "USD" }],
    ["Peru produced 17Mt of raw zinc", { value: 17e6, unit: "t" }],
    ["a further AUD 300 million ($193.5m) loan", { value: 300e6, unit: "AUD" }],
    ["a C$25 million grant", { value: 25e6, unit: "CAD" }],
    ["output of 160kt a year", { value: 160e3, unit: "t" }],
    ["imports dropped to 311 mt in February", { value: 311, unit: "t" }],
    ["斥资约40.66亿美元收购", { value: 4066000000, unit: "USD", approximate: true }],
    ["交易作價為26.5億美元", { value: 2650000000, unit: "USD" }],
    ["資源量約達31.4萬噸八氧化三鈾", { value: 314000, unit: "t" }],
    ["一度供应全球八成的钨需求", { value: 80, unit: "%", approximate: true }],
    ["进口总量5成以上", { value: 50, unit: "%", min: 50 }],
    ["Квота составляет 18,125 тыс. т.", { value: 18125, unit: "t" }],
    ["до 63,855 тонны", { value: 63.855, unit: "t" }],
    ["a quota of 18,125 tonnes", { value: 18125, unit: "t" }],
    ["мощностью 25 000 т в год", { value: 25000, unit: "t" }],
    ["до 1 200 тыс. т", { value: 1200000, unit: "t", max: 1200000 }],
    ["a plant of 20,000 tpa", { value: 20000, unit: "t", perYear: true }],
    ["room to make 85ktpy of nickel", { value: 85000, unit: "t", perYear: true }],
    ["a 5 Mt/y concentrator", { value: 5e6, unit: "t", perYear: true }],
    ["инвестиции в 1,5 млрд тенге", { value: 1.5e9, unit: "KZT" }],
    ["认购价款462.5万澳元", { value: 4625000, unit: "AUD" }],
    ["запасы превышают 55 тонн", { value: 55, unit: "t", min: 55 }],
    ["доля не превышает 5%", { value: 5, unit: "%", max: 5 }],
    ["产量不超过5万吨", { value: 50000, unit: "t", max: 50000 }],
    ["年产5万吨以上", { value: 50000, unit: "t", min: 50000 }],
    ["产量30万吨左右", { value: 300000, unit: "t", approximate: true }],
    ["10,000 tonnes or more", { value: 10000, unit: "t", min: 10000 }],
    ["2 000 т и более", { value: 2000, unit: "t", min: 2000 }],
  ])("%s", (text, expected) => {
    expect(parseQuantities(text)[0]).toMatchObject(expected);
  });

  it("reads a change by a share to a new level as two figures, not a range", () => {
    const [share, level] = parseQuantities("output rose 4% to 31,000 tonnes");
    expect(share).toMatchObject({ value: 4, unit: "%" });
    expect(share?.max).toBeUndefined();
    expect(level).toMatchObject({ value: 31000, unit: "t" });
  });

  it("leaves no ceiling on a level reached after a change", () => {
    expect(parseQuantities("сократил добычу на 1% - до 10,8 тыс. т")[1]?.max).toBeUndefined();
    expect(parseQuantities("увеличила выпуск более чем в два раза до 87,5 тыс. т")[0]).toMatchObject({ value: 87500, unit: "t" });
    expect(parseQuantities("увеличила выпуск более чем в два раза до 87,5 тыс. т")[0]?.max).toBeUndefined();
  });

  it("reads 成 as tenths only after a numeral and not where it starts a word", () => {
    expect(parseQuantities("公司完成收购，成本上升，三成本地员工")).toEqual([]);
  });

  it("leaves years, dates, times and citation marks alone", () => {
    expect(parseQuantities("In 2024, on 04.03.2025 02:25, as noted [3], it grew")).toEqual([]);
  });

  it("gives offsets whose slice is the quantity's text", () => {
    const text = "Reserves exceed 28.5 million tons, about 20% of the world's.";
    for (const q of parseQuantities(text, 100)) expect(text.slice(q.start - 100, q.end - 100)).toBe(q.text);
  });
});

describe("dates", () => {
  it.each([
    ["in 2024", { year: 2024, preposition: "in" }],
    ["by 2030", { year: 2030, preposition: "by" }],
    ["04.03.2025", { year: 2025, month: 3, day: 4 }],
    ["In December 2024, Beijing", { year: 2024, month: 12 }],
    ["on 3 July 2023", { year: 2023, month: 7, day: 3 }],
    ["в декабре 2024 года", { year: 2024, month: 12 }],
    ["2024年12月", { year: 2024, month: 12 }],
  ])("%s", (text, expected) => {
    expect(parseDates(text)[0]).toMatchObject(expected);
  });
});

describe("language and page furniture", () => {
  it.each([
    ["Rosatom owns the plant.", "en"],
    ["Росатом владеет заводом.", "ru"],
    ["中国占全球稀土产量的约70%。", "zh"],
  ])("%s is %s", (text, language) => expect(detectLanguage(text)).toBe(language));

  it("marks a trailing comments section and headline list as furniture", () => {
    const body = "China produces most rare earths. ".repeat(20);
    const text = `Title of the piece\n\n${body}\n\nComments [1]\n04.03.2025 02:25\nRussia bans everything, says a headline\n  • 04.03 02:58\n  • 7\n`;
    const blocks = findBlocks(text);
    expect(blocks[0]?.role).toBe("title");
    expect(blocks[1]?.role).toBe("body");
    expect(blocks.slice(2).every((b) => b.role === "furniture")).toBe(true);
  });
});
