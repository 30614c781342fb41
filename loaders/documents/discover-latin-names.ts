import { allMatches } from "./all-matches.js";
import { discoveredEntity } from "./discover-entities.js";
import type { Gazetteer } from "./gazetteer.js";
import { MentionCoverage } from "./mention-coverage.js";
import type { Block, KnownEntity, Mention } from "./types.js";

/**
 * Foreign firms keep their Latin names in Russian and Chinese news ("китайская компания Hunan Qiyuan Chemical Co.
 * Ltd.", "Boeing", "向Leo Lithium Limited收购"): a run of capitalised Latin words there is a name, and an
 * organisation unless the reference base knows it as something else. Element and country words inside a longer run
 * ("Xiamen Tungsten", "Mitsubishi Corporation RtM Japan Ltd.") belong to the name. A single word must be three
 * letters or more and not an abbreviation of a unit, currency or process; in Chinese text, where Latin also spells
 * units and tickers, it must come back in the document too. "(ERG)" after a name is that name's short form.
 */

// Latin letters with accents ("Química"), dots inside abbreviations ("S.A.", "B.V.").
const L = "A-Za-zÀ-ÖØ-öø-ÿ";
const RUN = new RegExp(`(?<![${L}\\d.])[A-Z][${L}\\d'’&.-]*(?:[ \\t]+(?:(?:of|and|de|del|la|y|&|für)[ \\t]+)?(?:[A-Z][${L}\\d'’&.-]*|\\d+))*`, "g");
const NOT_NAMES = new Set([
  "USD", "EUR", "RUB", "CNY", "RMB", "HKD", "AUD", "CAD", "LME", "CIF", "FOB", "GDP", "CEO", "CFO", "IPO", "ESG", "HPAL", "MHP", "NEV", "EV", "EVs",
  "ETF", "PMI", "CPI", "API", "MW", "GW", "GWh", "MWh", "kWh", "URL", "PDF", "HTML", "WTO", "REE", "REO", "TREO", "NdPr", "LCE", "SC6", "UTC", "GMT",
  "III", "II", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX", "XXI", "The", "And", "For", "New", "News", "Photo", "Reuters", "Bloomberg", "Xinhua", "Interfax", "TASS", "RIA",
]);
const ROMAN = /^[IVXLC]+$/;
const CHINESE_CLOSING_AFTER = /^\s*[\u4e00-\u9fff]{0,4}?(?:公司|集团|集團|项目|項目|矿山|礦山|矿区|礦區|矿场|礦場|盐湖|鹽湖|冶炼厂|冶煉廠)/u;
const MINE_AFTER = /^[矿礦](?![业業石产產])/u;
/** A site word after a Latin name and its metals: "Kestrel锂矿", "Orla石墨矿", "Tamsin负极材料工厂". */
const SITE_AFTER_METALS = /^([\u4e00-\u9fff]{1,6}?)(矿|礦|工厂|工廠)(?![业業石产產物])/u;
const SITE_BEFORE = /(рудник\p{L}*|месторождени\p{L}*|проект\p{L}*|шахт\p{L}*|карьер\p{L}*)\s+$/iu;
const CLASS_BEFORE = /(?:компани\p{L}*|корпораци\p{L}*|концерн\p{L}*|групп\p{L}*|холдинг\p{L}*|公司|集团|企业)\s*$/u;
/** Legal forms at the end of a name, so "Sociedad Química y Minera de Chile S.A." finds the firm the base knows. */
const LEGAL_SUFFIXES = /(?:[ \t]+(?:Co\.|Ltd\.?|Inc\.?|B\.V\.|S\.A\.|N\.V\.|SpA|S\.p\.A\.|Limited|Corp\.?|LLC|PLC|AG|GmbH))+$/;
const LEGAL_TAIL = /(?:Co\.|Ltd\.?|Inc\.?|B\.V\.|S\.A\.|N\.V\.|SpA|S\.p\.A\.|Limited|Corporation|Corp\.?|Group|LLC|PLC|AG|GmbH)$/;

function single(word: string): boolean {
  return !/\s/.test(word);
}

/**
 * The site a Latin name in Chinese text names when only metals (words the gazetteer reads as elements) stand between
 * it and a mine or plant word. A name the base knows as an organisation is its owner's name instead ("Tesla工厂").
 */
function siteAfterMetals(end: number, text: string, coverage: MentionCoverage, gazetteer: Gazetteer, name: string): KnownEntity | undefined {
  const match = SITE_AFTER_METALS.exec(text.slice(end, end + 10));
  const metals = match?.[1];
  if (!match || !metals) return undefined;
  const between = coverage.within(end, end + metals.length);
  const covered = between.filter((m) => m.entity.kind === "Element" && m.start >= end && m.end <= end + metals.length).reduce((n, m) => n + (m.end - m.start), 0);
  if (covered !== metals.length) return undefined;
  if (gazetteer.lookupName(name, ["Actor"])) return undefined;
  return gazetteer.lookupName(name, ["Asset"]) ?? discoveredEntity("Asset", name, match[2] === "矿" || match[2] === "礦" ? "mine" : "processing_plant");
}

