import { nodeIdFor } from "../../graph/index.js";
import { discoverChineseNames } from "./discover-chinese-names.js";
import { discoverRussianBodies } from "./discover-russian-bodies.js";
import { discoverRussianSites } from "./discover-russian-sites.js";
import type { Gazetteer } from "./gazetteer.js";
import { COMMODITY_SITE_HEADS, siteHeadAfterCommodities } from "./site-head-after-commodities.js";
import type { KnownEntity, Mention, Sentence, Token } from "./types.js";

/** Capitalised last words that make a name an organisation, and the actor type each implies. */
const ORGANISATION_HEADS: Record<string, string> = {
  resources: "company", holding: "company", holdings: "company", mining: "company", metals: "company", materials: "company",
  group: "company", corporation: "company", corp: "company", company: "company", ltd: "company", limited: "company", inc: "company",
  llc: "company", jsc: "company", pjsc: "company", plc: "company", ag: "company", gmbh: "company", minerals: "company",
  industries: "company", technologies: "company", earths: "company", chemicals: "company", magnet: "company", magnets: "company", metallurgy: "company",
  plant: "company", works: "company", combine: "company", factory: "company",
  institute: "organisation", university: "organisation", academy: "organisation", association: "organisation",
  ministry: "state_body", department: "state_body", agency: "state_body", commission: "state_body", survey: "state_body",
  council: "state_body", service: "state_body", administration: "state_body", office: "state_body",
  fund: "fund",
};
/**
 * Commodity words closing a capitalised name in running text: "Korea Zinc", "Jiangxi Copper", "Tianqi Lithium". In
 * the middle of a body sentence a capitalised element word after another capitalised word is a firm's name.
 */
const ELEMENT_HEADS = new Set(["lithium", "cobalt", "copper", "zinc", "nickel", "graphite", "tungsten", "uranium", "gold", "silver", "tin", "titanium", "vanadium", "manganese", "antimony", "gallium", "germanium", "niobium", "tantalum", "molybdenum", "alumina", "aluminium", "aluminum", "platinum", "potash", "iron"]);
/** Legal forms: whatever words come before them, the run is a firm's name ("Lithium Americas Corp"). */
const LEGAL_HEADS = new Set(["ltd", "limited", "inc", "corp", "corporation", "llc", "jsc", "pjsc", "plc", "ag", "gmbh", "sa", "nv", "spa", "bv", "pty", "tbk", "bhd", "asa"]);
/** Legal forms written before a firm's name. */
const LEGAL_PREFIXES = new Set(["JSC", "PJSC", "OJSC", "CJSC", "PT", "LLP", "TOO", "AO", "PAO", "OAO", "ZAO", "OOO"]);
/** Kinds of state firm written after the legal form and before the name: "JSC NMC Tau-Ken Samruk" (national mining company). */
const STATE_FIRM_PREFIXES = new Set(["NMC", "NAC"]);
/** Organisations named "Ministry of …", whose head comes first. */
const LEADING_HEADS = new Set(["ministry", "department", "institute", "agency", "commission", "bank", "office", "university", "academy", "council"]);
/** Lower-case words after a capitalised name that make it a site, and the asset type each implies. */
const ASSET_HEADS: Record<string, string> = {
  deposit: "deposit", field: "deposit", mine: "mine", project: "project", plant: "processing_plant", refinery: "refinery",
  facility: "processing_plant", complex: "processing_plant", factory: "processing_plant", smelter: "refinery",
};
/** Head words that name the same kind of processing site, so a known site may be called by any of them. */
const PLANT_WORDS = new Set(["plant", "refinery", "facility", "complex", "works", "factory"]);
/** Common nouns that introduce an organisation's name: "the parent company Molycorp". */
const APPOSITION = new Set(["company", "firm", "corporation", "producer", "miner", "group", "holding", "subsidiary", "operator", "manufacturer", "startup", "developer"]);
/** Words that describe a class of materials in a title-cased heading rather than name a firm. */
const DESCRIPTORS = new Set(["heavy", "light", "medium", "critical", "strategic", "separated", "refined", "processed", "global", "key", "other", "new", "rare", "minor", "major"]);
const CONNECTORS = new Set(["of", "and", "&", "for"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "one", "some", "all", "both", "each"]);

