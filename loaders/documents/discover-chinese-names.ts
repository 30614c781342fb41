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
const SITE_ENDS: Record<string, string> = { 项目: "project", 項目: "project", 矿山: "mine", 礦山: "mine", 矿区: "mine", 礦區: "mine", 矿场: "mine", 礦場: "mine", 盐湖: "deposit", 鹽湖: "deposit", 盐滩: "deposit", 鹽灘: "deposit", 冶炼厂: "processing_plant", 冶煉廠: "processing_plant", 精炼厂: "refinery", 精煉廠: "refinery" };
/** Fields of ministries and agencies: "自然资源部", "工业和信息化部", "海关总署". */
const BODY = /(?:工业和信息化|工業和信息化|自然资源|自然資源|国土资源|國土資源|商务|商務|财政|財政|外交|国防|國防|能源和矿产资源|能源和礦產資源|能源|生态环境|生態環境|科学技术|科技|工业|工業|贸易|貿易|经济统筹|經濟統籌|矿业和能源|礦業和能源|矿产|礦產)部(?![门門分])|海关总署|海關總署|(?:地质调查|地質調查|原子能|国家能源|國家能源|国家统计|國家統計)(?:局|機構|机构)/gu;

/** Characters and words a name never runs back across: punctuation, particles, prepositions, conjunctions. */
const STOP_CHAR = new RegExp(`[^${HAN}A-Za-z0-9]|[的和与與及由向从從在对對将將是为為被把以等或及于於至自给給]`, "u");
/** Words before a subject that are no part of its name; a date may be written out in full ("2023年12月5日"). */
const LEADING_NOISE = /^(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日|据悉|據悉|日前|近日|此前|目前|今年|去年|当天|當天|今天|昨天|周[一二三四五六日]|週[一二三四五六日]|另外|此外|同时|同時|其中|随后|隨後|旗下|子公司|母公司|宣布|宣佈|表示|称|稱|通过|通過|收购|收購|(?:共同)?(?:组建|組建|成立|设立|設立|创立|創立)了?|持有|控股|入股|投资|投資|联合|聯合|包括|其|该|該|这家|這家|一家|全资|全資|另一家|国有|國有|中资|中資)+/u;
/** A Latin name (with spaces, dots, hyphens) right before the closing word: "PT Kolaka Nickel Indonesia公司". */
const LATIN_BEFORE = /(?:[A-Z][A-Za-z0-9.&'-]*(?:\s+[A-Z0-9][A-Za-z0-9.&'-]*)*)\s*$/;
const MAX_NAME = 16;
/** 自由 ("free", as in 自由港, Freeport) holds 由 as no preposition: a name runs on across it. */
const FREE = /^自由$/u;
/** Words that define a name in place ("全称", "简称"): the name starts after them. */
const DEFINING = /(?:全称|全稱|全名|简称|簡稱)(?:为|為|是)?/gu;
/** "中国北方稀土(集团)高科技股份有限公司": a bracketed 集团 inside a firm's legal name is part of it. */
const BRACKETED_IN_NAME = /[(（](?:集团|集團|控股)[)）]$/u;
/** Sites named by a bare transliteration ("穆伊奇矿场", "乌尤尼盐湖"): mine and salt-flat words, not 项目 or plants. */
const BARE_SITE_ENDS = new Set(["矿山", "礦山", "矿区", "礦區", "矿场", "礦場", "盐湖", "鹽湖", "盐滩", "鹽灘"]);
/** What a project's name may say of it after its own name: its metals and its process ("华越镍钴湿法项目"). */
const PROCESS_WORDS = /(?:湿法|濕法|火法|冶炼|冶煉|红土镍矿|紅土鎳礦|高压酸浸|高壓酸浸|镍铁|鎳鐵|一期|二期|三期)/gu;
/** Closing words that join firms rather than name one: "宁德时代联合体" is CATL's consortium, not CATL. */
const JOINT_ENDS = new Set(["联合体", "聯合體"]);
/**
 * Characters of verbs, deictics and quantifiers that a name scanned back from its closing word would otherwise
 * swallow ("提升公司" is "raise the company's …", "本项目" is "this project"): a Han name holding one is no name.
 */