/** The Latin names of the Russian and Chinese blocks, known ones resolved, and the mentions they replace. */
export function withLatinNames(mentions: readonly Mention[], text: string, blocks: readonly Block[], gazetteer: Gazetteer): Mention[] {
  const foreign = blocks.filter((b) => b.role !== "furniture" && (b.language === "ru" || b.language === "zh"));
  if (foreign.length === 0) return [...mentions];
  const counts = new Map<string, number>();
  const runs: Array<{ start: number; end: number; name: string; zh: boolean }> = [];
  for (const block of foreign) {
    const body = text.slice(block.start, block.end);
    for (const m of allMatches(RUN, body)) {
      // A sentence's full stop is no part of the name; an abbreviation's dot is ("Co.", "S.A.").
      // … and a trailing number is a model or a year ("Boeing 737", "Airshow 2021"), not the firm's name.
      const name = m[0].replace(/[ \t]+$/, "").replace(/(?<!\b(?:Co|Ltd|Inc|Corp|Bhd|Pty|[A-Z]))\.$/, "").replace(/(?:[ \t]+\d+)+$/, "");
      if (name.length < 2) continue;
      const start = block.start + m.index;
      runs.push({ start, end: start + name.length, name, zh: block.language === "zh" });
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const replaced = new Set<Mention>();
  const coverage = new MentionCoverage(text.length, mentions);
  const added: Mention[] = [];
  const entities = new Map<string, KnownEntity>();
  for (const run of runs) {
    const { start, end, name } = run;
    if (name.endsWith("-") || /^\.[a-z]/.test(text.slice(end, end + 2))) continue;
    // "Goulamina项目", "Nutrien集团", "SQM公司": a closing word right after is read with the name (Chinese names).
    if (run.zh && CHINESE_CLOSING_AFTER.test(text.slice(end, end + 8))) continue;
    // "Tenke Fungurume矿": a Latin name and 矿 make a mine.
    if (run.zh && MINE_AFTER.test(text.slice(end, end + 2))) {
      const touched = coverage.within(start, end + 1);
      if (touched.some((k) => k.start < start || k.end > end + 1)) continue;
      for (const k of touched) replaced.add(k);
      const site = gazetteer.lookupName(name, ["Asset"]) ?? discoveredEntity("Asset", text.slice(start, end + 1), "mine");
      added.push({ entity: site, start, end: end + 1, text: text.slice(start, end + 1), via: "form", confidence: 0.6 });
      continue;
    }
    // "Kestrel锂矿": the Latin name, its metals, a site word. The name alone is the site; the metals stay elements.
    const metalsSite = run.zh ? siteAfterMetals(end, text, coverage, gazetteer, name) : undefined;
    if (metalsSite) {
      const inside = coverage.within(start, end);
      if (inside.some((k) => k.start < start || k.end > end)) continue;
      for (const k of inside) replaced.add(k);
      const site = entities.get(name) ?? metalsSite;
      entities.set(name, site);
      added.push({ entity: site, start, end, text: name, via: "form", confidence: site.discovered ? 0.6 : 0.8 });
      continue;
    }
    // A lone word must come back in the document, stand in brackets or follow a class noun: once, it is as often
    // a source, a ticker or a stray English word ("MOEX", "Minerals") as a firm.
    const introduced = /[(（]$/.test(text.slice(start - 1, start)) || CLASS_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    if (single(name) && (name.length < 3 || NOT_NAMES.has(name) || ROMAN.test(name) || (!introduced && ((counts.get(name) ?? 0) < 2 || (!run.zh && /^[A-Z]{4,}$/.test(name)))))) continue;
    const inside = coverage.within(start, end);
    if (inside.some((k) => k.start <= start && k.end >= end)) continue;
    // A run that only partly overlaps a known name is a different reading of the words; leave it.
    if (inside.some((k) => k.start < start || k.end > end)) continue;
    if (single(name) && inside.length > 0) continue;
    const bare = name.replace(LEGAL_SUFFIXES, "");
    // "на руднике Tati Nickel", "месторождение Lake Johnston": a site word before the name makes it a site.
    const site = SITE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    const entity =
      entities.get(name) ??
      gazetteer.lookupName(name, ["Actor", "Asset"]) ??
      (bare !== name ? gazetteer.lookupName(bare, ["Actor", "Asset"]) : undefined) ??
      (site ? discoveredEntity("Asset", name, site[1]?.startsWith("месторожд") ? "deposit" : site[1]?.startsWith("проект") ? "project" : "mine") : discoveredEntity("Actor", name, "company"));
    entities.set(name, entity);
    for (const k of inside) replaced.add(k);
    added.push({ entity, start, end, text: name, via: "form", confidence: entity.discovered ? (LEGAL_TAIL.test(name) ? 0.6 : 0.5) : 0.8 });
    // "Eurasian Resources Group (ERG)": the acronym is the same organisation wherever the document uses it.
    const acronym = /^\s*[(（]([A-Z]{2,6})[)）]/.exec(text.slice(end, end + 10))?.[1];
    if (acronym && !single(name)) entities.set(acronym, entity);
  }
  if (added.length === 0) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
}