const NAME_TOKEN = /^(\p{Lu}[\p{L}\d'’.-]*|\d+\p{Lu}[\p{L}\d]*)$/u;

function isNameToken(token: Token): boolean {
  return NAME_TOKEN.test(token.text);
}

/** Legal forms closing a name ("IGO Ltd", "Hanley Metals Corp."): no part of its identity. */
const TRAILING_LEGAL_FORMS = /(?:[\s,]+(?:Co\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|LLC|JSC|PJSC|PLC|plc|AG|GmbH|S\.A\.|SA|N\.V\.|NV|SpA|B\.V\.|BV|Pty|Tbk|Bhd|ASA))+$/u;

/**
 * A discovered firm's id leaves out its legal form, so "IGO Ltd" and a later "IGO" are one node, and the id is the
 * one a reader would give it.
 */
export function discoveredEntity(kind: "Actor" | "Asset", name: string, type: string): KnownEntity {
  const bare = kind === "Actor" ? name.replace(TRAILING_LEGAL_FORMS, "") : name;
  const id = nodeIdFor(kind, bare.length >= 2 ? bare : name);
  return { id, kind, name, type, discovered: true, node: { id, name, type, aliases: [] } };
}

/**
 * Entities the knowledge base lacks, recognised by the form of their name in English sentences:
 * "… Mechanical Plant", "… Resources", "Ministry of …", "the … deposit", "the company X". Names that turn
 * out to be a known entity written differently ("the Solikamsk plant") resolve to it.
 */
export function discoverEntities(sentence: Sentence, text: string, known: readonly Mention[], gazetteer: Gazetteer): Mention[] {
  if (sentence.language === "ru") return [...discoverRussianSites(sentence, text, known, gazetteer), ...discoverRussianBodies(sentence, text, known)];
  if (sentence.language === "zh") return discoverChineseNames(sentence, text, known, gazetteer);
  if (sentence.language !== "en") return [];
  const tokens = sentence.tokens;
  const covered = (t: Token) => known.some((m) => t.start < m.end && m.start < t.end);
  const read = (at: number) => readRun(tokens, at, text, known, covered, gazetteer, sentence.role === "body");
  const found: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isNameToken(first)) {
      i++;
      continue;
    }
    // Every sentence starts with a capital, so there only a proper noun (by its tag) starts a name. Tags cost a
    // second pass of the tagger over the paragraph, so the tag is asked for only when reading the first word as
    // part of a name would find something else than skipping it.
    if (i === 0 && !LEADING_HEADS.has(first.text.toLowerCase())) {
      const asName = read(0);
      if (!skippingFinds(asName, tokens, read) && first.pos !== "PROPN") {
        i = 1;
        continue;
      }
      if (asName.mention) found.push(asName.mention);
      if (asName.also) found.push(asName.also);
      i = asName.next;
      continue;
    }
    const run = read(i);
    if (run.mention) found.push(run.mention);
    if (run.also) found.push(run.also);
    i = run.next;
  }
  return found;
}

interface RunReading {
  mention?: Mention;
  /** A second mention of the same entity: the acronym a name introduces in brackets. */
  also?: Mention;
  /** Where scanning resumes. */
  next: number;
}

/** The run of capitalised words (with "of", "and", hyphens) that starts at token `i`, and the name it makes, if any. */
function isFirmHead(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, "");
  return ORGANISATION_HEADS[lower] !== undefined || ELEMENT_HEADS.has(lower) || LEGAL_HEADS.has(lower);
}

