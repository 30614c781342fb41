import { allMatches } from "./all-matches.js";
import { discoveredEntity } from "./discover-entities.js";
import type { Block, KnownEntity, Mention } from "./types.js";
import { lowerCaseWords } from "./lower-case-words.js";

/**
 * Large firms of the mining, metals, battery, car and aerospace trades that news names bare, with nothing around
 * them to show they are firms ("BHP would halt …", "JFE, NSC, POSCO and Sojitz"), and whose names the reference
 * base does not hold with sourced facts. General knowledge, not taken from any article: each entry is the name the
 * trade press uses most, so the minted id (`actor:<slug>`) is the one an annotator would write; other spellings
 * follow it. They are guesses like any discovered name: no node data beyond the name.
 */
const FIRMS: ReadonlyArray<readonly [string, ...string[]]> = [
  ["BHP", "BHP Group", "BHP Billiton"],
  ["Rio Tinto"],
  ["Glencore"],
  ["Anglo American", "Anglo American Platinum", "Amplats"],
  ["Freeport-McMoRan", "Freeport McMoRan"],
  ["Newmont"],
  ["Barrick Gold", "Barrick"],
  ["Teck Resources"],
  ["First Quantum", "First Quantum Minerals"],
  ["Antofagasta Minerals"],
  ["South32"],
  ["Fortescue", "Fortescue Metals Group"],
  ["Albemarle"],
  ["Livent"],
  ["Allkem"],
  ["Orocobre"],
  ["Pilbara Minerals"],
  ["Liontown Resources"],
  ["Sigma Lithium"],
  ["Piedmont Lithium"],
  ["Lithium Americas"],
  ["Standard Lithium"],
  ["Ganfeng Lithium", "Ganfeng"],
  ["Zijin Mining", "Zijin"],
  ["CMOC", "China Molybdenum"],
  ["Tsingshan"],
  ["Jinchuan Group", "Jinchuan"],
  ["China Northern Rare Earth"],
  ["China Rare Earth Group"],
  ["Shenghe Resources"],
  ["Energy Fuels"],
  ["Ucore"],
  ["Neo Performance Materials"],
  ["Solvay"],
  ["Umicore"],
  ["BASF"],
  ["Nornickel", "Norilsk Nickel"],
  ["Rusal"],
  ["Alcoa"],
  ["Kazatomprom", "KAP", "NAC Kazatomprom"],
  ["Cameco"],
  ["Mitsubishi Corporation"],
  ["Mitsui"],
  ["Sojitz"],
  ["JOGMEC", ...["and", "&"].flatMap((and) => ["Corporation", "Corp"].map((corp) => `Japan Oil, Gas ${and} Metals National ${corp}`))],
  ["JFE Holdings", "JFE", "JFE Steel"],
  ["Nippon Steel"],
  ["POSCO", "Posco"],
  ["LG Energy Solution"],
  ["Samsung SDI"],
  ["SK On"],
  ["Panasonic"],
  ["CATL", "Contemporary Amperex Technology"],
  ["BYD"],
  ["Tesla"],
  ["General Motors"],
  ["Ford Motor", "Ford Motor Company"],
  ["Volkswagen"],
  ["Toyota", "Toyota Motor"],
  ["BMW"],
  ["Mercedes-Benz"],
  ["Hyundai"],
  ["Boeing"],
  ["Airbus"],
  ["Lockheed Martin"],
  ["Raytheon"],
  ["Nyrstar"],
  ["Trafigura"],
  ["Mercuria"],
  ["Gunvor"],
  ["Hancock Prospecting"],
  ["Ivanhoe Mines"],
  ["Gécamines", "Gecamines"],
  ["Eurasian Resources Group", "ERG"],
  ["Syrah Resources"],
  ["Talga"],
  ["Northvolt"],
  ["Redwood Materials"],
  ["Sibanye-Stillwater", "Sibanye Stillwater"],
  ["Impala Platinum", "Implats"],
  ["Vale Base Metals"],
  ["Codelco"],
  ["Sumitomo Metal Mining"],
  ["Korea Zinc"],
  ["Pan American Silver"],
  ["Southern Copper"],
  ["Jiangxi Copper"],
  ["Chinalco", "Aluminum Corporation of China"],
  ["China Minmetals", "Minmetals"],
  ["Sinomine"],
  ["Yahua"],
  ["Huayou Cobalt"],
  ["Goldman Sachs"],
  ["JPMorgan", "JPMorgan Chase", "J.P. Morgan"],
  ["Morgan Stanley"],
  ["BlackRock"],
];

const US_EXIM = `Export-Import Bank of the ${"United States"}`;

