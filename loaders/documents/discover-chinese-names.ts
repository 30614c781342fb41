import { allMatches } from "./all-matches.js";
import { discoveredEntity } from "./discover-entities.js";
import type { Gazetteer } from "./gazetteer.js";
import type { KnownEntity, Mention, Sentence } from "./types.js";

/**
 * Organisations and sites in Chinese sentences, found by the word that closes their name: 公司, 集团, 有限公司, 锂业,
 * 钴业, 矿业 … for firms; 部, 局, 署 after a ministry's field for state bodies; 项目, 矿山, 矿区, 盐湖 for sites. Chinese
 * writes no spaces, so a name runs back from its closing word to the nearest punctuation or function word, less
 * the time words and verbs news puts before a subject ("日前", "宣布"). A Latin name before the closing word
 * ("Nutrien集团", "Goulamina锂辉石项目") is the name. Traditional characters are matched through the simplified
 * forms the gazetteer folds to, so "鋰業" closes a name as "锂业" does.
 */

const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff";
/** Closing words of a firm's name, longest first. */
const FIRM_ENDS = ["股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司", "锂业", "钴业", "钼业", "铀业", "钨业", "铜业", "铝业", "镍业", "矿业", "实业", "控股", "新材料", "交易所", "研究院", "研究所", "联合体"];
/** Traditional spellings of the closing words, so the scan need not fold the text. */
const FIRM_ENDS_TRADITIONAL = ["股份有限公司", "有限責任公司", "集團公司", "集團", "鋰業", "鈷業", "鉬業", "鈾業", "鎢業", "銅業", "鋁業", "鎳業", "礦業", "實業", "聯合體", "研究院", "交易所"];
const SITE_ENDS: Record<string, string> = { 项目: "project", 項目: "project", 矿山: "mine", 礦山: "mine", 矿区: "mine", 礦區: "mine", 矿场: "mine", 礦場: "mine", 盐湖: "deposit", 鹽湖: "deposit", 冶炼厂: "processing_plant", 冶煉廠: "processing_plant", 精炼厂: "refinery", 精煉廠: "refinery" };
/** Fields of ministries and agencies: "自然资源部", "工业和信息化部", "海关总署". */
const BODY = /(?:工业和信息化|工業和信息化|自然资源|自然資源|国土资源|國土資源|商务|商務|财政|財政|外交|国防|國防|能源和矿产资源|能源和礦產資源|能源|生态环境|生態環境|科学技术|科技|工业|工業|贸易|貿易|经济统筹|經濟統籌|矿业和能源|礦業和能源|矿产|礦產)部|海关总署|海關總署|(?:地质调查|地質調查|原子能|国家能源|國家能源|国家统计|國家統計)(?:局|機構|机构)/gu;

/** Characters and words a name never runs back across: punctuation, particles, prepositions, conjunctions. */
const STOP_CHAR = new RegExp(`[^${HAN}A-Za-z0-9]|[的和与與及由向从從在对對将將是为為被把以等或及于於至自]`, "u");
/** Words before a subject that are no part of its name. */
const LEADING_NOISE = /^(?:\d{1,2}月\d{1,2}日|据悉|據悉|日前|近日|此前|目前|今年|去年|当天|當天|今天|昨天|周[一二三四五六日]|週[一二三四五六日]|另外|此外|同时|同時|其中|随后|隨後|旗下|子公司|母公司|宣布|宣佈|表示|称|稱|通过|通過|收购|收購|持有|控股|入股|投资|投資|联合|聯合|包括|其|该|該|这家|這家|一家|全资|全資|另一家|国有|國有|中资|中資)+/u;
/** A Latin name (with spaces, dots, hyphens) right before the closing word: "PT Kolaka Nickel Indonesia公司". */
const LATIN_BEFORE = /(?:[A-Z][A-Za-z0-9.&'-]*(?:\s+[A-Z0-9][A-Za-z0-9.&'-]*)*)\s*$/;
const MAX_NAME = 16;
/**
 * Characters of verbs, deictics and quantifiers that a name scanned back from its closing word would otherwise
 * swallow ("提升公司" is "raise the company's …", "本项目" is "this project"): a Han name holding one is no name.
 */
