import type { Quantity, QuantityUnit } from "./types.js";
import { allMatches } from "./all-matches.js";
import { parseTenthsZh } from "./parse-tenths-zh.js";
import { parseHanAmountsZh } from "./parse-han-amounts-zh.js";

// Han characters may touch a number ("约70%") or its unit ("14%的股份"); Latin and Cyrillic letters make it part
// of a name ("TDM96") or a longer word ("tonnes" is not "t").
// Russian groups thousands with a plain space ("25 000 т", "1 200 тыс. т"): read so only before a Russian unit or
// multiplier, where "25" and "000 т" would otherwise be two numbers and the tonnage 0.
const NUMBER = /(?<![A-Za-z\u00c0-\u024f\u0400-\u04ff\d.,:])(\d{1,3}(?: \d{3})+(?:,\d+)?(?=\s*(?:тыс|млн|млрд|тонн|т(?![\p{L}])|рубл|долл|евро|тенге|унци))|\d{1,3}(?:(?:,|\u00a0|\u202f)\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\d])/gu;
// "$650-million": a hyphen may join the number to its multiplier word.
const MULTIPLIER =
  /^(?:\s*|-)(?:(thousands?|millions?|billions?|trillions?|mln|mn|bn|bln|k|m|тыс(?:яч[аи]?)?\.?|млн\.?|миллион(?:а|ов)?|млрд\.?|миллиард(?:а|ов)?)(?![\p{L}])\.?|(万|萬|亿|億|千))/iu;
const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^(thousands?|k|тыс|千)/i, 1e3],
  [/^(millions?|mln|mn|m|млн|миллион)/i, 1e6],
  [/^(billions?|bn|bln|млрд|миллиард)/i, 1e9],
  [/^trillion/i, 1e12],
  [/^[万萬]/, 1e4],
  [/^[亿億]/, 1e8],
];
const UNIT =
  /^\s*(%|％|percent|per cent|процент(?:а|ов)?|metric tons|tonnes|tonne|tons|ton|tones|tone|(?:kt|Mt|t)(?:pa|py|\/y|\/a|\/yr)|kt|Mt|t|kg|kilograms?|тонн[аы]?|т|吨|rubles|roubles|рубл(?:ей|я|ь)|руб\.?|₽|dollars|долларов|долл\.?|euros?|евро|тенге|yuan)(?![A-Za-z\u00c0-\u024f\u0400-\u04ff])|^\s*(吨|噸|美元|欧元|歐元|澳元|加元|元|人民币|人民幣)/iu;
const CURRENCY_BEFORE = /(US\$|A\$|AU\$|C\$|CA\$|\$|€|¥|USD\s?|EUR\s?|RUB\s?|AUD\s?|CAD\s?)\s?$/;
const RANGE_TAIL = /^\s*(%|percent)?\s*(?:-|–|—|to|до)\s*(?:US\$|\$|€)?(\d+(?:[.,]\d+)?)(?![\d])/iu;
/** After a range's second number: a share whose first number carried its % must close with one too. */
const SHARE_CLOSE = /^\s*(?:%|percent)/iu;
const UNIT_RANGE_TAIL = /^\s*(?:-|–|—|to)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(metric tons|tonnes|tonne|tons)(?![A-Za-z])/iu;
const PER_YEAR = /^\s*(?:per year|a year|per annum|annually|each year|every year|\/\s?yr|в год|ежегодно|每年)/i;
const QUALIFIER =
  /(about|around|approximately|approx\.|roughly|nearly|almost|some|close to|up to|more than|over|above|exceeds?|exceeding|in excess of|at least|less than|under|below|fewer than|no more than|not more than|does not exceed|do not exceed|not exceed|at most|около|примерно|почти|порядка|более|свыше|больше|менее|меньше|не превыша(?:ет|ют)|превыша(?:ет|ют|ть)|превысит|превысят|превысил[аио]?|до|约|近|不超过|不超過|超过|超過|逾|不足|不到)\s*$/i;
/** A hedge written after the figure: "5万吨以上", "30万吨左右", "10,000 tonnes or more". */
const QUALIFIER_AFTER = /^\s*(?:(以上|之上|or more|and above|and more|и более|и выше)|(左右|上下|or so))/iu;
/** "увеличила выпуск в два раза до 87,5 тыс. т", "выросла на 5% до …": after a change, "до" is the level reached. */
const CHANGE_BEFORE_RU = /(?:вырос|выросл|увелич|нарасти|нарастил|сократ|сниз|снижен|упал|упад|повыс|рост|раза|%)[^.;]{0,40}$/iu;
const FRACTIONS: Array<[RegExp, number]> = [
  [/\b(two[- ]thirds)\b/gi, 66.7],
  [/\b(three[- ]quarters)\b/gi, 75],
  [/\b(one[- ]third|a third)\b/gi, 33.3],
  [/\b(one[- ]quarter|a quarter)\b/gi, 25],
  [/\b(half)\b/gi, 50],
  [/(две трети)/gi, 66.7],
  [/(половин[аыу])/gi, 50],
  [/(三分之二)/g, 66.7],
  [/(一半)/g, 50],
];