function readRun(tokens: readonly Token[], i: number, text: string, known: readonly Mention[], covered: (t: Token) => boolean, gazetteer: Gazetteer, inBody: boolean): RunReading {
  let j = i;
  while (j + 1 < tokens.length) {
    const next = tokens[j + 1];
    const after = tokens[j + 2];
    if (next && isNameToken(next)) j++;
    else if (next && CONNECTORS.has(next.text.toLowerCase()) && after && isNameToken(after)) j += 2;
    else if (next && next.text === "-" && after && isNameToken(after) && next.start === tokens[j]?.end) j += 2;
    else break;
  }
  let run = tokens.slice(i, j + 1);
  // "Ministry of Industry and Trade Anton Alikhanov": after "of … and …", a run of three or more capitalised
  // words is the organisation's last word followed by a person's name.
  if (LEADING_HEADS.has(run[0]?.text.toLowerCase() ?? "")) {
    const lastConnector = run.map((t) => CONNECTORS.has(t.text.toLowerCase())).lastIndexOf(true);
    if (lastConnector > 0 && run.length - lastConnector - 1 >= 3) {
      run = run.slice(0, lastConnector + 2);
      j = i + run.length - 1;
    }
  }
  // "Sinomine Resource Group and Zhejiang Huayou Cobalt": an "and" right after a firm's head word joins two names.
  const joint = run.findIndex((t, k) => k > 0 && t.text === "and" && (isFirmHead(run[k - 1]?.text ?? "") || LEGAL_PREFIXES.has(run[k + 1]?.text ?? "")));
  if (joint > 0) {
    run = run.slice(0, joint);
    j = i + joint - 1;
  }
  while (run.length > 0 && DETERMINERS.has((run[0]?.text ?? "").toLowerCase())) run = run.slice(1);
  const acronym = acronymNamed(run, tokens, j, text, known);
  if (acronym) return { mention: acronym.name, also: acronym.acronym, next: j + 4 };
  const mention = run.length > 0 ? (classify(run, tokens[j + 1], tokens[i - 1], text, gazetteer, inBody) ?? siteBeforeCommodities(run, tokens, j, text, known, gazetteer)) : undefined;
  // "Rare Earth Resources" is a known element plus a head word, "Heavy Rare Earths" one with a descriptor: a
  // heading, not a company's name ("Arafura Rare Earths" is one). A place before the head ("Korea Zinc",
  // "Brazilian Rare Earths") or a legal form after it names a firm too.
  const ownWords = run.slice(0, -1).filter((t) => !covered(t) && !CONNECTORS.has(t.text.toLowerCase()));
  const head = run[run.length - 1];
  // A demonym before an element word describes the metal ("Chinese Lithium" in a title-cased phrase); before a
  // firm's head word ("Brazilian Rare Earths") it is part of the name.
  const elementHeaded = ELEMENT_HEADS.has(head?.text.toLowerCase() ?? "");
  const placed = inBody && run.slice(0, -1).some((t) => known.some((m) => (m.entity.kind === "Country" || m.entity.kind === "Region") && !(elementHeaded && m.via === "demonym") && m.start <= t.start && t.end <= m.end));
  const legal = head !== undefined && LEGAL_HEADS.has(head.text.toLowerCase().replace(/\.$/, "")) && run.length >= 2;
  const named = ownWords.some((t) => !DESCRIPTORS.has(t.text.toLowerCase())) || placed || legal;
  const kept = mention && (mention.entity.discovered !== true || named || run.length === 1) && (!run.every(covered) || placed || legal);
  return { mention: kept ? mention : undefined, next: j + 1 };
}

