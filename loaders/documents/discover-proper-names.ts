import { allMatches } from "./all-matches.js";
import { discoveredEntity } from "./discover-entities.js";
import { discoverPersonOwners } from "./discover-person-owners.js";
import type { KnownEntity, Mention, Sentence, Token } from "./types.js";
import { lowerCaseWords } from "./lower-case-words.js";

/**
 * Names the knowledge base lacks and whose form tells nothing ("Sojitz", "Cove Kaz Capital", "Upper Kairakty"):
 * capitalised words in English sentences that the text shows to be an organisation or a site. Capitals alone
 * prove nothing (places, people, sentence openings, headline words), so a name is kept only when the words around
 * it say what it is: an apposition ("X, a unit of …"), a class noun before it ("trading house X"), a legal suffix
 * or ticker, a corporate possessive ("X's shareholders"), a verb a firm is the subject of, a stake in it, or a
 * commodity and site word after it ("the X tungsten deposit"). Evidence is summed over the document, so a name
 * weakly supported twice counts; signs of a place or a person count against it. Every occurrence of a kept name
 * is then a mention, and so is the first word of a longer firm's name standing alone ("Vulcan" for "Vulcan
 * Elements"). Discovered names are guesses and carry lower confidence than known ones.
 */

const CONFIDENCE = 0.5;

/** One capitalised word, hyphenated parts and a leading number included: "Tau-Ken", "10X", "VSMPO-AVISMA". */
const WORD = String.raw`(?:\p{Lu}[\p{L}\d]*|\d+\p{Lu}[\p{L}\d]*)(?:[-–](?:\p{Lu}|\d)[\p{L}\d]*)*`;
/** "the Halden-owned company": a name written into a compound that makes it an owner. */
const OWNED_SUFFIX = String.raw`(?:owned|backed|controlled|led)\b`;
/** Capitalised words in a row, joined by spaces, "&", or "of"/"for"/"and" (kept only after a head like "Ministry"). */
const CHUNK = new RegExp(String.raw`(?<![\p{L}\d'’.-])${WORD}(?:[ \t]+(?:(?:&|of|for|and|of the)[ \t]+)?${WORD})*(?![\p{L}\d]|[-–](?!${OWNED_SUFFIX})\p{Ll})`, "gu");
const CONNECTOR = /^(?:&|of|for|and|the)$/;

/** Heads that open an organisation's name and may run through "of": "Department of State". */
const LEADING_HEADS = new Set(["Ministry", "Department", "Bank", "Agency", "Bureau", "Office", "Commission", "Institute", "University", "Council", "Authority", "Academy"]);
/** Capitalised last words that make a name an organisation; 2 = enough alone, 1 = needs one more sign. */
const ORG_LAST: Record<string, number> = {
  Bank: 2, Ministry: 2, Department: 2, Agency: 2, Authority: 2, Bureau: 2, Commission: 2, Exchange: 1, Trust: 1,
  Capital: 1, Partners: 1, Ventures: 1, Investments: 1, Fuels: 1, Motors: 1, Electric: 1, Steel: 1, Petroleum: 1,
  Energy: 1, Power: 1, Chemical: 1, Elements: 1, Tech: 1, Technology: 1, Systems: 1, Exploration: 1, Mines: 1,
  Alloys: 1, Enterprises: 1, Associates: 1, International: 1, Carbon: 1, Lithium: 1, Graphite: 1, Magnetics: 1,
};
/** Legal forms closing a firm's name: "Brask SA", "Quillon Ltd". The name keeps them, as form discovery does. */
const LEGAL = new Set(["Ltd", "Limited", "Inc", "Corp", "Co", "AG", "SA", "NV", "Plc", "PLC", "plc", "GmbH", "LLC", "JSC", "PJSC", "SE", "ASA", "AB", "Oyj", "Pty", "Bhd", "Berhad", "KK", "SpA", "BV", "Tbk"]);
/** Capitalised site words closing a name: "the 10X Facility", "Stibnite Gold Project". */
const ASSET_LAST: Record<string, string> = {
  Mine: "mine", Deposit: "deposit", Project: "project", Plant: "processing_plant", Facility: "processing_plant", Refinery: "refinery",
  Smelter: "refinery", Mill: "processing_plant", Field: "deposit", Complex: "processing_plant", Hub: "processing_plant",
  Projects: "project", Deposits: "deposit",
};
/** Lower-case site words after a name (with commodity words between): "the Upper Kairakty tungsten deposit". */
const ASSET_AFTER: Record<string, string> = {
  deposit: "deposit", deposits: "deposit", mine: "mine", project: "project", plant: "processing_plant", facility: "processing_plant",
  refinery: "refinery", smelter: "refinery", mill: "processing_plant", field: "deposit", prospect: "deposit", complex: "processing_plant",
  property: "project", foundry: "processing_plant",
};
/**
 * What may stand before a site's name: an article or possessive, perhaps with a word that ranks or places the
 * site ("its flagship X project", "the proposed X mine").
 */