/** Each fraction above contains one of these, so a sentence without any skips the nine scans. */
const FRACTION_WORD = /third|quarter|half|трет|половин|三分之二|一半/i;

function unitOf(raw: string): QuantityUnit | undefined {
  const u = raw.toLowerCase();
  if (/^(%|％|percent|per cent|процент)/.test(u)) return "%";
  if (/^(kg|kilogram)/.test(u)) return "kg";
  // Before tonnes: "тенге" starts with the Cyrillic "т" of a tonne.
  if (/^тенге/.test(u)) return "KZT";
  if (/^(metric tons|tonne|ton|tone|t|kt|mt|тонн|т|吨|噸)/i.test(raw)) return "t";
  if (/^(rub|roub|руб|₽)/.test(u)) return "RUB";
  if (/^(dollar|доллар|долл)/.test(u)) return "USD";
  if (/^(euro|евро|欧元|歐元)/.test(u)) return "EUR";
  if (/^澳元/.test(u)) return "AUD";
  if (/^加元/.test(u)) return "CAD";
  if (/^美元/.test(u)) return "USD";
  if (/^(yuan|元|人民币|人民幣)/.test(u)) return "CNY";
  return undefined;
}

const MONEY_UNITS: ReadonlySet<string> = new Set<QuantityUnit>(["USD", "EUR", "RUB", "CNY", "AUD", "CAD", "KZT"]);

/** A sum of money, as against a mass or a share. */
export function isMoneyUnit(unit: string | null | undefined): boolean {
  return unit !== null && unit !== undefined && MONEY_UNITS.has(unit);
}

function currencyOf(symbol: string): QuantityUnit | undefined {
  if (/^A|AUD/.test(symbol)) return "AUD";
  if (/^C|CAD/.test(symbol)) return "CAD";
  if (/\$|USD/.test(symbol)) return "USD";
  if (/€|EUR/.test(symbol)) return "EUR";
  if (/RUB/.test(symbol)) return "RUB";
  if (/¥/.test(symbol)) return "CNY";
  return undefined;
}

/** A Russian multiplier or unit: before one, "18,125 тыс. т" and "63,855 тонны" have a decimal comma. */
const CYRILLIC_AFTER = /^\s*(?:тыс|млн|млрд|миллиард|миллион|тонн|т(?![\p{L}])|процент|рубл|долл|евро|тенге|унци)/iu;

function parseNumber(raw: string, after = ""): number {
  // "2,6" (one or two digits after the comma) is a decimal comma; "2,600" groups thousands, except in Russian,
  // which groups with spaces.
  if (/^\d+,\d{1,2}$/.test(raw) || (/^\d{1,3},\d{3}$/.test(raw) && CYRILLIC_AFTER.test(after))) return Number(raw.replace(",", "."));
  if (/^\d{1,3}(?: \d{3})+,\d+$/.test(raw)) return Number(raw.replace(/ /g, "").replace(",", "."));
  return Number(raw.replace(/[, \u00a0\u202f]/g, ""));
}

function qualify(quantity: Quantity, qualifier: string): void {
  const q = qualifier.toLowerCase();
  if (/^(up to|less than|under|below|fewer than|no more than|not more than|does not exceed|do not exceed|not exceed|at most|менее|меньше|не превыша(?:ет|ют)|до|不超过|不超過|不足|不到)$/.test(q)) quantity.max = quantity.value;
  else if (/^(more than|over|above|exceeds?|exceeding|in excess of|at least|более|свыше|больше|превыша|превыс|超过|超過|逾)/.test(q)) quantity.min = quantity.value;
  else quantity.approximate = true;
}

/**
 * Numbers with their multiplier, unit, range and hedge: "270 thousand tons" → 270000 t, "$430 million",
 * "700 billion rubles", "80-95%", "more than 95%", "two-thirds". Years and dates are left to parseDates.
 */