const VERBISH = /[获獲本该該各此其这這并並将將如果决決定推进進提升建设設签簽收购購考虑慮扩擴标標志着著加快动動积積极極完避免同意符划劃入预預计計非最处處两兩不断斷按照协協议議约約次让讓使了已被可能要会會称稱表示宣布佈持期望等至对對为為把以一全]/u;
/** Closing words after which a short Han name is usual ("天齐锂业", "洛阳钼业"); longer ones need a place first. */
const SHORT_FORM_ENDS = new Set(["锂业", "钴业", "钼业", "铀业", "钨业", "铜业", "铝业", "镍业", "鈾業", "鎢業", "銅業", "鋁業", "鎳業", "矿业", "实业", "鋰業", "鈷業", "鉬業", "礦業", "實業", "集团", "集團", "控股", "新材料"]);
const ELEMENT_TRADE = /(?:锂业|钴业|钼业|铀业|钨业|铜业|铝业|镍业|鋰業|鈷業|鉬業|鈾業|鎢業|銅業|鋁業|鎳業)$/u;
const LEGAL_ENDS = new Set(["股份有限公司", "有限责任公司", "有限公司", "集团公司", "有限責任公司", "集團公司"]);

function firmEnds(): string[] {
  return [...new Set([...FIRM_ENDS, ...FIRM_ENDS_TRADITIONAL])].sort((a, b) => b.length - a.length);
}
const CLOSING = new RegExp(`(?:${[...firmEnds(), ...Object.keys(SITE_ENDS)].join("|")})`, "gu");

interface Found {
  start: number;
  end: number;
  kind: "Actor" | "Asset";
  type: string;
}

/** Where a name ending at `end` (exclusive, before its closing word) begins, or undefined if it is no name. */
function nameStart(body: string, end: number, boundary: number): number | undefined {
  const latin = LATIN_BEFORE.exec(body.slice(Math.max(boundary, end - 60), end));
  if (latin && latin[0].trim().length >= 2) return end - latin[0].length;
  let start = end;
  while (start > boundary && end - start < MAX_NAME && !STOP_CHAR.test(body[start - 1] ?? "")) start--;
  const noise = LEADING_NOISE.exec(body.slice(start, end));
  if (noise) start += noise[0].length;
  return end - start >= 2 ? start : undefined;
}

/**
 * Whether the words before a closing word make a name: a Latin name always does; a Han one only without verbs
 * and deictics, short before a firm's trade word ("天齐锂业"), opening with a known place before a legal form or a
 * site word ("赣州中蓝稀土新材料科技有限公司" is long, "江西" starts it), and never before a bare 公司 unless it is a
 * transliteration of four or more characters ("洛克希德马丁公司").
 */
function plausible(prefix: string, closing: string, known: readonly Mention[], at: number): boolean {
  // "SQM公司" is SQM: a Latin name already read is the firm, and the bare 公司 only says what it is.
  if (/^[A-Za-z0-9]/.test(prefix)) return !(closing === "公司" && known.some((k) => k.start === at && k.end >= at + prefix.trimEnd().length));
  if (VERBISH.test(prefix)) return false;
  const placed = known.some((k) => k.start === at && (k.entity.kind === "Country" || k.entity.kind === "Region"));
  // "华越印尼项目": a site word after a short name holding a country or region names a project there.
  const placeInside = known.some((k) => k.start > at && k.end <= at + prefix.length && (k.entity.kind === "Country" || k.entity.kind === "Region"));
  if (SITE_ENDS[closing] && placeInside && !placed) return prefix.length <= 6;
  if (SHORT_FORM_ENDS.has(closing)) return prefix.length <= 4 || placed;
  if (LEGAL_ENDS.has(closing)) return prefix.length >= 2;
  if (closing === "公司") return prefix.length >= 4 && !known.some((k) => k.start >= at && k.end <= at + prefix.length);
  if (SITE_ENDS[closing]) return placed && prefix.length <= 8;
  return prefix.length <= 6;
}

/**
 * A country's own institutions: "美国国会", "格陵兰议会", "中国国务院", "中国驻玻利维亚大使馆". The country name stays
 * inside the body's name; the body is the actor.
 */
