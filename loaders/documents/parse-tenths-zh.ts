import { allMatches } from "./all-matches.js";
import type { Quantity } from "./types.js";

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * "九成" (nine tenths), "5成以上", "近八成": a share in tenths. The numeral must stand alone before 成 and 成 must not
 * start a word of its own (成本 cost, 成为 become, 成立 found, 成分 component …), which 完成/形成/造成 never reach
 * since a numeral has to come first.
 */
const TENTHS = /(?<![\d一二两兩三四五六七八九十百千万萬亿億])(近|约|約|逾|超过|超過|不到|不足)?([1-9]|[一二两兩三四五六七八九])成(以上|左右|多)?(?![本为為立功品员員果交熟长長型材都绩績套就效形份年人像色核分])/gu;

/** Shares written in tenths ("九成" = 90%) in Chinese text, as quantities in %. */
export function parseTenthsZh(text: string, offset: number): Quantity[] {
  if (!text.includes("成")) return [];
  const found: Quantity[] = [];
  for (const match of allMatches(TENTHS, text)) {
    const numeral = match[2] ?? "";
    const tenths = DIGIT[numeral] ?? Number(numeral);
    const hedge = match[1];
    const tail = match[3];
    const quantity: Quantity = { start: offset + match.index, end: offset + match.index + match[0].length, text: match[0], value: tenths * 10, unit: "%" };
    if (tail === "以上" || tail === "多" || hedge === "逾" || hedge === "超过" || hedge === "超過") quantity.min = quantity.value;
    else if (hedge === "不到" || hedge === "不足") quantity.max = quantity.value;
    else quantity.approximate = true;
    found.push(quantity);
  }
  return found;
}
