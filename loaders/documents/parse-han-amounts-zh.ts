import { allMatches } from "./all-matches.js";
import type { Quantity, QuantityUnit } from "./types.js";

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIER: Record<string, number> = { 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const UNIT: Record<string, QuantityUnit> = { 吨: "t", 噸: "t", 美元: "USD", 欧元: "EUR", 歐元: "EUR", 元: "CNY", 人民币: "CNY", 人民幣: "CNY" };

/**
 * "两万吨", "十五万吨", "三亿美元": an amount written in Chinese numerals before 千/万/亿 and a unit. Only up to 99 of
 * the multiplier, which is how news writes round figures; a numeral glued to a word before it ("统一万吨") is no
 * amount, so the numeral must not follow another numeral or a Han character of a word ending in 一 (统一, 唯一).
 */
const AMOUNT = /(?<![一二两兩三四五六七八九十百统統唯第])(约|約|近|逾|超过|超過)?([一二两兩三四五六七八九]?十[一二三四五六七八九]?|[一二两兩三四五六七八九])(千|万|萬|亿|億)(吨|噸|美元|欧元|歐元|人民币|人民幣|元)/gu;

function numeral(text: string): number {
  const ten = text.indexOf("十");
  if (ten < 0) return DIGIT[text] ?? 0;
  const tens = ten === 0 ? 1 : (DIGIT[text[0] ?? ""] ?? 0);
  const ones = DIGIT[text.slice(ten + 1)] ?? 0;
  return tens * 10 + ones;
}

/** Amounts in Chinese numerals, as quantities in tonnes or money. */
export function parseHanAmountsZh(text: string, offset: number): Quantity[] {
  if (!/[千万萬亿億]/u.test(text)) return [];
  const found: Quantity[] = [];
  for (const match of allMatches(AMOUNT, text)) {
    const value = numeral(match[2] ?? "") * (MULTIPLIER[match[3] ?? ""] ?? 0);
    const unit = UNIT[match[4] ?? ""];
    if (value <= 0 || !unit) continue;
    const quantity: Quantity = { start: offset + match.index, end: offset + match.index + match[0].length, text: match[0], value, unit };
    if (match[1] === "逾" || match[1] === "超过" || match[1] === "超過") quantity.min = value;
    else if (match[1]) quantity.approximate = true;
    found.push(quantity);
  }
  return found;
}