const VERBISH = /[述获獲本该該各此其这這并並将將如果决決定推进進提升建设設签簽收购購考虑慮扩擴标標志着著加快动動积積极極完避免同意符划劃入预預计計非最处處两兩不断斷按照协協议議约約次让讓使了已被可能要会會称稱表示宣布佈持期望等至对對为為把以一全]/u;
/** Closing words after which a short Han name is usual ("天齐锂业", "洛阳钼业"); longer ones need a place first. */
const SHORT_FORM_ENDS = new Set(["锂业", "钴业", "钼业", "铀业", "钨业", "铜业", "铝业", "镍业", "鈾業", "鎢業", "銅業", "鋁業", "鎳業", "矿业", "实业", "鋰業", "鈷業", "鉬業", "礦業", "實業", "集团", "集團", "控股", "新材料"]);
const LEGAL_AFTER = /^([\u3400-\u4dbf\u4e00-\u9fff]{0,4}?)(?:股份有限公司|有限责任公司|有限責任公司|有限公司|集团公司|集團公司)/u;

/** A legal ending right after a closing word, or after a few name characters ("科技", "发展") that are no verb. */
function legalNameFollows(after: string): boolean {
  const gap = LEGAL_AFTER.exec(after)?.[1];
  return gap !== undefined && ![...gap].some((c) => STOP_CHAR.test(c)) && !VERBISH.test(gap);
}
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
  for (;;) {
    while (start > boundary && end - start < MAX_NAME && (!STOP_CHAR.test(body[start - 1] ?? "") || FREE.test(body.slice(start - 2, start)) || FREE.test(body.slice(start - 1, start + 1)))) start--;
    const bracket = BRACKETED_IN_NAME.exec(body.slice(Math.max(boundary, start - 4), start));
    if (!bracket || start - bracket[0].length <= boundary || STOP_CHAR.test(body[start - bracket[0].length - 1] ?? "")) break;
    start -= bracket[0].length;
  }
  // "FCX全称自由港麦克米伦公司": the name defined starts after the word that defines it.
  const defined = [...body.slice(start, end).matchAll(DEFINING)].at(-1);
  if (defined) start += defined.index + defined[0].length;
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
  if (SITE_ENDS[closing] && placeInside && !placed) return prefix.length <= 6 || describedProject(prefix, known, at);
  if (SHORT_FORM_ENDS.has(closing)) return prefix.length <= 4 || placed;
  if (LEGAL_ENDS.has(closing)) return prefix.length >= 2;
  if (closing === "公司" && ownedFirm(prefix, known, at)) return true;
  if (closing === "公司") return prefix.length >= 4 && !known.some((k) => k.start >= at && k.end <= at + prefix.length);
  if (SITE_ENDS[closing] && placed) return prefix.length <= 8;
  if (BARE_SITE_ENDS.has(closing)) return bareSiteName(prefix, known, at);
  if (SITE_ENDS[closing]) return describedProject(prefix, known, at);
  return prefix.length <= 6;
}

/** Words after a firm's name before 公司 that say how it relates to another firm, not what it is called. */
const RELATION_WORDS = /^(?:子|母|分|总|總)|下属|下屬|旗下|合资|合資|上市|关联|關聯|相关|相關|控股|集团|集團/u;

/**
 * "中广核斯科公司": a known firm's name, then two to four characters of a name of its own, before 公司 is a firm
 * that firm set up (a subsidiary or joint venture), not the firm itself.
 */
function ownedFirm(prefix: string, known: readonly Mention[], at: number): boolean {
  const parent = known.find((k) => k.start === at && k.entity.kind === "Actor");
  if (!parent) return false;
  const rest = prefix.slice(parent.end - parent.start);
  if (!/^[\u3400-\u9fff]{2,4}$/u.test(rest) || RELATION_WORDS.test(rest) || [...rest].some((c) => STOP_CHAR.test(c))) return false;
  return !known.some((k) => k.start >= parent.end && k.start < at + prefix.length);
}