const SITE_OPENER = /(?:\b(?:the|its|their)|['’]s)\s+(?:(?:flagship|proposed|planned|existing|nearby|neighbouring|neighboring|wholly-owned|majority-owned)\s+)?$/i;

/** Class nouns that say what an organisation is, before its name or in an apposition after it; the type each implies. */
const ORG_NOUNS: Record<string, string> = {
  company: "company", firm: "company", miner: "company", producer: "company", group: "company", maker: "company", manufacturer: "company",
  carmaker: "company", automaker: "company", developer: "company", explorer: "company", startup: "company", "start-up": "company",
  refiner: "company", processor: "company", smelter: "company", subsidiary: "company", unit: "company", trader: "company", house: "company",
  conglomerate: "company", utility: "company", supplier: "company", customer: "company", buyer: "company", rival: "company", partner: "company",
  operator: "company", venture: "company", consortium: "company", giant: "company", corporation: "company", holding: "company", affiliate: "company", arm: "company", division: "company",
  investor: "company", lender: "company", bank: "company", insurer: "company", shipper: "company", recycler: "company", owner: "company",
  agency: "state_body", regulator: "state_body", ministry: "state_body", body: "state_body", department: "state_body",
  fund: "fund", institute: "organisation", university: "organisation", laboratory: "organisation", association: "organisation",
};
/** Site nouns in an apposition: "Mount Weld, the high-grade deposit …". */
const SITE_NOUNS: Record<string, string> = { deposit: "deposit", mine: "mine", project: "project", plant: "processing_plant", facility: "processing_plant", refinery: "refinery" };
/** Roles of people: before a name ("Chief Executive X", "minister X") or in an apposition after it, they make it a person. */
const PERSON_ROLES = /^(?:chief|ceo|chairman|chairwoman|chair|president|vice|director|minister|secretary|spokesman|spokeswoman|spokesperson|analyst|founder|co-founder|head|manager|officer|executive|economist|professor|researcher|governor|senator|ambassador|premier|adviser|advisor|deputy|mr|mrs|ms|dr|prof|sir|lord)$/;
/** News media are not annotated as organisations: "the news agency TASS", "X, a state broadcaster". */
const MEDIA = /\b(?:news|newspaper|broadcaster|magazine|outlet|publication|daily|newswire|wire service|television|radio)\b/i;
const PERSON_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|President|Premier|Minister|Secretary|Senator|Governor|Chairman|Chairwoman|CEO|[Cc]hief [Ee]xecutive|[Ee]xecutive|[Dd]irector|[Aa]nalyst|[Ss]pokes(?:man|woman|person)|[Ff]ounder|[Oo]fficer|[Hh]ead|[Mm]inister|[Pp]resident|[Mm]anager|[Ee]conomist|[Cc]hairman|said|says|told)\.?)\s+$/;
/**
 * "written by X" names a person, "supported by X" and "operated by X" a firm: an agent after "by" counts one point
 * against a name rather than ruling it out.
 */
const AGENT_BEFORE = /\bby\s+$/;
/** Legal forms written before a firm's name in Russian, Kazakh and Indonesian usage ("NMC": national mining company). */
const LEADING_LEGAL_FORMS = new Set(["JSC", "PJSC", "OJSC", "CJSC", "LLP", "TOO", "AO", "PAO", "OAO", "ZAO", "OOO", "PT", "NMC", "NAC"]);
/** Words that may open a sentence or a headline in capitals but never a name on their own. */
const NEVER_NAMES = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "I", "It", "Its", "This", "That",
  "These", "Those", "He", "She", "They", "We", "State", "Government", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "CEO", "Chief", "Executive", "Minister", "President",
]);
/** Capitalised words too common in names to stand alone for one: "General" is not "General Motors". */
const NO_SHORT_FORM = new Set([
  "General", "National", "United", "New", "American", "International", "Global", "First", "Central", "Western", "Northern", "Southern",
  "Eastern", "North", "South", "East", "West", "Upper", "Lower", "Great", "Royal", "State", "Mount", "Lake", "Port", "Saint", "St",
  "Federal", "Japan", "China", "Asia", "Pacific", "Atlantic", "Rare", "Critical", "Strategic", "Advanced", "Energy", "Green", "Big",
]);