/** Public bodies news names bare as often as firms, with the actor type each is. */
const INSTITUTIONS: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ["United Nations", "organisation", "UN"],
  ["World Trade Organization", "organisation", "World Trade Organisation", "WTO"],
  ["World Bank", "organisation"],
  ["International Monetary Fund", "organisation", "IMF"],
  ["International Energy Agency", "organisation", "IEA"],
  ["White House", "state_body"],
  [US_EXIM, "state_body", ...["US", "U.S."].map((us) => `Export-Import Bank of the ${us}`), "U.S. Export-Import Bank", "US Export-Import Bank", "EXIM Bank", "Ex-Im Bank", "EXIM", "Exim"],
  ["Pentagon", "state_body"],
];

/**
 * Bodies of one country whose short names other countries' bodies share ("EXIM" is also Korea's, India's, China's
 * export-import bank): after another country's name or demonym the short name is not this body.
 */
const HOME_COUNTRY = new Map([[US_EXIM, "country:us"]]);

/** Whether a country other than `home` is named right before `start` ("China EXIM", "India's Exim Bank"). */
function afterOtherCountry(known: readonly Mention[], text: string, start: number, home: string): boolean {
  return overlapping(known, Math.max(0, start - 40), start).some((m) => m.entity.kind === "Country" && m.entity.id !== home && /^(?:['’]s)?\s+$/.test(text.slice(m.end, start)));
}

/** Capitalised words after an element word that do not make a firm's name: "Lithium Triangle", "Copper Belt". */
const NOT_NAME_WORDS = new Set(["Triangle", "Belt", "Valley", "Prices", "Price", "Market", "Markets", "Demand", "Supply", "Production", "Act", "Day", "Week", "Conference", "Summit", "Index", "Institute", "Association", "Council", "Report", "Outlook", "Exchange", "Futures", "Industry", "Sector", "Mining", "Mine", "Project", "Carbonate", "Hydroxide", "Oxide", "Metal", "Ore", "Battery", "Batteries", "Age", "Rush", "Boom", "Element", "Elements", "Oxides", "Magnet", "Magnets", "Permanent", "Processing", "Refining", "Reserves", "Deposits", "Concentrate", "Chain", "Supply"]);
/** Element words that open firms' names ("Lithium Americas", "Graphite One", "Cobalt Blue"). */
const ELEMENT_LEADS = String.raw`(?:Lithium|Graphite|Cobalt|Nickel|Uranium|Copper|Vanadium|Tungsten|Manganese|Rare Earths?|Tin|Zinc|Titanium)`;
const ELEMENT_LED = new RegExp(String.raw`(?<![\p{L}\d'’-])${ELEMENT_LEADS}((?:[ \t]+\p{Lu}[\p{L}\d]*){1,3})(?![\p{L}\d])`, "gu");
const LEGAL_TAIL = /^(?:Corp|Corporation|Inc|Ltd|Limited|plc|Plc|PLC|Group|Holdings|Co)\.?$/;
const SITE_AFTER: Record<string, string> = { project: "project", mine: "mine", deposit: "deposit", operations: "mine", plant: "processing_plant", refinery: "refinery" };

interface Surface {
  entity: KnownEntity;
}

let firmSurfaces: { pattern: RegExp; bySurface: Map<string, Surface> } | undefined;

function surfaces(): { pattern: RegExp; bySurface: Map<string, Surface> } {
  if (firmSurfaces) return firmSurfaces;
  const bySurface = new Map<string, Surface>();
  for (const [name, ...aliases] of FIRMS) {
    const entity = discoveredEntity("Actor", name, "company");
    for (const surface of [name, ...aliases]) bySurface.set(surface, { entity });
  }
  for (const [name, type, ...aliases] of INSTITUTIONS) {
    const entity = discoveredEntity("Actor", name, type);
    for (const surface of [name, ...aliases]) bySurface.set(surface, { entity });
  }
  const alternatives = [...bySurface.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  firmSurfaces = { pattern: new RegExp(`(?<![\\p{L}\\d'’-])(?:${alternatives.join("|")})(?![\\p{L}\\d]|[-–]\\p{L})`, "gu"), bySurface };
  return firmSurfaces;
}

/** The mentions of `sorted` (in text order, free of overlaps) that overlap [start, end), found by binary search. */
function overlapping(sorted: readonly Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const found: Mention[] = [];
  for (let i = lo; i < sorted.length && (sorted[i]?.start ?? Infinity) < end; i++) {
    const m = sorted[i];
    if (m && m.end > start) found.push(m);
  }
  return found;
}

/** Whether `at` opens a sentence of its block: only spaces, quotes or bullets since the last full stop or the block's start. */
function opensSentence(text: string, blockStart: number, at: number): boolean {
  const before = text.slice(blockStart, at);
  return /(?:^|[.!?:]["”’]?\s)[\s"'“‘(•*#>–—-]*$/u.test(before);
}

/** Element-led firms' names in body blocks: "Lithium Americas Corp", "the Graphite One project". */
function elementLedNames(text: string, block: Block, known: readonly Mention[], lowerWords: ReadonlySet<string>): Mention[] {
  const found: Mention[] = [];
  const body = text.slice(block.start, block.end);
  for (const match of allMatches(ELEMENT_LED, body)) {
    const start = block.start + match.index;
    const opening = opensSentence(text, block.start, start);
    const words = (match[1] ?? "").trim().split(/[ \t]+/);
    // The name runs while its words are name words; a legal form closes it.
    const kept: string[] = [];
    for (const word of words) {
      if (NOT_NAME_WORDS.has(word)) break;
      kept.push(word);
      if (LEGAL_TAIL.test(word)) break;
    }
    const firstWord = kept[0];
    if (!firstWord || LEGAL_TAIL.test(firstWord)) continue;
    const leadLength = match[0].length - (match[1] ?? "").length;
    const nameEnd = start + leadLength + (match[1] ?? "").indexOf(kept[kept.length - 1] ?? "") + (kept[kept.length - 1] ?? "").length;
    const firstAt = start + leadLength + (match[1] ?? "").indexOf(firstWord);
    // The word after the element must be a place ("Lithium Australia") or a word the article never writes in
    // lower case ("Graphite One"): "Lithium Prices" in a title-cased phrase is not a name.
    const place = overlapping(known, firstAt, firstAt + 1).some((m) => m.start === firstAt && (m.entity.kind === "Country" || m.entity.kind === "Region") && m.via !== "demonym");
    if (!place && lowerWords.has(firstWord.toLowerCase())) continue;
    // Opening a sentence, only a place after the element word makes a name ("Lithium Australia has …").
    if (opening && !place) continue;
    if (overlapping(known, start, nameEnd).some((m) => m.entity.kind === "Actor")) continue;
    const name = text.slice(start, nameEnd);
    const site = /^[ \t]+(\p{Ll}+)\b/u.exec(text.slice(nameEnd, nameEnd + 20));
    const siteType = site ? SITE_AFTER[site[1] ?? ""] : undefined;
    if (site && siteType) {
      const end = nameEnd + (site[0] ?? "").length;
      found.push({ entity: discoveredEntity("Asset", text.slice(start, end), siteType), start, end, text: text.slice(start, end), via: "form", confidence: 0.6 });
      continue;
    }
    found.push({ entity: discoveredEntity("Actor", name, "company"), start, end: nameEnd, text: name, via: "form", confidence: 0.6 });
  }
  return found;
}

/**
 * Adds the well-known firms and element-led firms' names of the non-furniture blocks to `known` (in text order,
 * free of overlaps). A firm's name wins over the element, country or demonym mentions inside it ("Anglo American",
 * "Lithium Australia"); a known actor or asset already covering the words wins over it.
 */
export function withWellKnownFirms(known: readonly Mention[], text: string, blocks: readonly Block[]): Mention[] {
  const { pattern, bySurface } = surfaces();
  const lowerWords = lowerCaseWords(text);
  const added: Mention[] = [];
  for (const block of blocks) {
    if (block.role === "furniture" || block.language !== "en") continue;
    const body = text.slice(block.start, block.end);
    const blockFrom = added.length;
    for (const match of allMatches(pattern, body)) {
      const surface = bySurface.get(match[0]);
      if (!surface) continue;
      const start = block.start + match.index;
      const home = HOME_COUNTRY.get(surface.entity.name);
      if (home && afterOtherCountry(known, text, start, home)) continue;
      added.push({ entity: surface.entity, start, end: start + match[0].length, text: match[0], via: "form", confidence: 0.6 });
    }
    if (block.role !== "body") continue;
    const listed = added.slice(blockFrom);
    for (const m of elementLedNames(text, block, known, lowerWords)) if (overlapping(listed, m.start, m.end).length === 0) added.push(m);
  }
  if (added.length === 0) return [...known];
  const strong = (m: Mention) => (m.entity.kind === "Actor" || m.entity.kind === "Asset") && m.via !== "form";
  const firms = added.filter((a) => !overlapping(known, a.start, a.end).some(strong)).sort((a, b) => a.start - b.start);
  const rest = known.filter((m) => overlapping(firms, m.start, m.end).length === 0);
  return [...rest, ...firms].sort((a, b) => a.start - b.start);
}