/** Where such a firm's name starts when the scan ran back past its parent's name into other words. */
function ownedFirmStart(body: string, from: number, end: number, known: readonly Mention[], sentenceStart: number): number | undefined {
  const parent = known.find((k) => k.entity.kind === "Actor" && k.start > sentenceStart + from && k.end < sentenceStart + end);
  if (!parent) return undefined;
  const start = parent.start - sentenceStart;
  return ownedFirm(body.slice(start, end), known, parent.start) ? start : undefined;
}

/** "穆伊奇矿场": two to five characters of a name no known name overlaps, no scope or size word, before a mine word. */
function bareSiteName(prefix: string, known: readonly Mention[], at: number): boolean {
  if (prefix.length < 2 || prefix.length > 5 || NOT_A_NAME.test(prefix) || MINE_NAME_STOP.test(prefix)) return false;
  return !known.some((k) => k.start < at + prefix.length && at < k.end);
}

/**
 * "华越镍钴湿法项目", "华越印尼镍钴湿法项目": a short name of two to four characters, then only its metals, the
 * country and the process, before 项目. The metals or process must be there: a bare short word before 项目 is
 * more often a kind of project ("合资项目") than a name.
 */
function describedProject(prefix: string, known: readonly Mention[], at: number): boolean {
  // Which characters are metals, places or process words: what is left at the start is the project's own name.
  const described = new Array<boolean>(prefix.length).fill(false);
  let metals = false;
  for (const k of known) {
    if (k.start < at || k.end > at + prefix.length || !["Element", "Country", "Region"].includes(k.entity.kind)) continue;
    described.fill(true, k.start - at, k.end - at);
    metals ||= k.entity.kind === "Element";
  }
  for (const m of allMatches(PROCESS_WORDS, prefix)) {
    described.fill(true, m.index, m.index + m[0].length);
    metals = true;
  }
  const headLength = described.indexOf(true);
  if (!metals || headLength < 2 || headLength > 4 || described.indexOf(false, headLength) >= 0) return false;
  const head = prefix.slice(0, headLength);
  // A Latin name before the metals ("Goulamina锂辉石项目") is read by the Latin-name rules, as that name.
  return !/[A-Za-z]/.test(head) && !NOT_A_NAME.test(head) && !MINE_NAME_STOP.test(head);
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
const NOT_A_NAME = /^(?:重点|重點|周边|周邊|附近|整个|整個|部分|所有|相关|相關|现有|現有|新建|在建|在产|在產|大型|小型|中型|全球|国内|國內|海外|境外|世界|主要|最大|其他|优质|優質|露天|地下|多个|多個|一座|一个|一個|新的|原生|伴生|红土|紅土|硫化|氧化|进口|進口|出口|开采|開採|生产|生產|国有|國有|民营|民營|当地|當地)$/u;

/** Verbs and nouns a mine's own name does not hold: "公司拥有铜矿" is a company owning copper mines. */
const MINE_NAME_STOP = /[供購购销銷拥擁有在于於到是了公司业業国國省市县縣第上所需禁包括年度界\d]|大$/u;
/** Mineral names end in an element and 矿 too: 褐铁矿 (limonite), 黄铜矿 (chalcopyrite), 辉钼矿, 闪锌矿 …. */
const MINERAL_PREFIX = /[褐赤磁黄黃辉輝闪閃方菱白黑]$/u;

function oreMines(body: string, sentenceStart: number, known: readonly Mention[]): Found[] {
  const found: Found[] = [];
  for (const m of allMatches(ORE_MINE, body)) {
    // The name runs back from the ore word at most four characters, and never into a known name or past a stop.
    // A Latin name before the ore word is the whole name ("运营NPM铜金矿" is NPM's mine, not 营NPM's).
    let start = m.index;
    const latin = /[A-Za-z0-9]$/.test(body.slice(0, m.index)) ? LATIN_BEFORE.exec(body.slice(Math.max(0, m.index - 60), m.index)) : null;
    if (latin && latin[0].trim().length >= 2) start = m.index - latin[0].length;
    else while (start > 0 && m.index - start < 4 && !STOP_CHAR.test(body[start - 1] ?? "") && !known.some((k) => k.end === sentenceStart + start && k.entity.kind !== "Element")) start--;
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
  for (const m of allMatches(BODY, body)) {
    // "印尼工业部": the country right before a ministry's field is part of its name, and says whose it is.
    const country = known.find((k) => k.entity.kind === "Country" && k.end === sentence.start + m.index && k.via !== "demonym");
    found.push({ start: country ? country.start - sentence.start : m.index, end: m.index + m[0].length, kind: "Actor", type: "state_body" });
  }
  // A name never runs back past the closing word of the one before it; a closing word right after another one
  // ("华友钴业" + "股份有限公司", "波马拉矿区" + "项目") lengthens that name.
  let boundary = 0;
  let last: Found | undefined;
  for (const m of allMatches(CLOSING, body)) {
    const closing = m[0];
    const site = SITE_ENDS[closing];
    const end = m.index + closing.length;
    // "(集团)" inside a legal name is read with the name (see BRACKETED_IN_NAME), not as a name's closing word.
    if (/[(（]$/u.test(body.slice(0, m.index)) && /^[)）][\u3400-\u9fff]/u.test(body.slice(end))) continue;
    // "…新材料" + "科技" + "有限公司": a few name characters between two closing words still make one name.
    const gap = last ? body.slice(last.end, m.index) : "";
    // "中国铀业控股该矿": 控股 is the verb "holds" unless a firm's ending or a pause follows it.
    const verbHolds = closing === "控股" && /^[\u3400-\u9fff]/u.test(body.slice(end)) && !/^(?:集团|集團|有限|股份|公司)/u.test(body.slice(end));
    const joins = last !== undefined && !verbHolds && (gap === "" || (!site && last.kind === "Actor" && gap.length <= 4 && ![...gap].some((c) => STOP_CHAR.test(c)) && !VERBISH.test(gap) && !RELATION_WORDS.test(gap)));
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
    if (start !== undefined && site) start = afterPlaceBeforeLatin(body, start, m.index, known, sentence.start);
    // "投资建设华越镍钴湿法项目": the scan runs back into the verbs before a project's name; its short name is the
    // two to four characters before its metals and process.
    if (start !== undefined && site === "project" && !plausible(body.slice(start, m.index), closing, known, sentence.start + start)) start = describedProjectStart(body, start, m.index, known, sentence.start) ?? start;
    // "机构共同组建了中广核斯科公司": the scan runs back into verbs before a firm a known firm set up; its name starts
    // with the known firm's.
    if (start !== undefined && closing === "公司" && !plausible(body.slice(start, m.index), closing, known, sentence.start + start)) start = ownedFirmStart(body, start, m.index, known, sentence.start) ?? start;
    if (start === undefined || !plausible(body.slice(start, m.index), closing, known, sentence.start + start)) {
      // "江西赣州稀有金属交易所有限责任公司", "赣州中蓝稀土新材料科技有限公司": a closing word too long a name for
      // itself may sit inside a legal name that follows it; that legal ending reads the whole name instead. A bare
      // 公司 ("全资子公司远山国际有限公司") ends what comes before it.
      if (!site && !closing.endsWith("公司") && legalNameFollows(body.slice(end))) {
        last = undefined;
        continue;
      }
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
    // So is a Latin name before its metals and 项目: "Goulamina锂辉石项目" is the Goulamina project.
    const latinFirm = /^([A-Za-z][A-Za-z0-9 .&'-]*?)\s*(?:(?:锂辉石|鋰輝石|稀土|[锂钴镍铜铀钨锑锰鋰鈷鎳銅鈾鎢銻錳])+(?=项目|項目))?(?:公司|项目|項目)$/u.exec(surface)?.[1];
    const name = latinFirm ?? surface;
    const entity: KnownEntity = gazetteer.lookupName(surface, ["Actor", "Asset"]) ?? gazetteer.lookupName(name, ["Actor", "Asset"]) ?? fullNameOf(surface, start, known) ?? discoveredEntity(f.kind, name, f.type);
    // Names that only repeat a known name and a closing word ("中国公司") are a class, not a name. A known word
    // running into the closing word is no part of the name ("紫金矿业" holds 金矿, gold ore, across 金|矿业).
    const inside = known.filter((k) => k.start >= start && k.end <= end - closingLength(surface));
    const own = surface.length - inside.reduce((n, k) => n + (k.end - k.start), 0);
    // An element's trade word after a country is a firm ("中国铀业", "中国铝业"), not a class.
    const places = inside.filter((k) => k.entity.kind !== "Element");
    const elementTrade = ELEMENT_TRADE.test(surface) && places.length === 1 && places[0]?.entity.kind === "Country";
    // "上海A股公司盛和资源": a bare 公司 right before a known firm describes it ("the Shanghai-listed company").
    if (surface.endsWith("公司") && ![...LEGAL_ENDS].some((e) => surface.endsWith(e)) && known.some((k) => k.start === end && k.entity.kind === "Actor")) continue;
    const joint = JOINT_ENDS.has(surface.slice(-3)) && inside.some((k) => k.entity.kind === "Actor");
    if (entity.discovered && inside.length > 0 && own <= closingLength(surface) && !elementTrade && !joint) continue;
    mentions.push({ entity, start, end, text: surface, via: "form", confidence: entity.discovered ? 0.6 : 0.8 });
  }
  return mentions;
}

/**
 * "马里Kestrel锂辉石项目", "旗下非洲马里Kestrel锂辉石项目": a country or region right before a Latin name says where
 * the site is, and whatever the scan took in before it is no part of the name; the name starts with the Latin name.
 */
function afterPlaceBeforeLatin(body: string, start: number, end: number, known: readonly Mention[], sentenceStart: number): number {
  for (let at = start + 1; at < end; at++) {
    if (!/[A-Za-z]/.test(body[at] ?? "") || !/[\u3400-\u9fff]/u.test(body[at - 1] ?? "")) continue;
    const placed = known.some((k) => k.end === sentenceStart + at && k.start >= sentenceStart + start && (k.entity.kind === "Country" || k.entity.kind === "Region"));
    return placed ? at : start;
  }
  return start;
}

/** Where a project's short name starts when what the scan found before it runs into verbs (see describedProject). */
function describedProjectStart(body: string, from: number, end: number, known: readonly Mention[], sentenceStart: number): number | undefined {
  for (let start = Math.max(from, end - 16); start < end - 2; start++) {
    if (VERBISH.test(body.slice(start, start + 2)) || /[A-Za-z]/.test(body[start - 1] ?? "")) continue;
    const prefix = body.slice(start, end);
    if (!VERBISH.test(prefix) && describedProject(prefix, known, sentenceStart + start)) return start;
  }
  return undefined;
}

/** What a firm's full legal name adds to its short name without naming another firm: group, high-tech, legal form. */
const GENERIC_IN_NAME = /^(?:[(（](?:集团|集團|控股)[)）]|集团|集團|控股|高科技|科技|股份|有限|责任|責任|公司)*$/u;

/**
 * "中国北方稀土(集团)高科技股份有限公司" is 北方稀土 written in full: a firm's legal name that holds one known firm and
 * otherwise only a country or region before it and generic words after it is that firm. A subsidiary's name adds
 * words of its own ("中广核铀业发展有限公司") and stays a firm of its own.
 */
function fullNameOf(surface: string, start: number, known: readonly Mention[]): KnownEntity | undefined {
  if (![...LEGAL_ENDS].some((e) => surface.endsWith(e))) return undefined;
  const inside = known.filter((k) => k.start >= start && k.end <= start + surface.length);
  const firms = inside.filter((k) => k.entity.kind === "Actor");
  const firm = firms[0];
  if (firms.length !== 1 || !firm) return undefined;
  const before = surface.slice(0, firm.start - start);
  const placesBefore = inside.filter((k) => k.end <= firm.start && (k.entity.kind === "Country" || k.entity.kind === "Region")).reduce((n, k) => n + (k.end - k.start), 0);
  if (placesBefore !== before.length) return undefined;
  return GENERIC_IN_NAME.test(surface.slice(firm.end - start)) ? firm.entity : undefined;
}

function onlyElements(known: readonly Mention[], start: number, end: number): boolean {
  const inside = known.filter((k) => k.start >= start && k.end <= end && k.entity.kind === "Element");
  return inside.reduce((n, k) => n + (k.end - k.start), 0) >= end - start;
}

function closingLength(surface: string): number {
  for (const end of [...firmEnds(), ...Object.keys(SITE_ENDS)]) if (surface.endsWith(end)) return end.length;
  return 0;
}