export function parseQuantities(text: string, offset = 0): Quantity[] {
  const found: Quantity[] = [];
  let covered = 0;
  for (const match of allMatches(NUMBER, text)) {
    const raw = match[1] ?? "";
    let start = match.index;
    if (start < covered) continue;
    let end = start + raw.length;
    const after = text.slice(end);
    if (/^[.:]\d/.test(after) || /^\]/.test(after) || /\[$/.test(text.slice(0, start))) continue; // dates, times, citation marks
    let value = parseNumber(raw, after);
    let max: number | undefined;
    let unitRaw: string | undefined;
    const range = RANGE_TAIL.exec(after);
    // "rose 4% to 31,000 tonnes", "выросла на 5,5% до 12,4 тыс. т": a change by a share to a new level.
    const changeByShare = range?.[1] !== undefined && !SHARE_CLOSE.test(after.slice(range[0].length));
    if (range?.[2] && !changeByShare) {
      const second = parseNumber(range[2]);
      const bothYears = value >= 1800 && value <= 2100 && second >= 1800 && second <= 2100;
      if (second > value && !bothYears) {
        max = second;
        end += range[0].length;
      }
    }
    let multiplier = 1;
    const mult = MULTIPLIER.exec(text.slice(end));
    const unitFirst = UNIT.exec(text.slice(end));
    if (mult && !(unitFirst && unitFirst[0].length >= mult[0].length)) {
      const word = (mult[1] ?? mult[2] ?? "").toLowerCase();
      multiplier = MULTIPLIERS.find(([p]) => p.test(word))?.[1] ?? 1;
      end += mult[0].length;
    }
    const unitMatch = UNIT.exec(text.slice(end));
    if (unitMatch?.[1] ?? unitMatch?.[2]) {
      unitRaw = unitMatch[1] ?? unitMatch[2];
      end += unitMatch[0].length;
      // "22Mt", "160kt": million and thousand tonnes. Only as written so: a lower-case "mt" is metric tonnes.
      if (multiplier === 1 && /^Mt/.test(unitRaw ?? "")) multiplier = 1e6;
      else if (multiplier === 1 && /^kt/i.test(unitRaw ?? "")) multiplier = 1e3;
    }
    let unit = unitRaw ? unitOf(unitRaw) : undefined;
    // "6,420 tonnes to 7,180 tonnes": a range whose bounds each carry the unit; "from 5,000 tonnes to 8,000 tonnes" is a change.
    const repeated = max === undefined && unitRaw && !/from\s*$/i.test(text.slice(Math.max(0, start - 6), start)) ? UNIT_RANGE_TAIL.exec(text.slice(end)) : null;
    if (repeated?.[1] && unitOf(repeated[2] ?? "") === unit) {
      const second = parseNumber(repeated[1]);
      if (second > value) {
        max = second;
        end += repeated[0].length;
      }
    }
    const before = text.slice(Math.max(0, start - 30), start);
    const currency = CURRENCY_BEFORE.exec(before);
    if (currency?.[1] && !unit) {
      unit = currencyOf(currency[1]);
      start -= currency[0].length;
    }
    // A bare four-digit year is a date, not a quantity.
    if (!unit && multiplier === 1 && max === undefined && /^(1[89]|20)\d{2}$/.test(raw)) continue;
    if (!unit && multiplier === 1 && value < 10 && !/^\s*(tons|t\b)/.test(after)) continue;
    // 40.66 × 1e8 is 4065999999.9999995 in binary; twelve significant digits keep what the text says.
    value = multiplier === 1 ? value : Number((value * multiplier).toPrecision(12));
    const quantity: Quantity = { start: offset + start, end: offset + end, text: "", value, unit };
    if (max !== undefined) {
      quantity.min = value;
      quantity.max = Number((max * multiplier).toPrecision(12));
    }
    // "20,000 tpa", "85ktpy", "5 Mt/y": the unit itself says per year.
    if (PER_YEAR.exec(text.slice(end)) || /^(?:kt|Mt|t)(?:pa|py|\/)/i.test(unitRaw ?? "")) quantity.perYear = true;
    const qualifier = QUALIFIER.exec(text.slice(Math.max(0, start - 25), start));
    // "сократила на 1% - до 10,8 тыс. т": after a change, "до" is the level reached, not a ceiling.
    const levelReached = qualifier?.[1]?.toLowerCase() === "до" && CHANGE_BEFORE_RU.test(text.slice(Math.max(0, start - qualifier[0].length - 60), start - qualifier[0].length));
    if (qualifier?.[1] && quantity.max === undefined && !levelReached) {
      qualify(quantity, qualifier[1]);
      quantity.start = offset + start - qualifier[0].length;
    }
    const hedgeAfter = quantity.max === undefined && quantity.min === undefined && !quantity.approximate ? QUALIFIER_AFTER.exec(text.slice(end)) : null;
    if (hedgeAfter?.[1]) quantity.min = quantity.value;
    else if (hedgeAfter?.[2]) quantity.approximate = true;
    quantity.text = text.slice(quantity.start - offset, quantity.end - offset);
    covered = end;
    found.push(quantity);
  }
  if (FRACTION_WORD.test(text)) {
    for (const [pattern, value] of FRACTIONS) {
      for (const match of allMatches(pattern, text)) {
        const start = match.index;
        const end = start + match[0].length;
        if (found.some((q) => q.start - offset < end && start < q.end - offset)) continue;
        const quantity: Quantity = { start: offset + start, end: offset + end, text: match[0], value, unit: "%", approximate: true };
        const qualifier = QUALIFIER.exec(text.slice(Math.max(0, start - 25), start));
        if (qualifier?.[1]) {
          qualify(quantity, qualifier[1]);
          quantity.start -= qualifier[0].length;
          quantity.text = text.slice(quantity.start - offset, end);
        }
        found.push(quantity);
      }
    }
  }
  for (const tenths of parseTenthsZh(text, offset)) if (!found.some((q) => q.start < tenths.end && tenths.start < q.end)) found.push(tenths);
  for (const amount of parseHanAmountsZh(text, offset)) if (!found.some((q) => q.start < amount.end && amount.start < q.end)) found.push(amount);
  return found.sort((a, b) => a.start - b.start);
}