/** Verbs whose subject is rarely anything but an organisation. */
const FIRM_VERBS = /^(?:owns|owned|operates|operated|acquired|acquires|bought|buys|invested|invests|agreed|signed|sells|sold|supplies|supplied|ships|shipped|exports|exported|listed|raised|secured|posted|controls|controlled|mines|mined|refines|refined)$/;
/** Verbs any named subject may take: a sign, not a proof. */
const ANY_VERBS = /^(?:said|says|announced|announces|plans|planned|aims|expects|expected|will|would|has|had|is|was|reported|reports|confirmed|declined|wants|intends|hopes|received|began|started|opened|built|builds|develops|produces|produced|makes|made|won|holds|held)$/;
/** Verb forms that are also plural nouns ("Global supplies"); only these need the tagger's word. */
const NOUN_LIKE_VERBS = /^(?:supplies|plans|exports|mines|ships|controls|reports|holds|builds|sells|buys|hopes|wants|aims|owns|operates|refines|produces|makes|invests|expects|intends|develops|announces)$/;
/** Words a subject's verb may sit behind: "X has also agreed", "X on Tuesday said". */
const VERB_GAP = /^(?:has|have|had|also|then|now|still|already|last|this|on|recently|later|earlier|previously|\p{Lu}\p{Ll}+day)$/u;
/** Words after a possessive that only a firm has. */
const FIRM_POSSESSED = /^(?:shares?|shareholders?|board|chief|ceo|chairman|subsidiary|subsidiaries|stake|revenue|revenues|profit|profits|earnings|management|executives?|directors?|customers?|parent|unit|joint|share|stock|market|investors?)$/;
const SITE_POSSESSED = /^(?:plant|mine|project|refinery|facility|operations?|output|production|deposit|smelter|mill|offtake|deal|contract|acquisition|plans?)$/;
/** Words that describe a kind of site, standing between its name and its site word: "the X hard-rock mine". */
const SITE_DESCRIPTORS = /^(?:hard-rock|open-pit|open-cast|opencast|underground|brine|salt|flagship|high-grade|processing|refining|exploration|separation|conversion|hydroxide|carbonate|concentrator|mineral|sands|heap-leach|tailings|greenfield|brownfield|pilot|demonstration)$/;
/** Function words and verbs that cannot stand between a name and its site word ("X has a plant" names no plant X). */
const NOT_MODIFIERS = /^(?:a|an|the|its|their|his|her|has|have|had|is|was|are|were|be|been|will|would|to|and|or|of|for|in|at|on|by|with|from|as|that|which|who|said|says|plans|owns|operates|new|first|own|largest|biggest|only|another|other|such)$/;
/**
 * What follows the first or last of several sites named before one plural site word: "the A and B deposits",
 * "the A (other spelling) and B (other spelling) tungsten projects". Group 1: words between the last name and the
 * site word (commodities and descriptors only, checked by the caller); group 2: the site word.
 */
const PLURAL_SITES = /^(?:\s*\([^()]{1,40}\))?(?:\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:\s*\([^()]{1,40}\))?)?((?:\s+[\p{Ll}-]+){0,2}?)\s+(deposits|mines|projects|operations|fields)\b/u;
/** One name in a list of sites: up to three capitalised words, perhaps with another spelling in brackets. */
const LISTED_NAME = String.raw`(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:\s*\([^()]{1,40}\))?`;
/**
 * "the A, B, C and D lithium properties": what may follow one name of a comma list of sites before one plural site
 * word (the names after it, then commodities or descriptors, group 1, then the site word, group 2), and what may
 * precede it (an article or possessive, then the names before it).
 */
const LISTED_SITES_AFTER = new RegExp(String.raw`^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*${LISTED_NAME})*(?:,?\s+and\s+${LISTED_NAME})?((?:\s+[\p{Ll}-]+){0,2}?)\s+(deposits|mines|projects|fields|properties|prospects)\b`, "du");
const LISTED_SITES_BEFORE = new RegExp(String.raw`(?:\b(?:the|its|their)|['’]s)\s+(?:${LISTED_NAME}\s*,\s*)*(?:${LISTED_NAME},?\s+and\s+)?$`, "u");
/** Prepositions before a name that place it: "in Astana", "near Laverton". */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|near|outside|across|around|throughout|within|into)\s+(?:the\s+)?$/u;
/** "… a stake in X", "$200 million in X": the preposition introduces a firm, not a place. */
const STAKE_BEFORE = /\b(?:stakes?|shares|shareholding|interest|investment|holding|position|invest|invested|investing|million|billion|bn|\d)\s+in\s+(?:the\s+)?$/;
const PLACE_AFTER = /^\s+(?:region|province|state|county|city|district|basin|valley|island|islands|river|coast|port|prefecture|oblast|territory|area|mountains?|desert|peninsula)\b/;

interface Occurrence {
  name: string;
  start: number;
  end: number;
  sentence: Sentence;
  /** The first word opens the sentence and may be an ordinary word in capitals; its tag decides, when asked. */
  initial: boolean;
}

interface Evidence {
  org: number;
  site: number;
  place: number;
  /** Signs neither of a firm nor of a place that still count against a name: "by X". */
  against: number;
  /** Points from verbs any subject takes: a person said things as often as a firm, so these alone never suffice. */
  anyVerb: number;
  person: boolean;
  actorType?: string;
  assetType?: string;
  /** The name with its site word, when the text gives it so: "Nachu West project". */
  siteName?: string;
}

function tokenAt(sentence: Sentence, start: number): Token | undefined {
  return sentence.tokens.find((t) => t.start === start);
}