/** Whether scanning from token 1 finds what reading token 0 as a name's start found, and stops where it stopped. */
function skippingFinds(asName: RunReading, tokens: readonly Token[], read: (at: number) => RunReading): boolean {
  const found: Mention[] = [];
  let i = 1;
  while (i < asName.next) {
    const token = tokens[i];
    if (!token || !isNameToken(token)) {
      i++;
      continue;
    }
    const run = read(i);
    if (run.mention) found.push(run.mention);
    i = run.next;
  }
  if (i !== asName.next) return false;
  const expected = asName.mention ? [asName.mention] : [];
  return found.length === expected.length && found.every((m, k) => sameMention(m, expected[k]));
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * "Japan Australia Rare Earths (JARE)": a name followed by the acronym of its initials is an organisation
 * introducing its short form, whatever its last word. A run that one known name covers is that entity ("Rare
 * Earth Elements (REE)"); one whose known words are elements and descriptors only names a class of elements
 * ("Heavy Rare Earth Elements (HREE)"), while a place or organisation in it makes it a firm's name.
 */
function acronymNamed(run: readonly Token[], tokens: readonly Token[], last: number, text: string, known: readonly Mention[]): { name: Mention; acronym: Mention } | undefined {
  const [open, short, close] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  if (run.length < 2 || open?.text !== "(" || close?.text !== ")" || !short || !ACRONYM.test(short.text)) return undefined;
  const initials = run.filter((t) => !CONNECTORS.has(t.text.toLowerCase())).map((t) => t.text[0]).join("");
  if (initials !== short.text) return undefined;
  const first = run[0];
  const head = run[run.length - 1];
  if (!first || !head) return undefined;
  // "Defense Production Act (DPA)", "Technology Investment Agreement (TIA)": laws and agreements are no actors.
  if (/^(?:Acts?|Agreement|Law|Treaty|Programme|Program|Initiative|Strategy|Plan|Policy|Directive|Regulation|Bill|Accord|Protocol|Convention)$/.test(head.text)) return undefined;
  const inside = known.filter((m) => m.start < head.end && first.start < m.end);
  if (inside.some((m) => m.start <= first.start && m.end >= head.end)) return undefined;
  if (inside.some((m) => m.entity.kind === "Element") && !inside.some((m) => m.entity.kind === "Country" || m.entity.kind === "Actor")) return undefined;
  const name = text.slice(first.start, head.end);
  const type = ORGANISATION_HEADS[head.text.toLowerCase()] ?? "company";
  const entity = discoveredEntity("Actor", name, type === "company" || type === "fund" || type === "state_body" || type === "organisation" ? type : "company");
  const mention = (start: number, end: number): Mention => ({ entity, start, end, text: text.slice(start, end), via: "form", confidence: 0.6 });
  return { name: mention(first.start, head.end), acronym: mention(short.start, short.end) };
}

function sameMention(a: Mention, b: Mention | undefined): boolean {
  if (!b) return false;
  const [x, y] = [a.entity, b.entity];
  return a.start === b.start && a.end === b.end && a.text === b.text && a.via === b.via && a.confidence === b.confidence && x.id === y.id && x.kind === y.kind && x.name === y.name && x.type === y.type && x.discovered === y.discovered;
}

function classify(run: Token[], next: Token | undefined, previous: Token | undefined, text: string, gazetteer: Gazetteer, inBody: boolean): Mention | undefined {
  const head = run[run.length - 1];
  const first = run[0];
  if (!head || !first) return undefined;
  const nameOf = (tokens: Token[]) => text.slice(tokens[0]?.start ?? 0, tokens[tokens.length - 1]?.end ?? 0);
  const lowerHead = head.text.toLowerCase().replace(/\.$/, "");
  const make = (entity: KnownEntity, end: number, confidence: number): Mention => ({ entity, start: first.start, end, text: text.slice(first.start, end), via: "form", confidence });

  if (next && ASSET_HEADS[next.text] && next.start - head.end <= 1) {
    const name = text.slice(first.start, next.end);
    const resolved = resolveKnown(gazetteer, first.text, next.text, name);
    if (resolved) return make(resolved, next.end, 0.8);
    return make(discoveredEntity("Asset", name, ASSET_HEADS[next.text] ?? "deposit"), next.end, 0.6);
  }
  // "Prices of Heavy Rare Earths", "Demand for Critical Minerals Resources": a firm's name does not run through
  // "of"/"for" unless it opens with a head such as "Ministry" (read below).
  const throughConnector = run.some((t) => t.text === "of" || t.text === "for");
  const elementHead = inBody && ELEMENT_HEADS.has(lowerHead) && /^\p{Lu}/u.test(head.text) && !(next && ASSET_HEADS[next.text]);
  if (run.length >= 2 && (ORGANISATION_HEADS[lowerHead] || elementHead) && !throughConnector) {
    const name = nameOf(run);
    const resolved = resolveKnown(gazetteer, first.text, head.text, name);
    if (resolved) return make(resolved, head.end, 0.8);
    return make(discoveredEntity("Actor", name, ORGANISATION_HEADS[lowerHead] ?? "company"), head.end, 0.6);
  }
  // "JSC Kestrel Holding", "PT Borneo Nikel": a legal form before the name (Russian, Kazakh, Indonesian usage).
  if (run.length >= 2 && LEGAL_PREFIXES.has(first.text) && !throughConnector) {
    const named = run.slice(STATE_FIRM_PREFIXES.has(run[1]?.text ?? "") && run.length >= 3 ? 2 : 1);
    const bare = nameOf(named);
    const entity = gazetteer.lookupName(bare, ["Actor"]) ?? gazetteer.lookupName(nameOf(run), ["Actor"]) ?? discoveredEntity("Actor", bare, "company");
    return make(entity, head.end, entity.discovered ? 0.6 : 0.8);
  }
  const lowerFirst = first.text.toLowerCase();
  if (run.length >= 3 && LEADING_HEADS.has(lowerFirst) && run.some((t) => t.text === "of")) {
    const type = ORGANISATION_HEADS[lowerFirst] ?? "organisation";
    return make(discoveredEntity("Actor", nameOf(run), type), head.end, 0.6);
  }
  if (previous && APPOSITION.has(previous.text.toLowerCase()) && run.every((t) => t.pos === "PROPN")) {
    return make(discoveredEntity("Actor", nameOf(run), "company"), head.end, 0.5);
  }
  return undefined;
}

/**
 * "the Kestrel copper mine", "Orla rare earths refinery": a capitalised name, then its metals, then a site word
 * names a site by the capitalised words alone (the metals stay element mentions, so "produces copper" can still be
 * read). A run holding a known organisation or site, or ending in a firm's head word, is a firm's plant, not a
 * site's name.
 */
function siteBeforeCommodities(run: Token[], tokens: readonly Token[], last: number, text: string, known: readonly Mention[], gazetteer: Gazetteer): Mention | undefined {
  const first = run[0];
  const head = run[run.length - 1];
  if (!first || !head || isFirmHead(head.text) || LEADING_HEADS.has(first.text.toLowerCase())) return undefined;
  if (known.some((m) => (m.entity.kind === "Actor" || m.entity.kind === "Asset") && m.start < head.end && first.start < m.end)) return undefined;
  const at = siteHeadAfterCommodities(tokens, last, known.filter((m) => m.entity.kind === "Element"));
  const siteWord = at === undefined ? undefined : tokens[at]?.text;
  if (!siteWord) return undefined;
  const name = text.slice(first.start, head.end);
  const resolved = resolveKnown(gazetteer, first.text, siteWord, `${name} ${siteWord}`);
  const entity = gazetteer.lookupName(name, ["Asset"]) ?? (resolved?.kind === "Asset" ? resolved : undefined) ?? discoveredEntity("Asset", name, COMMODITY_SITE_HEADS[siteWord] ?? "mine");
  return { entity, start: first.start, end: head.end, text: name, via: "form", confidence: entity.discovered ? 0.6 : 0.8 };
}

function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/[\s-]+/u).map((w) => w.replace(/[^\p{L}\d&]/gu, "")).filter((w) => w.length > 0);
}