const COUNTRY_BODY = /^(?:(?:驻|駐)[\u3400-\u9fff]{2,6}?(?:大使馆|大使館|领事馆|領事館)|国务院|國務院|国会|國會|议会|議會|参议院|參議院|众议院|眾議院|海关总署|海關總署|海关|海關)/u;

function countryBodies(body: string, sentenceStart: number, known: readonly Mention[]): Found[] {
  const found: Found[] = [];
  for (const k of known) {
    if (k.entity.kind !== "Country" || k.start < sentenceStart) continue;
    const after = COUNTRY_BODY.exec(body.slice(k.end - sentenceStart, k.end - sentenceStart + 12));
    if (after) found.push({ start: k.start - sentenceStart, end: k.end - sentenceStart + after[0].length, kind: "Actor", type: "state_body" });
  }
  return found;
}

/**
 * A mine named by a short place name and its ore: "湖山铀矿项目", "柿竹园钨矿", "某某铜金矿". The name part must be
 * no known place ("江西钨矿" is Jiangxi's tungsten mines), no size or scope word and no verb.
 */
const ORE_MINE = /((?:锂辉石|石墨|萤石|稀土|[锂钴镍铜金铀钨锑铁锰铬钼锡锌铅银铂钒钛铌钽鋰鈷鎳銅鈾鎢銻鐵錳鉻鉬錫鋅鉛銀鉑釩鈦鈮鉭])+)(?:矿|礦)(项目|項目|山|区|區)?(?![业業石产產物床])/gu;
const NOT_A_NAME = /^(?:大型|小型|中型|全球|国内|國內|海外|境外|世界|主要|最大|其他|优质|優質|露天|地下|多个|多個|一座|一个|一個|新的|原生|伴生|红土|紅土|硫化|氧化|进口|進口|出口|开采|開採|生产|生產|国有|國有|民营|民營|当地|當地)$/u;

/** Verbs and nouns a mine's own name does not hold: "公司拥有铜矿" is a company owning copper mines. */
const MINE_NAME_STOP = /[供購购销銷拥擁有在于於到是了公司业業国國省市县縣第上所需禁包括年度界\d]|大$/u;
/** Mineral names end in an element and 矿 too: 褐铁矿 (limonite), 黄铜矿 (chalcopyrite), 辉钼矿, 闪锌矿 …. */
const MINERAL_PREFIX = /[褐赤磁黄黃辉輝闪閃方菱白黑]$/u;

function oreMines(body: string, sentenceStart: number, known: readonly Mention[]): Found[] {
  const found: Found[] = [];
  for (const m of allMatches(ORE_MINE, body)) {
    // The name runs back from the ore word at most four characters, and never into a known name or past a stop.
    let start = m.index;
    while (start > 0 && m.index - start < 4 && !STOP_CHAR.test(body[start - 1] ?? "") && !known.some((k) => k.end === sentenceStart + start && k.entity.kind !== "Element")) start--;
    const noise = LEADING_NOISE.exec(body.slice(start, m.index));
    if (noise) start += noise[0].length;
    const name = body.slice(start, m.index);
    if (MINERAL_PREFIX.test(name)) continue;
    if (name.length < 2 || NOT_A_NAME.test(name) || VERBISH.test(name) || MINE_NAME_STOP.test(name)) continue;
    if (known.some((k) => k.start < sentenceStart + m.index && sentenceStart + start < k.end)) continue;
    found.push({ start, end: m.index + m[0].length, kind: "Asset", type: m[2] ? "project" : "mine" });
  }
  return found;
}