/** The words of `name` as capitalised words ("Tau-Ken Samruk" → ["Tau-Ken", "Samruk"]). */
function wordsOf(name: string): string[] {
  return name.split(/[ \t]+/);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Capitalised runs of one sentence outside known mentions, split at connectors unless a leading head owns them. */
function occurrencesIn(sentence: Sentence, text: string, known: readonly Mention[], lowerWords: ReadonlySet<string>): Occurrence[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Occurrence[] = [];
  for (const match of allMatches(CHUNK, body)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    // Pieces of the run that no known mention covers.
    let pieces: Array<[number, number]> = [[start, end]];
    for (const m of known) {
      if (m.end <= start || m.start >= end) continue;
      pieces = pieces.flatMap(([a, b]): Array<[number, number]> => (m.end <= a || m.start >= b ? [[a, b]] : [[a, Math.max(a, m.start)], [Math.min(b, m.end), b]]));
    }
    for (const [a, b] of pieces) {
      if (!/\p{Lu}/u.test(text.slice(a, b))) continue;
      for (const piece of splitPiece(text, a, b)) {
        const trimmed = trimPiece(text, piece[0], piece[1], sentence, lowerWords);
        if (trimmed) found.push(trimmed);
      }
    }
  }
  return found;
}

/** Re-finds the words inside [a, b) and cuts at connectors, except "Ministry of …"-style names. */
function splitPiece(text: string, a: number, b: number): Array<[number, number]> {
  const slice = text.slice(a, b);
  const words = [...slice.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: a + m.index, end: a + m.index + m[0].length }));
  const first = words.find((w) => !CONNECTOR.test(w.text));
  const leading = first !== undefined && LEADING_HEADS.has(first.text);
  const out: Array<[number, number]> = [];
  let current: { start: number; end: number } | undefined;
  for (const w of words) {
    if (CONNECTOR.test(w.text) && !(leading && w.text !== "&") && w.text !== "&") {
      if (current) out.push([current.start, current.end]);
      current = undefined;
      continue;
    }
    if (!/^[\p{Lu}\d&]/u.test(w.text) && !CONNECTOR.test(w.text)) {
      if (current) out.push([current.start, current.end]);
      current = undefined;
      continue;
    }
    if (current) current.end = w.end;
    else if (!CONNECTOR.test(w.text)) current = { start: w.start, end: w.end };
  }
  if (current) out.push([current.start, current.end]);
  // A name never ends in a connector.
  return out.map(([s, e]) => {
    let end = e;
    const tail = /\s+(?:&|of|for|and|the)$/.exec(text.slice(s, end));
    if (tail) end -= tail[0].length;
    return [s, end];
  });
}