/** Every word of a known entity's name and aliases, in lower case. */
function knownWords(entity: KnownEntity): Set<string> {
  const aliases = Array.isArray(entity.node.aliases) ? entity.node.aliases.filter((a): a is string => typeof a === "string") : [];
  return new Set([entity.name, ...aliases].flatMap(wordsOf));
}

function resolveKnown(gazetteer: Gazetteer, first: string, head: string, name: string): KnownEntity | undefined {
  const exact = gazetteer.lookupName(name, ["Actor", "Asset"]);
  if (exact) return exact;
  // Russian place adjectives in transliteration name the place: "Tomtorskoye field" is the Tomtor deposit.
  const place = /^(\p{Lu}\p{L}{3,}?)(?:skoye|skoe|skiy|sky|skaya|ovskoye|evskoye|inskoye|ское|ский|ская)$/u.exec(first)?.[1];
  if (place && ASSET_HEADS[head.toLowerCase()]) {
    const site = gazetteer.lookupName(place, ["Asset"]);
    if (site) return site;
  }
  let candidates = gazetteer.byFirstAndHead(first, head);
  // "the Kuantan plant" for a site known as the "Kuantan refinery": processing sites go by any of these words.
  if (candidates.length === 0 && PLANT_WORDS.has(head.toLowerCase())) {
    const sites = new Set<KnownEntity>();
    for (const other of PLANT_WORDS) for (const e of gazetteer.byFirstAndHead(first, other)) if (e.kind === "Asset") sites.add(e);
    candidates = [...sites];
  }
  // "China Polar Copper Smelting Corporation" starts and ends like "China Minmetals Corporation" but is another
  // firm: the words between the first and the head must be words of the known name.
  const middle = wordsOf(name).slice(1, -1).filter((w) => !CONNECTORS.has(w));
  if (middle.length > 0) candidates = candidates.filter((e) => middle.every((w) => knownWords(e).has(w)));
  if (candidates.length === 1) return candidates[0];
  // Several known sites start and end alike ("Solikamsk Magnesium Plant", "Solikamsk REE separation plant"):
  // the one with the shortest name is the one a short reference most likely means.
  const sorted = [...candidates].sort((a, b) => a.name.split(" ").length - b.name.split(" ").length);
  const [a, b] = sorted;
  return a && b && a.name.split(" ").length < b.name.split(" ").length ? a : undefined;
}