export function discoverChineseNames(sentence: Sentence, text: string, known: readonly Mention[], gazetteer: Gazetteer): Mention[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Found[] = [...countryBodies(body, sentence.start, known), ...oreMines(body, sentence.start, known)];
  for (const m of allMatches(BODY, body)) found.push({ start: m.index, end: m.index + m[0].length, kind: "Actor", type: "state_body" });
  // A name never runs back past the closing word of the one before it; a closing word right after another one
  // ("华友钴业" + "股份有限公司", "波马拉矿区" + "项目") lengthens that name.
  let boundary = 0;
  let last: Found | undefined;
  for (const m of allMatches(CLOSING, body)) {
    const closing = m[0];
    const site = SITE_ENDS[closing];
    const end = m.index + closing.length;
    // "…新材料" + "科技" + "有限公司": a few name characters between two closing words still make one name.
    const gap = last ? body.slice(last.end, m.index) : "";
    // "中国铀业控股该矿": 控股 is the verb "holds" unless a firm's ending or a pause follows it.
    const verbHolds = closing === "控股" && /^[\u3400-\u9fff]/u.test(body.slice(end)) && !/^(?:集团|集團|有限|股份|公司)/u.test(body.slice(end));
    const joins = last !== undefined && !verbHolds && (gap === "" || (!site && last.kind === "Actor" && gap.length <= 4 && ![...gap].some((c) => STOP_CHAR.test(c)) && !VERBISH.test(gap)));
    if (last && joins) {
      last.end = end;
      if (site) Object.assign(last, { kind: "Asset", type: site });
      boundary = end;
      continue;
    }
    if (verbHolds) {
      boundary = end;
      last = undefined;
      continue;
    }
    // A bare closing word ("公司", "该项目") names nothing.
    let start = nameStart(body, m.index, boundary);
    // "乐山盛和稀土股份有限公司": 和 inside a name. When the scan stops at 和 with nothing but an element word left
    // ("稀土"), the name runs on past it.
    if (start !== undefined && body[start - 1] === "和" && start - 1 > boundary && onlyElements(known, sentence.start + start, sentence.start + m.index)) {
      start = nameStart(body.slice(0, start - 1) + "禾" + body.slice(start), m.index, boundary);
    }
    if (start === undefined || !plausible(body.slice(start, m.index), closing, known, sentence.start + start)) {
      boundary = end;
      last = undefined;
      continue;
    }
    last = site ? { start, end, kind: "Asset", type: site } : { start, end, kind: "Actor", type: "company" };
    found.push(last);
    boundary = end;
  }
  const mentions: Mention[] = [];
  for (const f of found) {
    const start = sentence.start + f.start;
    const end = sentence.start + f.end;
    // A known name that ends where this one does is the same entity, written in full or not.
    if (known.some((k) => k.start <= start && k.end >= end)) continue;
    const surface = text.slice(start, end);
    // A Latin name before a bare 公司 is the firm's name without it: "ETM公司" is ETM.
    // A Latin name before 项目 the same way: "Mariana项目" is the Mariana project, whatever the article calls it later
    // (a mine keeps its word: "Korlan矿山").
    const latinFirm = /^([A-Za-z][A-Za-z0-9 .&'-]*?)\s*(?:公司|项目|項目)$/.exec(surface)?.[1];
    const name = latinFirm ?? surface;
    const entity: KnownEntity = gazetteer.lookupName(surface, ["Actor", "Asset"]) ?? gazetteer.lookupName(name, ["Actor", "Asset"]) ?? discoveredEntity(f.kind, name, f.type);
    // Names that only repeat a known name and a closing word ("中国公司") are a class, not a name.
    const inside = known.filter((k) => k.start >= start && k.end <= end);
    const own = surface.length - inside.reduce((n, k) => n + (k.end - k.start), 0);
    // An element's trade word after a country is a firm ("中国铀业", "中国铝业"), not a class.
    const places = inside.filter((k) => k.entity.kind !== "Element");
    const elementTrade = ELEMENT_TRADE.test(surface) && places.length === 1 && places[0]?.entity.kind === "Country";
    if (entity.discovered && inside.length > 0 && own <= closingLength(surface) && !elementTrade) continue;
    mentions.push({ entity, start, end, text: surface, via: "form", confidence: entity.discovered ? 0.6 : 0.8 });
  }
  return mentions;
}

function onlyElements(known: readonly Mention[], start: number, end: number): boolean {
  const inside = known.filter((k) => k.start >= start && k.end <= end && k.entity.kind === "Element");
  return inside.reduce((n, k) => n + (k.end - k.start), 0) >= end - start;
}

function closingLength(surface: string): number {
  for (const end of [...firmEnds(), ...Object.keys(SITE_ENDS)]) if (surface.endsWith(end)) return end.length;
  return 0;
}