/** Drops opening words that are no name ("The", months, titles, an ordinary word opening the sentence). */
function trimPiece(text: string, a: number, b: number, sentence: Sentence, lowerWords: ReadonlySet<string>): Occurrence | undefined {
  let start = a;
  let initial = false;
  for (;;) {
    const word = /^\S+/.exec(text.slice(start, b))?.[0];
    if (!word) return undefined;
    const atOpening = /^[\s"'“‘(\-–—•*#>]*$/.test(text.slice(sentence.start, start));
    const bare = word.replace(/[-–].*$/, "");
    // A legal form before the name ("JSC NMC Tau-Ken Samruk") is no part of it, as with a trailing one in ids.
    const ordinary = NEVER_NAMES.has(bare) || LEADING_LEGAL_FORMS.has(word) || (atOpening && lowerWords.has(bare.toLowerCase()));
    if (!ordinary) {
      initial = atOpening && !/^\p{Lu}{2,}/u.test(word);
      break;
    }
    const rest = /^\S+\s*/.exec(text.slice(start, b))?.[0].length ?? b - start;
    start += rest;
    if (start >= b) return undefined;
  }
  const name = text.slice(start, b);
  if (NEVER_NAMES.has(name)) return undefined;
  return { name, start, end: b, sentence, initial };
}

function apposition(after: string): { org?: string; site?: string; person?: boolean } | undefined {
  const segment = /^\s*,\s+([^,.;:()]{1,90})/.exec(after)?.[1];
  if (!segment) return undefined;
  if (/^who\b/.test(segment)) return { person: true };
  if (MEDIA.test(segment)) return { person: true };
  if (!/^(?:a|an|the|one|another|its|their|\p{Lu}[\p{L}-]*['’]s)\b/u.test(segment)) return undefined;
  const words = [...segment.matchAll(/[\p{L}-]+(?:['’]s)?/gu)].map((m) => m[0]);
  for (const [k, w] of words.entries()) {
    if (/['’]s$/.test(w)) continue;
    const lower = w.toLowerCase();
    if (PERSON_ROLES.test(lower)) return { person: true };
    const singular = lower.replace(/s$/, "");
    if (SITE_NOUNS[lower] ?? SITE_NOUNS[singular]) return { site: SITE_NOUNS[lower] ?? SITE_NOUNS[singular] };
    if (ORG_NOUNS[lower] ?? ORG_NOUNS[singular]) return { org: ORG_NOUNS[lower] ?? ORG_NOUNS[singular] };
    if (/^(?:which|that|whose|who|with|for|by)$/.test(lower)) return undefined;
    // "a company owned by …" stops at the owner; "a 100%-state owned company" reads on to its noun.
    if (/^(?:backed|based|listed|owned|controlled|run)$/.test(lower) && words[k + 1] === "by") return undefined;
  }
  return undefined;
}

/** List separators: "A, B", "A and B", "A, and B", "A & B". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/;
/**
 * A comma alone joins list items only when the list goes on to an "and" ("A, B, C and D"): "Currently, Lynas …"
 * and "On Wednesday, Lynas …" are no lists.
 */
const LIST_GOES_ON = new RegExp(String.raw`^(?:\s*,\s*${LISTED_NAME})*,?\s+(?:and|&)\s+\p{Lu}`, "u");

/** Whether the text between two names (`gap`, from `from` to `to`) joins them as items of one list. */
function listed(text: string, from: number, to: number, sentenceEnd: number): boolean {
  const gap = text.slice(from, to);
  if (!LIST_GAP.test(gap)) return false;
  return /(?:and|&)\s+$/.test(gap) || LIST_GOES_ON.test(text.slice(to, sentenceEnd).replace(/^[^\s,]+(?:\s+\p{Lu}[^\s,]*){0,2}/u, ""));
}

/**
 * "JFE, Vantor and Sojitz", "Vametco and Vanchem": a bare name listed next to a known firm or site is one of the
 * same kind. Only a name the base knows (or found by form) counts as the neighbour, never a demonym or reference.
 */
function listNeighbour(o: Occurrence, text: string, known: readonly Mention[]): "Actor" | "Asset" | undefined {
  const named = known.filter((m) => (m.entity.kind === "Actor" || m.entity.kind === "Asset") && (m.via === "name" || m.via === "alias" || m.via === "form"));
  const previous = named.filter((m) => m.end <= o.start && listed(text, m.end, o.start, o.sentence.end)).at(-1);
  const next = named.find((m) => m.start >= o.end && listed(text, o.end, m.start, o.sentence.end));
  return (previous ?? next)?.entity.kind as "Actor" | "Asset" | undefined;
}

/** Reads the words around one occurrence into `evidence`. */
function weigh(o: Occurrence, text: string, known: readonly Mention[], evidence: Evidence): void {
  const before = text.slice(Math.max(o.sentence.start, o.start - 80), o.start);
  const after = text.slice(o.end, Math.min(o.sentence.end, o.end + 120));
  const words = wordsOf(o.name);
  const last = words[words.length - 1] ?? "";
  const firstWord = words[0] ?? "";

  if (PERSON_BEFORE.test(before) || PERSON_ROLES.test(firstWord.toLowerCase())) evidence.person = true;
  else if (AGENT_BEFORE.test(before)) evidence.against += 1;

  const app = apposition(after);
  if (app?.person) evidence.person = true;
  if (app?.org) {
    evidence.org += 2;
    evidence.actorType ??= app.org;
  }
  if (app?.site) {
    evidence.site += 2;
    evidence.assetType ??= app.site;
  }

  // A class noun and a comma before the name: "Indonesia's mining holding company, X,", "the world's largest
  // cobalt mine, X".
  const namedAfter = /\b([\p{Ll}-]+),\s+$/u.exec(before)?.[1];
  if (namedAfter && /^\s*(?:[,.;(]|$|in\b|and\b)/.test(after)) {
    const singular = namedAfter.replace(/s$/, "");
    if (SITE_NOUNS[namedAfter] ?? SITE_NOUNS[singular]) {
      evidence.site += 2;
      evidence.assetType ??= SITE_NOUNS[namedAfter] ?? SITE_NOUNS[singular];
    } else if (ORG_NOUNS[namedAfter] && !MEDIA.test(before.slice(-40))) {
      evidence.org += 2;
      evidence.actorType ??= ORG_NOUNS[namedAfter];
    }
  }
  if (MEDIA.test(before.slice(-30))) evidence.person = true;
  // A class noun right before the name: "trading house Sojitz", "the sovereign wealth fund Samruk-Kazyna".
  const noun = /([\p{L}-]+)\s+$/u.exec(before)?.[1];
  if (noun) {
    const lower = noun.toLowerCase();
    const type = ORG_NOUNS[lower] ?? ORG_NOUNS[lower.replace(/s$/, "")];
    if (type && noun === lower) {
      evidence.org += 2;
      evidence.actorType ??= type;
    } else if (/-(?:based|listed|owned|backed|controlled|headquartered)$/.test(lower)) evidence.org += 2;
  }
  if (/\b(?:companies|firms|carmakers|automakers|miners|producers|manufacturers|makers|groups|customers|buyers|suppliers|refiners|investors|partners|rivals)\s+(?:such as|including|like)\s+$/i.test(before)) evidence.org += 2;
  // "the owner of the X lithium project", "a stake in the X mine": with a site word after the name, the phrase is
  // about the site, not about X as a firm.
  const siteFollows = /^(?:\s+[\p{Ll}-]+){0,3}?\s+(?:project|mine|deposit|refinery|plant|facility|smelter|operations?)\b/u.test(after);
  if (!siteFollows && /\b(?:unit|subsidiary|division|affiliate|arm|part|shareholder|owner|parent|operator)\s+of\s+(?:the\s+)?$/.test(before)) evidence.org += 2;
  const stakeIn = /\b(?:stakes?|shares|shareholding|interest|investment)\s+in\s+$/i.test(before);
  if (stakeIn) {
    if (!siteFollows) evidence.org += 2;
  } else if (/\b(?:deal|agreement|contract|offtake|partnership|talks|merger|venture)\s+with\s+$/.test(before)) evidence.org += 1;
  else if (/\b(?:million|billion|bn)\s+(?:to|from|in|into)\s+$/.test(before)) evidence.org += 1;
  // "Belgium's Umicore": a country's own firm.
  const possessive = /['’]s\s+$/.exec(before);
  if (possessive) {
    const at = o.start - possessive[0].length;
    if (known.some((m) => m.end === at && m.entity.kind === "Country")) evidence.org += 1;
  }

  // "the Halden-owned company": the name owns, backs or leads something.
  if (new RegExp(String.raw`^[-–]${OWNED_SUFFIX}`).test(after)) evidence.org += 2;
  // "its Marvel subsidiary", "the Exar firm": the name qualifies a class noun only a firm has.
  const classNoun = /^\s+(subsidiary|unit|affiliate|arm|division|firm|company|group|miner|producer|conglomerate|corporation)\b/.exec(after)?.[1];
  if (classNoun && (/\b(?:its|their)\s+$|['’]s\s+$/.test(before) || (/\b[Tt]he\s+$/.test(before) && !/^(?:subsidiary|unit|affiliate|arm|division)$/.test(classNoun)))) {
    evidence.org += 2;
    evidence.actorType ??= "company";
  }
  if (/\b[Aa]ccording to\s+$/.test(before) && /^\s*,/.test(after)) evidence.org += 1;
  const neighbour = listNeighbour(o, text, known);
  if (neighbour === "Actor") evidence.org += 2;
  else if (neighbour === "Asset") {
    evidence.site += 2;
    evidence.assetType ??= "mine";
  }

  // Legal form or ticker after the name.
  if (LEGAL.has(last.replace(/\.$/, "")) && words.length > 1) evidence.org += 2;
  if (/^\s*\(\s*[A-Z]{2,6}(?:[- ][A-Z]+)?\s*:\s*[A-Z0-9.]{1,8}\s*[,;)]/.test(after)) evidence.org += 2;
  // Possessives: "X's shareholders", "Energy Fuels' mill".
  const owned = /^(?:['’]s|['’])\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase();
  if (owned && FIRM_POSSESSED.test(owned)) evidence.org += 2;
  else if (owned && SITE_POSSESSED.test(owned)) evidence.org += 1;
  if (/^\s+(?:shares|stock)\s+(?:rose|fell|jumped|slumped|surged|dropped|climbed|gained|lost|slid|tumbled|soared|were|have|had|closed)\b/.test(after)) evidence.org += 2;

  // Subject of a verb, unless a preposition puts the name inside a phrase ("officials in Astana said").
  const inPhrase = /\b(?:in|at|of|from|to|near|for|with|on|by|into|as)\s+(?:the\s+)?$/i.test(before);
  if (!inPhrase) {
    const following = [...after.slice(0, 60).matchAll(/[\p{L}']+/gu)].map((m) => m[0]);
    let k = 0;
    while (k < following.length && k < 3 && VERB_GAP.test(following[k] ?? "") && !FIRM_VERBS.test(following[k] ?? "")) k++;
    const verb = following[k] ?? "";
    // At a sentence's opening the tagger tells "Global supplies are …" (a noun) from "Iluka supplies …" (a verb).
    const verbAt = o.end + after.indexOf(verb);
    const tag = o.initial && NOUN_LIKE_VERBS.test(verb) ? tokenAt(o.sentence, verbAt)?.pos : undefined;
    const direct = /^\s+[\p{L}]/u.test(after) && (tag === undefined || tag === "VERB" || tag === "AUX");
    if (direct && FIRM_VERBS.test(verb)) evidence.org += 2;
    else if (direct && (ANY_VERBS.test(verb) || (k > 0 && ANY_VERBS.test(following[0] ?? "")))) {
      evidence.org += 1;
      evidence.anyVerb += 1;
    }
  }

  // Sites: "the Upper Kairakty tungsten deposit" (a commodity between the name and the site word).
  // Up to three words may stand between ("the Kestrel rare earths refinery", "the X rare earths processing
  // facility"), so each length is tried rather than the first the pattern finds.
  if (/\b(?:a|an)\s+$/i.test(before) || SITE_OPENER.test(before)) {
    const lowerRun = /^(?:\s+[\p{Ll}-]+){2,4}/u.exec(after)?.[0] ?? "";
    const runWords = [...lowerRun.matchAll(/[\p{Ll}-]+/gu)].map((m) => ({ word: m[0], end: o.end + m.index + m[0].length }));
    for (let n = 1; n < runWords.length; n++) {
      const head = runWords[n]?.word ?? "";
      const between = runWords.slice(0, n).map((w) => w.word);
      const betweenEnd = runWords[n - 1]?.end ?? o.end;
      const commodity = known.some((m) => m.entity.kind === "Element" && m.start >= o.end && m.end <= betweenEnd);
      const described = between.every((w) => SITE_DESCRIPTORS.test(w));
      if (ASSET_AFTER[head] && (commodity || described) && between.every((w) => !NOT_MODIFIERS.test(w))) {
        evidence.site += 2;
        evidence.assetType ??= ASSET_AFTER[head];
        break;
      }
    }
  }
  // "the A and B deposits", "its C and D operations": sites named together before one plural site word.
  // A name may carry its other spelling in brackets ("Upper Kairaktinskoye (Verkhnee Kairakty)") and the plural
  // site word its commodity ("the A and B tungsten projects").
  const plural = PLURAL_SITES.exec(after);
  const commodityOnly = (words: string, at: number) =>
    [...words.matchAll(/[\p{Ll}-]+/gu)].every((w) => SITE_DESCRIPTORS.test(w[0]) || known.some((m) => m.entity.kind === "Element" && m.start <= at + w.index && at + w.index + w[0].length <= m.end));
  const pluralAt = o.end + (plural ? plural[0].slice(0, plural[0].length - (plural[2]?.length ?? 0)).trimEnd().length - (plural[1]?.length ?? 0) : 0);
  if (plural && commodityOnly(plural[1] ?? "", pluralAt) && (/^(?:\s*\([^()]{1,40}\))?\s+and\b/.test(after) ? /\b(?:the|its|their)\s+$|['’]s\s+$/.test(before) : /\p{Lu}[\p{L}-]*(?:\s*\([^()]{1,40}\))?\s+and\s+$/u.test(before))) {
    evidence.site += 2;
    evidence.assetType ??= ASSET_AFTER[(plural[2] ?? "").replace(/s$/, "")] ?? "mine";
  }
  // The same with three or more names: "the A, B, C and D lithium properties".
  const listed = LISTED_SITES_AFTER.exec(after);
  const groupAt = listed?.indices?.[1]?.[0];
  if (listed && groupAt !== undefined && (/^\s*,/.test(after) || /,\s*(?:and\s+)?$/.test(before)) && LISTED_SITES_BEFORE.test(before) && commodityOnly(listed[1] ?? "", o.end + groupAt)) {
    evidence.site += 2;
    evidence.assetType ??= listed[2] === "mines" ? "mine" : listed[2] === "deposits" || listed[2] === "fields" ? "deposit" : "project";
  }
  // "its Balama operations", "the Nickel West operations": a site named by what is done there.
  if (/^\s+operations\b/.test(after) && /\b(?:its|their|the)\s+$|['’]s\s+$/.test(before)) {
    evidence.site += 2;
    evidence.assetType ??= "mine";
  }
  // "its Nachu West project": the site's name is the longer form (as form discovery names it); the bare words
  // stand for it later ("Nachu West holds …").
  const head = /^\s([\p{Ll}]+)\b/u.exec(after)?.[1] ?? "";
  if (ASSET_AFTER[head] && !head.endsWith("s") && SITE_OPENER.test(before)) {
    evidence.site += 2;
    evidence.assetType ??= ASSET_AFTER[head];
    evidence.siteName ??= `${o.name} ${head}`;
  }
  // Names that end in a site or organisation word.
  if (ASSET_LAST[last] && words.length > 1) {
    evidence.site += 2;
    evidence.assetType ??= ASSET_LAST[last];
  }
  if (ORG_LAST[last] && words.length > 1) evidence.org += ORG_LAST[last] ?? 0;
  if (LEADING_HEADS.has(firstWord) && / of /.test(o.name)) {
    evidence.org += 2;
    evidence.actorType ??= "state_body";
  }

  // Signs of a place.
  if (PLACE_BEFORE.test(before) && !STAKE_BEFORE.test(before)) evidence.place += 1;
  if (PLACE_AFTER.test(after)) evidence.place += 2;
  if (/\p{Lu}[\p{L}]+,\s+$/u.test(before) && /^\s*(?:[,.;]|$)/.test(after) && words.length <= 2) evidence.place += 1;
}

/**
 * Discovered organisations, sites and person owners of English sentences, by sentence index. `known` must be in
 * text order. A person owner wins over an organisation read from the same words.
 */
export function discoverProperNames(text: string, sentences: readonly Sentence[], known: readonly Mention[]): Map<number, Mention[]> {
  const english = sentences.filter((s) => s.language === "en");
  const organisations = discoverOrganisationsAndSites(text, english, known);
  for (const [index, people] of discoverPersonOwners(text, english, known)) {
    const others = (organisations.get(index) ?? []).filter((m) => !people.some((p) => m.start < p.end && p.start < m.end));
    organisations.set(index, [...others, ...people].sort((a, b) => a.start - b.start));
  }
  for (const [index, mentions] of organisations) organisations.set(index, mentions.filter((m) => !INSTRUMENT_LAST.test(m.entity.name)));
  return organisations;
}

/** Laws, agreements and programmes take verbs as firms do ("the Defense Production Act permits …"); they are no actors. */
const INSTRUMENT_LAST = /\s(?:Act|Acts|Agreement|Law|Treaty|Programme|Program|Initiative|Strategy|Plan|Policy|Directive|Regulation|Order|Bill|Accord|Protocol|Convention|Charter|Framework)$/;

function discoverOrganisationsAndSites(text: string, sentences: readonly Sentence[], known: readonly Mention[]): Map<number, Mention[]> {
  const result = new Map<number, Mention[]>();
  const english = sentences.filter((s) => s.language === "en");
  if (english.length === 0) return result;
  const lowerWords = lowerCaseWords(text);

  // Known mentions of each sentence (both lists are in text order).
  const knownOf = new Map<number, Mention[]>();
  let next = 0;
  for (const s of english) {
    while (next < known.length && (known[next]?.start ?? 0) < s.start) next++;
    const own: Mention[] = [];
    for (let i = next; i < known.length && (known[i]?.start ?? Infinity) < s.end; i++) {
      const m = known[i];
      if (m) own.push(m);
    }
    knownOf.set(s.index, own);
  }

  const occurrences: Occurrence[] = [];
  for (const s of english) for (const o of occurrencesIn(s, text, knownOf.get(s.index) ?? [], lowerWords)) occurrences.push(o);
  if (occurrences.length === 0) return result;

  // Evidence per name, from body sentences only (headlines are title-cased and say little about a word's role).
  const evidence = new Map<string, Evidence>();
  const initialOnly = new Map<string, Occurrence>();
  const persons = new Set<string>();
  for (const o of occurrences) {
    const key = o.name;
    const e = evidence.get(key) ?? { org: 0, site: 0, place: 0, against: 0, anyVerb: 0, person: false };
    if (o.sentence.role === "body") weigh(o, text, knownOf.get(o.sentence.index) ?? [], e);
    evidence.set(key, e);
    if (o.initial && !initialOnly.has(key)) initialOnly.set(key, o);
    else if (!o.initial) initialOnly.set(key, { ...o, initial: false });
    if (e.person) for (const w of wordsOf(key)) persons.add(w);
  }

  const acceptance = (name: string, e: Evidence): KnownEntity | undefined => {
    const words = wordsOf(name);
    if (e.person || words.every((w) => persons.has(w) && words.length === 1)) return undefined;
    const score = e.org + e.site;
    if (score < 2 || score <= e.place + e.against || score - e.anyVerb < 1) return undefined;
    // A single word that is also an ordinary word in lower case is not a name ("Analysts", "Deliveries").
    if (words.length === 1 && lowerWords.has(name.toLowerCase())) return undefined;
    if (words.length === 1 && name.length < 2) return undefined;
    // Seen only opening sentences: the tagger decides whether its first word is a proper noun.
    const opening = initialOnly.get(name);
    if (opening?.initial) {
      const token = tokenAt(opening.sentence, opening.start);
      if (token && token.pos !== undefined && token.pos !== "PROPN") return undefined;
    }
    // A single word named once as "the X project" and elsewhere as a place is the place ("the Texas project").
    if (e.site > e.org && e.siteName && words.length === 1 && e.place > 0) return undefined;
    return e.site > e.org || (e.site >= 2 && e.site === e.org && !e.anyVerb) ? discoveredEntity("Asset", e.siteName ?? name, e.assetType ?? "deposit") : discoveredEntity("Actor", name, e.actorType ?? "company");
  };
  const accepted = new Map<string, KnownEntity>();
  for (const [name, e] of evidence) {
    const entity = acceptance(name, e);
    if (entity) accepted.set(name, entity);
  }
  // A second look at names listed beside one just accepted ("Vametco and Vanchem", Vanchem a plant by other signs).
  const listedBeside = occurrences.flatMap((o) => (accepted.has(o.name) || o.sentence.role !== "body" ? [] : [o]));
  for (const o of listedBeside) {
    const besides = occurrences
      .filter((p) => p.sentence === o.sentence && accepted.has(p.name) && ((p.end <= o.start && listed(text, p.end, o.start, o.sentence.end)) || (o.end <= p.start && listed(text, o.end, p.start, o.sentence.end))))
      .map((p) => accepted.get(p.name)?.kind);
    const e = evidence.get(o.name);
    if (!e || besides.length === 0) continue;
    if (besides.includes("Asset")) {
      e.site += 2;
      e.assetType ??= "mine";
    } else e.org += 2;
    const entity = acceptance(o.name, e);
    if (entity) accepted.set(o.name, entity);
  }
  if (accepted.size === 0) return result;

  // A shorter name that opens a longer accepted one is that one ("Ruvuma Ridge" … "Ruvuma Ridge Resources").
  const names = [...accepted.keys()].sort((a, b) => b.length - a.length);
  const surfaces = new Map<string, KnownEntity>();
  for (const name of names) {
    const longer = names.find((other) => other !== name && other.startsWith(`${name} `) && accepted.get(other)?.kind === accepted.get(name)?.kind);
    const entity = (longer ? accepted.get(longer) : undefined) ?? accepted.get(name);
    if (entity) surfaces.set(name, entity);
  }
  // The first word of a firm's longer name stands for it when it is not an ordinary or common name word.
  const firstWords = new Map<string, KnownEntity | null>();
  for (const [name, entity] of accepted) {
    const words = wordsOf(name);
    const first = words[0] ?? "";
    if (entity.kind !== "Actor" || words.length < 2 || surfaces.has(first)) continue;
    if (first.length < 4 || NO_SHORT_FORM.has(first) || lowerWords.has(first.toLowerCase()) || persons.has(first) || LEADING_HEADS.has(first)) continue;
    firstWords.set(first, firstWords.has(first) && firstWords.get(first) !== entity ? null : entity);
  }
  for (const [word, entity] of firstWords) if (entity) surfaces.set(word, entity);

  const pattern = new RegExp(`(?<![\\p{L}\\d'’-])(?:${[...surfaces.keys()].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\d]|[-–](?!${OWNED_SUFFIX})\\p{Ll})`, "gu");
  for (const s of english) {
    const body = text.slice(s.start, s.end);
    const own = knownOf.get(s.index) ?? [];
    const mentions: Mention[] = [];
    for (const match of allMatches(pattern, body)) {
      const start = s.start + match.index;
      const end = start + match[0].length;
      if (own.some((m) => m.start < end && start < m.end)) continue;
      const entity = surfaces.get(match[0]);
      if (!entity) continue;
      // A first word standing for a longer name must stand alone, not open another capitalised name.
      if (!accepted.has(match[0]) && (/^\s+\p{Lu}/u.test(text.slice(end, end + 3)) || /\p{Lu}[\p{L}]*\s+$/u.test(text.slice(Math.max(s.start, start - 30), start)))) continue;
      mentions.push({ entity, start, end, text: match[0], via: "form", confidence: CONFIDENCE });
    }
    if (mentions.length > 0) result.set(s.index, mentions);
  }
  return result;
}
