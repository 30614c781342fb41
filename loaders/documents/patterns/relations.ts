import type { Mention, MentionKind, Predicate, Quantity } from "../types.js";
import type { FactDraft, Pattern } from "./draft.js";

const E = "⟦e\\d+⟧";
const S = "(?<s>⟦e\\d+⟧)";
const O = "(?<o>⟦e\\d+⟧)";
const Q = "(?<q>⟦q\\d+⟧)";
const WORDS = (n: number) => `(?:[\\p{L}\\-]+\\s+){0,${n}}`;
const GAP = (n: number) => `[^;⟦]{0,${n}}?`;
const ANY = (n: number) => `[^;]{0,${n}}?`;
const THE = "(?:the\\s+)?";
/** What may stand between a Chinese subject and its verb: "在包头", "在⟦中国⟧", "目前", "已经" — never a comma. */
const ZH_ADVERBIAL = "(?:在⟦e\\d+⟧)?[^，。；;,⟦\\s]{0,8}?";
/** A name after 在/于/从/向/对 is a place or a target, never the subject of the verb that follows. */
const ZH_NOT_PLACE = "(?<![在于从向对])";
const COPULA = "(?:is|was|became|becomes|becoming|remains|remained|has become|will become|is now)";
const RU_BELONGS = "(?:(?:будет|будут)\\s+)?(?:принадлежит|принадлежат|принадлежал[аио]?|принадлежать)";
const RU_FUTURE = /(?<!\p{L})(?:будет|будут|вложит|направит|выделит|предоставит|профинансирует)(?!\p{L})/u;
/** What a licence or a developer's work is for: "на разработку", "к освоению", "добычу на" a deposit. */
const RU_WORKING = "(?:разработк|освоени|добыч|геологическ\\p{L}*\\s+изучени)\\p{L}*";
/** "in Western Australia", "in northern China": a site in a region of a country is in the country. */
const REGION_WORD = `(?:(?:north|south|east|west)(?:ern)?\\s+|(?:central|inner)\\s+)`;
/** "minority stake in", "stake in": one qualifying word allowed. */
const STAKE_IN = `(?:[\\p{L}-]+\\s+)?(?:stake|interest|shareholding)\\s+in\\s+`;
/**
 * What "holds"/"owns" takes before the owned name: "a 10% stake in", "8% of", or a stake with no figure, which
 * still states ownership (its value stays null).
 */
const OWNED_PART = `(?:${Q}\\s+(?:${STAKE_IN}|of(?:\\s+the\\s+shares\\s+(?:of|in))?\\s+)|${STAKE_IN})`;
/**
 * An acronym in brackets, a short descriptive apposition or a relative clause between a name and its verb: "JARE
 * (Japan …), a joint venture of Sojitz and JOGMEC, holds", "MP Materials, which owns Mountain Pass, sold". The
 * aside starts with an article or a relative pronoun so a list ("A, B and C hold") is not read as one.
 */
const APPOSITIVE = `(?:\\s*\\((?:${E}|[^()⟦;]{1,40})\\))?(?:,\\s+(?:an?|the|which|who|whose)\\s+[^,;]{1,100}?,)?`;
/** "owned and operated", "owns and runs": a second verb coordinated with the ownership verb. */
const OWN_AND_RUN = `(?:\\s+and\\s+(?:operates|operated|runs|ran|run|manages|managed|develops|developed))?`;
/**
 * Class nouns that introduce an organisation's or site's name: "the sovereign wealth fund Samruk-Kazyna", "state
 * agency JOGMEC", "trading house Sojitz".
 */
const ORG_NOUN = `(?:agency|company|companies|firm|corporation|monopoly|miner|producer|group|holding|fund|ministry|regulator|bank|lender|trading house|trader|house|explorer|developer|maker|refiner|smelter|conglomerate|giant|champion|operator|utility|enterprise|investor|department|mine|plant|deposit|project|refinery|facility)`;
/** The plural of a class noun: "one of China's larger battery anode producers". */
const ORG_NOUNS = `(?:agencies|companies|firms|corporations|miners|producers|groups|holdings|funds|banks|lenders|trading houses|traders|explorers|developers|makers|manufacturers|refiners|smelters|conglomerates|suppliers|operators|enterprises|investors|mines|plants|deposits|projects|refineries)`;
/** Verbs of an agreement to deliver later: "has agreed to sell", "signed a deal to supply". */
const AGREED_TO = `(?:(?:has|have|had)\\s+)?(?:agreed|signed\\s+(?:up|a\\s+(?:deal|contract|agreement))|contracted|committed|undertook|pledged)\\s+to`;
/** Words and figures or dates, but no other name: "sold about ⟦q3⟧ of concentrate to". */
const GAP_FIGURES = (n: number) => `(?:[^;⟦]|⟦[qd]\\d+⟧){0,${n}}?`;

interface RelationRule {
  name: string;
  predicate: Predicate;
  re: RegExp;
  from: readonly MentionKind[];
  to: readonly MentionKind[];
  /** The rule reads "object … subject" (passive, or "Y was transferred to X"). */
  passive?: boolean;
  /** Only when the quantity is a percentage (ownership stakes). */
  needsShare?: boolean;
  /** Only when the quantity is a sum of money: "awarded Lynas 40 tonnes" is not an investment. */
  needsMoney?: boolean;
  /** The subject must be in the dative: with "принадлежит" the owner is the dative name, whichever side it is on. */
  dative?: boolean;
  /** Words of the match that put the statement in the future ("будет принадлежать", "вложит"). */
  plannedIf?: RegExp;
  /** The verb itself says "stopped", so negation words are not a reason to drop it. */
  allowNegation?: boolean;
  /** Demonyms may fill these roles ("American mines Mountain Pass"). */
  demonym?: "s" | "o" | "o?";
  needsElement?: boolean;
  confidence: number;
  /**
   * A piece of `re` every match contains (a verb or phrase no alternative can do without), tested first: most
   * sentences lack it, and the full patterns with their long lazy gaps are what is slow.
   */
  needs: RegExp[];
  /** The script of the gate's words: a sentence without that script is skipped before any regex runs. */
  script: "latin" | "cyrillic" | "han" | "any";
}

const HOLDERS = ["Actor", "Country"] as const;
const OWNED = ["Actor", "Asset"] as const;
const SITES = ["Actor", "Asset"] as const;
const PRODUCERS = ["Actor", "Asset", "Country"] as const;

function rule(r: Omit<RelationRule, "re" | "needs" | "script"> & { re: string; needs: string | string[] }): RelationRule {
  const needs = typeof r.needs === "string" ? [r.needs] : r.needs;
  for (const piece of needs) {
    if (!r.re.includes(piece)) throw new Error(`relations.ts: rule "${r.name}" needs "${piece}", which its pattern does not contain. Take the gate verbatim from a part of the pattern every match has.`);
  }
  return { ...r, re: new RegExp(r.re, "gu"), needs: needs.map((piece) => new RegExp(piece, "u")), script: scriptOf(needs.join("")) };
}

type Script = "latin" | "cyrillic" | "han" | "any";

/** The script a rule's gate words are written in; "any" when they are only punctuation ("['’]s?\\s+"). */
function scriptOf(gate: string): Script {
  if (/\p{Script=Cyrillic}/u.test(gate)) return "cyrillic";
  if (/\p{Script=Han}/u.test(gate)) return "han";
  return /[a-z]{2}/.test(gate.replace(/\\[a-z]/g, "")) ? "latin" : "any";
}

/** Which scripts a sentence's words use, so rules whose gate words it cannot contain are not even gated. */
function scriptsOf(template: string): Record<Script, boolean> {
  return { latin: /[a-z]/.test(template), cyrillic: /\p{Script=Cyrillic}/u.test(template), han: /\p{Script=Han}/u.test(template), any: true };
}

const RULES: RelationRule[] = [
  // OWNS
  rule({ name: "owns-verb", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.8,
    needs: `(?:owns|owned|acquired|acquires|bought|buys|took over|takes over|controls|controlled|holds|held|has acquired|has bought)`,
    re: `${S}${APPOSITIVE}(?:,\\s*(?:which|that))?\\s+(?:now\\s+|still\\s+|also\\s+)?(?:(?:has|have|had)\\s+)?(?:owns|owned|acquired|acquires|bought|buys|took over|takes over|controls|controlled|holds|held|has acquired|has bought)${OWN_AND_RUN}\\s+(?:an?\\s+)?${OWNED_PART}?${THE}${O}` }),
  rule({ name: "owns-received-share", predicate: "OWNS", from: HOLDERS, to: OWNED, needsShare: true, confidence: 0.8,
    needs: `(?:received|receives|got|obtained|acquired|holds|owns)`,
    re: `${S}${APPOSITIVE}\\s+(?:now\\s+|still\\s+|also\\s+|currently\\s+)?(?:received|receives|got|obtained|acquired|holds|owns)\\s+(?:an?\\s+)?${Q}\\s+(?:of|stake in|in)\\s+${THE}${O}` }),
  rule({ name: "owns-stake-possessive", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.8,
    needs: `(?:stake|shareholding|holding|interest)`,
    re: `${S}['’]s?\\s+(?:${Q}\\s+)?(?:stake|shareholding|holding|interest)\\s+in\\s+${THE}${O}` }),
  rule({ name: "owns-transferred-to", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.8,
    needs: [`(?:transferred|handed over|handed|passed|sold|given)`, `\\s+to\\s+`],
    re: `${O}${ANY(160)}(?<!\\p{L})(?:was|were|has been|had been|is|and)\\s+${ANY(60)}(?:transferred|handed over|handed|passed|sold|given)\\s+to\\s+${THE}${WORDS(2)}${S}` }),
  rule({ name: "owns-by", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.8,
    needs: `(?:owned|controlled|acquired|bought|taken over)`,
    re: `${O},?\\s+(?:which\\s+is\\s+|is\\s+|was\\s+|are\\s+|now\\s+)?(?:wholly\\s+|majority\\s+|fully\\s+)?(?:owned|controlled|acquired|bought|taken over)\\s+by\\s+${THE}${WORDS(2)}${S}` }),
  rule({ name: "owns-part-of", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.75,
    needs: `(?:part of|a subsidiary of|subsidiary of|a unit of|a division of|belongs to|owned by)`,
    re: `${O},?\\s+(?:which\\s+is\\s+|is\\s+|was\\s+|a\\s+|an\\s+|the\\s+)?(?:part of|a subsidiary of|subsidiary of|a unit of|a division of|belongs to|owned by)\\s+${THE}(?:${E}['’]s\\s+)?(?:(?:${E}\\s+)?${WORDS(3)}${ORG_NOUN}\\s+)?${S}` }),
  rule({ name: "owns-shareholder", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: `(?:shareholders?|owners?)`,
    re: `(?:shareholders?|owners?)\\s+of\\s+${O}${ANY(80)}(?<!\\p{L})(?:was|is|were|are|include|includes|included)\\s+${THE}(?:${E}\\s+)?${WORDS(3)}${S}` }),
  rule({ name: "owns-controlled-compound", predicate: "OWNS", from: ["Actor"], to: OWNED, confidence: 0.7,
    needs: `-(?:controlled|owned)`,
    re: `${S}-(?:controlled|owned)\\s+${WORDS(2)}${O}` }),
  rule({ name: "owns-subsidiary-named", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.75,
    needs: `(?:subsidiary|subsidiaries|unit|division|affiliate|arm)`,
    re: `${S}(?:['’]s?)?\\s+(?:[\\p{L}-]+\\s+)?(?:subsidiary|subsidiaries|unit|division|affiliate|arm)\\s+${THE}${O}` }),
  rule({ name: "owns-possessive-company", predicate: "OWNS", from: ["Actor"], to: ["Actor"], confidence: 0.65,
    needs: `['’]s?\\s+`,
    re: `${S}['’]s?\\s+${O}(?=\\s*(?:[,.;:)]|$)|\\s+(?:structure|group|division|holding|subsidiary|unit|which|that|is|was|has|had|will|and)\\b)` }),
  rule({ name: "owns-shareholder-possessive", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.75,
    needs: `(?:shareholder|owner|stakeholder|parent)`,
    re: `${S}\\s+${COPULA}\\s+(?:the\\s+|an?\\s+)?${O}['’]s?\\s+${WORDS(2)}?(?:shareholder|owner|stakeholder|parent)(?:\\s+with\\s+(?:an?\\s+)?${Q})?` }),
  rule({ name: "owns-shareholder-of", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.75,
    needs: `(?:shareholder|owner|stakeholder|parent)`,
    re: `${S}\\s+${COPULA}\\s+(?:the\\s+|an?\\s+)?${WORDS(2)}?(?:shareholder|owner|stakeholder|parent)(?:\\s+company)?\\s+(?:of|in)\\s+${THE}${O}(?:\\s+with\\s+(?:an?\\s+)?${Q})?` }),
  rule({ name: "owns-stake-transferred-to", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.75,
    needs: [`(?:transfer|transferred|transfers|sale|sold|sells|handover|handed over|hands over)`, `\\s+to\\s+`],
    re: `(?<!\\p{L})(?:transfer|transferred|transfers|sale|sold|sells|handover|handed over|hands over)\\s+(?:of\\s+)?(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:${Q}\\s+)?${STAKE_IN}${THE}${O}${GAP(40)}(?:${E}${GAP(40)})?\\s+to\\s+${THE}${S}` }),
  // OPERATES
  rule({ name: "operates-possessive-site", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], confidence: 0.65,
    needs: `['’]s?\\s+`,
    re: `${S}['’]s?\\s+(?:(?!(?:with|for|to|from|in|at|of|on|and|by)\\s)[\\p{L}-]+\\s+){0,2}${O}` }),
  rule({ name: "operates-verb", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], confidence: 0.8,
    needs: `(?:operates|operated|operating|runs|ran|run|develops|developed|developing|manages|managed|is developing|has been developing)`,
    re: `${S},?\\s+(?:which\\s+|that\\s+)?(?:now\\s+|still\\s+|also\\s+)?(?:(?:has|have|had)\\s+)?(?:(?:owned|owns|built|discovered)\\s+and\\s+)?(?:operates|operated|operating|runs|ran|run|develops|developed|developing|manages|managed|is developing|has been developing)\\s+(?:at\\s+)?${THE}${O}` }),
  rule({ name: "operates-by", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], passive: true, confidence: 0.8,
    needs: `(?:operated|developed|run|managed|mined|worked)`,
    re: `${O},?\\s+(?:which\\s+)?(?:is|was|are|were|has been|is being|was being)\\s+(?:\\p{L}+\\s+)?(?:operated|developed|run|managed|mined|worked)\\s+by\\s+${THE}${S}` }),
  rule({ name: "works-at", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], confidence: 0.7,
    needs: `(?:mines|mined|extracts|extracted|produces|produced|processes|processed|refines|refined|separates|separated|makes|made)`,
    re: `${S},?\\s+(?:which\\s+|that\\s+)?(?:mines|mined|extracts|extracted|produces|produced|processes|processed|refines|refined|separates|separated|makes|made)\\s+${WORDS(4)}?(?:at|from|in\\s+its)\\s+${THE}(?:its\\s+)?${O}` }),
  rule({ name: "operates-by-participle", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], passive: true, confidence: 0.75,
    needs: `(?:operated|run|managed|mined|worked)\\s+by\\s+`,
    re: `${O},?\\s+(?:(?:now|currently|jointly|also)\\s+)?(?:operated|run|managed|mined|worked)\\s+by\\s+${THE}${S}` }),
  // "Mount Weld, the deposit the company has operated since 2011": a relative clause without its pronoun.
  rule({ name: "operates-object-relative", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], passive: true, confidence: 0.7,
    needs: `(?:operated|run|managed|developed)`,
    re: `${O},\\s+(?:the|an?)\\s+${WORDS(3)}?(?:deposit|mine|plant|project|refinery|smelter|facility|site)\\s+(?:that\\s+|which\\s+)?${THE}${S}\\s+(?:(?:has|have|had)\\s+)?(?:operated|run|managed|developed)(?!\\p{L})` }),
  // LOCATED_IN
  rule({ name: "located-in", predicate: "LOCATED_IN", from: SITES, to: ["Country"], confidence: 0.8,
    needs: `(?:located|situated|based|headquartered|registered|found)`,
    re: `${S},?\\s+(?:which\\s+is\\s+|is\\s+|was\\s+|are\\s+)?(?:located|situated|based|headquartered|registered|found)\\s+in\\s+${THE}${O}` }),
  rule({ name: "site-in-country", predicate: "LOCATED_IN", from: SITES, to: ["Country"], confidence: 0.7,
    needs: `\\s+in\\s+`,
    re: `${S}(?:\\s+(?:is|are|was|were|lies))?\\s+in\\s+${THE}${REGION_WORD}?${O}(?!['’]s)` }),
  rule({ name: "country-possessive-site", predicate: "LOCATED_IN", from: SITES, to: ["Country"], passive: true, confidence: 0.65,
    needs: `['’]s\\s+`,
    re: `${O}['’]s\\s+(?:(?!is\\b|was\\b|are\\b|has\\b|have\\b|had\\b|will\\b|and\\b)[\\p{L}\\-]+\\s+|${E}\\s+){0,6}(?:,\\s*|(?:is|was)\\s+)${THE}${S}` }),
  rule({ name: "demonym-site", predicate: "LOCATED_IN", from: SITES, to: ["Country"], passive: true, demonym: "o", confidence: 0.65,
    needs: ORG_NOUN,
    re: `${O}\\s+${WORDS(3)}(?:${ORG_NOUN}|field|mines)\\s+${S}` }),
  rule({ name: "country-possessive-org", predicate: "LOCATED_IN", from: SITES, to: ["Country"], passive: true, confidence: 0.65,
    needs: `['’]s\\s+`,
    re: `${O}['’]s\\s+(?:${WORDS(3)}${ORG_NOUN}\\s+)?${S}(?!\\s*['’-])` }),
  rule({ name: "one-of-country-s", predicate: "LOCATED_IN", from: SITES, to: ["Country"], confidence: 0.65,
    needs: [`(?:one\\s+of|among)\\s+`, ORG_NOUNS],
    re: `${S},\\s+(?:one\\s+of|among)\\s+${O}['’]s\\s+${WORDS(4)}${ORG_NOUNS}` }),
  rule({ name: "one-of-demonym", predicate: "LOCATED_IN", from: SITES, to: ["Country"], demonym: "o", confidence: 0.65,
    needs: [`(?:one\\s+of|among)\\s+`, ORG_NOUNS],
    re: `${S},\\s+(?:one\\s+of|among)\\s+(?:the\\s+)?${WORDS(3)}${O}\\s+${WORDS(3)}${ORG_NOUNS}` }),
  rule({ name: "home-to", predicate: "LOCATED_IN", from: SITES, to: ["Country"], passive: true, confidence: 0.7,
    needs: `home\\s+to\\s+`,
    re: `${O},?\\s+(?:which\\s+is\\s+|is\\s+|was\\s+)?(?:also\\s+)?home\\s+to\\s+${THE}${WORDS(3)}${S}` }),

  rule({ name: "site-a-demonym", predicate: "LOCATED_IN", from: SITES, to: ["Country"], demonym: "o", confidence: 0.65,
    needs: `(?:company|firm|corporation|monopoly|miner|producer|group|holding)`,
    re: `${S},\\s+(?:an?|the)\\s+(?:[\\p{L}\\-]+\\s+){0,2}?${O}\\s+(?:state\\s+)?(?:company|firm|corporation|monopoly|miner|producer|group|holding)` }),
  rule({ name: "country-based", predicate: "LOCATED_IN", from: SITES, to: ["Country"], passive: true, confidence: 0.75,
    needs: `-based\\s+`,
    re: `${O}-based\\s+${WORDS(2)}${S}` }),
  // SUPPLIES and IMPORTS_FROM
  rule({ name: "supplies-to", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, confidence: 0.7,
    needs: `(?:supplies|supplied|supplying|sells|sold|ships|shipped|delivers|delivered|exports|exported)`,
    re: `${S}${APPOSITIVE},?\\s+(?:which\\s+)?(?:supplies|supplied|supplying|sells|sold|ships|shipped|delivers|delivered|exports|exported)\\s+(?:${Q})?${GAP_FIGURES(60)}(?:${E}\\s+${GAP(30)})?to\\s+${THE}${O}` }),
  rule({ name: "supplies-with", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, confidence: 0.7,
    needs: `(?:supplies|supplied|provides|provided)`,
    re: `${S}\\s+(?:supplies|supplied|provides|provided)\\s+${THE}(?:${E}\\s+)?${WORDS(3)}${O}\\s+with(?:\\s+${WORDS(2)}${Q})?` }),
  rule({ name: "agreed-to-sell", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, plannedIf: /./u, confidence: 0.7,
    needs: `\\s+(?:sell|supply|ship|deliver|export)\\s+`,
    re: `${S}${APPOSITIVE},?\\s+${AGREED_TO}\\s+(?:sell|supply|ship|deliver|export)\\s+(?![^;]{0,60}?\\b(?:stake|interest|shares|shareholding|stock)\\b)(?:(?:up\\s+to\\s+|about\\s+)?${Q})?${GAP_FIGURES(80)}(?:${E}${GAP_FIGURES(50)}){0,3}?\\s+to\\s+${THE}${O}` }),
  rule({ name: "agreed-to-buy-from", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, passive: true, plannedIf: /./u, confidence: 0.65,
    needs: [`to\\s+(?:buy|purchase|take|import)\\s+`, `\\bfrom\\s+`],
    re: `${O}${APPOSITIVE}\\s+(?:also\\s+)?(?:(?:has|have|had)\\s+)?(?:agreed|committed|contracted|signed\\s+(?:up|a\\s+(?:deal|contract|agreement)))\\s+${WORDS(3)}to\\s+(?:buy|purchase|take|import)\\s+(?![^;]{0,60}?\\b(?:stake|interest|shares|shareholding|stock)\\b)(?:${Q}\\s+)?${GAP_FIGURES(80)}\\bfrom\\s+${THE}${S}` }),
  rule({ name: "agreed-to-buy-output", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, passive: true, plannedIf: /./u, confidence: 0.65,
    needs: `(?:output|production|offtake)\\s+(?:of|from)\\s+`,
    re: `${O}${GAP(20)}\\s+${AGREED_TO}\\s+(?:buy|purchase|take)\\s+(?:(?:all|most|much|part|half|some)\\s+of\\s+)?(?:the\\s+(?:entire\\s+|whole\\s+)?)?(?:output|production|offtake)\\s+(?:of|from)\\s+${GAP(40)}${S}` }),
  rule({ name: "sources-from", predicate: "SUPPLIES", from: ["Actor", "Asset"], to: ["Actor", "Asset"], passive: true, confidence: 0.65,
    needs: [`(?:sources|sourced|buys|bought|receives|received|obtains|purchases|purchased|gets)`, `\\bfrom\\s+`],
    re: `${O}\\s+(?:sources|sourced|buys|bought|receives|received|obtains|purchases|purchased|gets)\\s+${ANY(100)}\\bfrom\\s+${THE}${S}` }),
  rule({ name: "imports-from", predicate: "IMPORTS_FROM", from: ["Country", "Actor"], to: ["Country", "Actor"], confidence: 0.75,
    needs: [`(?:imports|imported|importing|buys|bought|purchases|purchased|sources|sourced|receives|received|gets)`, `\\bfrom\\s+`],
    re: `${S},?\\s+(?:which\\s+)?(?:still\\s+|also\\s+|now\\s+|currently\\s+)?(?:imports|imported|importing|buys|bought|purchases|purchased|sources|sourced|receives|received|gets)\\s+(?!no\\s)(?:${Q}\\s+)?${ANY(80)}\\bfrom\\s+${THE}${O}(?!['’-])` }),
  rule({ name: "share-of-imports", predicate: "IMPORTS_FROM", from: ["Country", "Actor"], to: ["Country", "Actor"], passive: true, confidence: 0.7,
    needs: [`(?:accounts|account|accounting|accounted|makes up|making up|made up|represents|representing|represented)\\s+for`, `imports\\b`],
    re: `${O}${ANY(120)}(?<!\\p{L})(?:accounts|account|accounting|accounted|makes up|making up|made up|represents|representing|represented)\\s+for\\s+${Q}\\s+of\\s+${THE}${S}(?:['’]s?)?\\s+${WORDS(2)}?imports\\b` }),
  rule({ name: "share-of-imports-came-from", predicate: "IMPORTS_FROM", from: ["Country", "Actor"], to: ["Country", "Actor"], needsShare: true, demonym: "o?", confidence: 0.65,
    needs: [`(?:imports|supplies|purchases|supply|deliveries)\\s+(?:came|come|comes|were|was|are|is|originated|originate)`, `from\\s+`],
    re: `${S}${ANY(120)}(?<!\\p{L})${Q}\\s+of\\s+(?:its|their|the\\s+country['’]s)\\s+(?:[\\p{L}-]+\\s+|${E}\\s+){0,3}?(?:imports|supplies|purchases|supply|deliveries)\\s+(?:came|come|comes|were|was|are|is|originated|originate)\\s+(?:sourced\\s+|imported\\s+)?from\\s+${THE}${O}` }),
  rule({ name: "depends-on", predicate: "IMPORTS_FROM", from: ["Country", "Actor"], to: ["Country", "Actor"], needsElement: true, confidence: 0.65,
    needs: `(?:dependent|reliant|depends|depend|relies|rely|relied)`,
    re: `${S}\\s+(?:(?:remains|remained|is|are|was|were|became|become|has become|have become|grew)\\s+)?(?:\\p{L}+\\s+){0,2}?(?:dependent|reliant|depends|depend|relies|rely|relied)\\s+on\\s+${THE}${O}` }),
  rule({ name: "comes-from", predicate: "IMPORTS_FROM", from: ["Country"], to: ["Country", "Actor"], needsElement: true, confidence: 0.6,
    needs: `(?:comes|came|is imported|are imported|is supplied|are supplied)\\s+from\\s+`,
    re: `${S}${ANY(60)}(?<!\\p{L})(?:consumes|uses|needs|buys|imports)\\b${ANY(100)}(?<!\\p{L})(?:comes|came|is imported|are imported|is supplied|are supplied)\\s+from\\s+${THE}${O}` }),
  // INVESTS_IN
  rule({ name: "invests-in", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, confidence: 0.75,
    needs: `(?:invests|invested|investing|put|committed|lent|loaned)`,
    re: `${S}\\s+(?:has\\s+)?(?:invests|invested|investing|put|committed|lent|loaned)\\s+(?:${Q}\\s+)?(?:in|into|to)\\s+${THE}${O}` }),
  rule({ name: "investment-possessive", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: `(?:investment|loan|funding|financing)`,
    re: `${S}['’]s?\\s+(?:${Q}\\s+)?(?:investment|loan|funding|financing)\\s+(?:of\\s+⟦q\\d+⟧\\s+)?in\\s+${THE}${O}` }),
  rule({ name: "received-funding-from", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: [`(?:received|receives|got|secured|attracted|obtained)`, `(?:funding|investment|financing|support|loans?|grants?|capital)`, `\\bfrom\\s+`],
    re: `${O}${GAP(20)}\\s+(?:has\\s+|have\\s+)?(?:received|receives|got|secured|attracted|obtained)\\s+${ANY(60)}(?<!\\p{L})(?:funding|investment|financing|support|loans?|grants?|capital)\\b${ANY(40)}\\bfrom\\s+${THE}${S}` }),
  rule({ name: "including-funding-from", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, passive: true, confidence: 0.65,
    needs: [`(?:received|receives|got|secured|obtained)`, `(?:including|and)\\s+(?:funding|investment|financing|loans?|grants?)\\s+from\\s+`],
    re: `${O}${GAP(20)}\\s+(?:has\\s+|have\\s+)?(?:received|receives|got|secured|obtained)\\s+${ANY(100)}(?<!\\p{L})(?:including|and)\\s+(?:funding|investment|financing|loans?|grants?)\\s+from\\s+${THE}${S}` }),
  rule({ name: "awarded-money", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, confidence: 0.7,
    needs: `(?:awarded|granted|gave|provided|extended|lent|loaned|offered)`,
    re: `${S}${APPOSITIVE}\\s+(?:has\\s+|have\\s+)?(?:awarded|granted|gave|provided|extended|lent|loaned|offered)\\s+${THE}${O}\\s+(?:with\\s+)?${WORDS(3)}?${Q}` }),
  rule({ name: "money-to", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, confidence: 0.7,
    needs: `(?:awarded|granted|provided|extended|lent|loaned|committed|pledged|allocated|gave|offered)`,
    re: `${S}${APPOSITIVE}\\s+(?:has\\s+|have\\s+)?(?:awarded|granted|provided|extended|lent|loaned|committed|pledged|allocated|gave|offered)\\s+(?:an?\\s+)?${Q}\\s+${WORDS(3)}?(?:to|for)\\s+${THE}${O}` }),
  rule({ name: "money-for-stake", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, confidence: 0.7,
    needs: `(?:buy|buys|bought|acquire|acquires|acquired|take|takes|took|purchase|purchases|purchased)`,
    re: `${S}${APPOSITIVE}${GAP(30)}(?<!\\p{L})(?:buy|buys|bought|acquire|acquires|acquired|take|takes|took|purchase|purchases|purchased)\\s+(?:an?\\s+)?${Q}\\s+${STAKE_IN}${THE}${O}` }),
  rule({ name: "was-awarded-money-by", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, passive: true, needsMoney: true, confidence: 0.7,
    needs: [`(?:awarded|granted|given|lent|loaned|provided|offered)`, `\\bby\\s+`],
    re: `${O}${GAP(20)}\\s+(?:was|were|has been|have been|had been)\\s+(?:awarded|granted|given|lent|loaned|provided|offered)\\s+${WORDS(2)}?${Q}${ANY(40)}\\bby\\s+${THE}${S}` }),
  rule({ name: "received-money-from", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, passive: true, needsMoney: true, confidence: 0.65,
    needs: [`(?:received|receives|secured|won|obtained)`, `\\bfrom\\s+`],
    re: `${O}${GAP(20)}\\s+(?:has\\s+|have\\s+)?(?:received|receives|secured|won|obtained)\\s+${WORDS(2)}?${Q}${ANY(40)}\\bfrom\\s+${THE}${S}` }),
  rule({ name: "joint-venture-of", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: `joint\\s+venture\\s+(?:of|between)\\s+`,
    re: `${O},\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+)?joint\\s+venture\\s+(?:of|between)\\s+${THE}(?:${E}\\s+and\\s+${THE})?${S}` }),
  rule({ name: "joint-venture-of-first", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: `joint\\s+venture\\s+(?:of|between)\\s+`,
    re: `${O},\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+)?joint\\s+venture\\s+(?:of|between)\\s+${THE}${S},?\\s+and\\s+${THE}${E}` }),
  rule({ name: "remaining-share-held-by", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, needsShare: true, confidence: 0.7,
    needs: `\\s+(?:held|owned)\\s+by\\s+`,
    re: `(?<!\\p{L})in\\s+${THE}${O}${GAP_FIGURES(60)}(?<!\\p{L})(?:remaining|other|rest\\s+of\\s+the)\\s+${Q}\\s+(?:is|are|was|were)\\s+(?:held|owned)\\s+by\\s+${THE}${S}` }),
  // Russian
  rule({ name: "ru-joint-venture", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: `совместн\\p{L}*\\s+предприяти`,
    re: `${O}[»"”]?,\\s+совместн\\p{L}*\\s+предприяти\\p{L}*\\s+(?:[«"]?${E}[»"”]?\\s+и\\s+)?[«"]?${S}` }),
  rule({ name: "ru-joint-venture-first", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: `совместн\\p{L}*\\s+предприяти`,
    re: `${O}[»"”]?,\\s+совместн\\p{L}*\\s+предприяти\\p{L}*\\s+[«"]?${S}[»"”]?\\s+и\\s+[«"]?${E}` }),
  rule({ name: "ru-division-of", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: `(?:дивизион|подразделени|дочерн\\p{L}*\\s+(?:компани|предприяти|структур)|структур)`,
    re: `${O}[»"”]?,\\s+(?:\\p{Ll}+\\s+)?(?:дивизион|подразделени|дочерн\\p{L}*\\s+(?:компани|предприяти|структур)|структур)\\p{L}*\\s+[«"]?${S}` }),
  rule({ name: "ru-remaining-share", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, needsShare: true, confidence: 0.7,
    needs: `(?:остальн|оставш)`,
    re: `(?<!\\p{L})в\\s+[«"]?${O}[»"”]?${GAP_FIGURES(60)}(?<!\\p{L})(?:остальн|оставш)\\p{L}*\\s+${Q}\\s+(?:акций\\s+|доли\\s+)?${RU_BELONGS}\\s+[«"]?${S}` }),
  rule({ name: "ru-owns", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.75,
    needs: `(?:владеет|владела|получил[аи]?|приобрел[аи]?|приобрёл|контролирует)`,
    re: `${S}[»"”]?\\s+(?:владеет|владела|получил[аи]?|приобрел[аи]?|приобрёл|контролирует)\\s+(?:${Q}\\s+)?${GAP(30)}${O}` }),
  rule({ name: "ru-belongs-to-dative", predicate: "OWNS", from: HOLDERS, to: OWNED, dative: true, plannedIf: RU_FUTURE, confidence: 0.75,
    needs: `принадлеж`,
    re: `${S}[»"”]?\\s+${RU_BELONGS}\\s+(?:${Q}\\s+)?${GAP(30)}${O}` }),
  rule({ name: "ru-belongs-to", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, dative: true, plannedIf: RU_FUTURE, confidence: 0.75,
    needs: `принадлеж`,
    re: `${O}[»"”]?\\s+${RU_BELONGS}\\s+${GAP(20)}${S}` }),
  rule({ name: "ru-share-in", predicate: "OWNS", from: HOLDERS, to: OWNED, needsShare: true, confidence: 0.75,
    needs: `дол[яиюе]`,
    re: `(?<!\\p{L})дол[яиюе]\\s+[«"]?${S}[»"”]?\\s+в\\s+(?:уставном\\s+)?(?:капитале\\s+)?(?:компании\\s+)?[«"]?${O}${GAP(40)}${Q}` }),
  rule({ name: "ru-invests", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, plannedIf: RU_FUTURE, confidence: 0.7,
    needs: `(?:вложит|вложил[аио]?|инвестирует|инвестировал[аио]?|направит|направил[аио]?|выделит|выделил[аио]?|профинансирует|профинансировал[аио]?)`,
    re: `${S}[»"”]?${GAP(30)}\\s+(?:вложит|вложил[аио]?|инвестирует|инвестировал[аио]?|направит|направил[аио]?|выделит|выделил[аио]?|профинансирует|профинансировал[аио]?)\\s+${Q}\\s+(?:в|на)\\s+${WORDS(2)}?[«"]?${O}` }),
  rule({ name: "ru-grant-to", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, plannedIf: RU_FUTURE, confidence: 0.7,
    needs: `(?:выделит|выделил[аио]?|предоставит|предоставил[аио]?|направит|направил[аио]?|одобрил[аио]?)`,
    re: `${S}[»"”]?${GAP_FIGURES(30)}\\s+(?:выделит|выделил[аио]?|предоставит|предоставил[аио]?|направит|направил[аио]?|одобрил[аио]?)\\s+[«"]?${O}[»"”]?\\s+(?:\\p{Ll}+\\s+)?(?:субсиди|грант|кредит|заём|заем|займ|финансировани|средств|инвестици)\\p{L}*${GAP(30)}${Q}` }),
  rule({ name: "ru-investment-of", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, confidence: 0.65,
    needs: `(?:инвестици|вложени)`,
    re: `(?<!\\p{L})(?:инвестици|вложени)\\p{L}*\\s+[«"]?${S}[»"”]?\\s+в\\s+${WORDS(2)}?[«"]?${O}${GAP(50)}${Q}` }),
  rule({ name: "ru-transferred", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.75,
    needs: `(?:передан[аоы]?|перешл[аи]|перешел|перешёл|отошл[аи])`,
    // "который перешёл" was said of the name right before "который", not of any name earlier in the sentence.
    re: `${O}(?:[»"”]?(?:\\s*\\([^()]{0,40}\\))?,\\s*котор\\p{L}*\\s+|(?:(?!котор)[^;]){0,120}?)(?:передан[аоы]?|перешл[аи]|перешел|перешёл|отошл[аи])\\s+${ANY(30)}${S}` }),
  rule({ name: "ru-transfer-of-shares", predicate: "OWNS", from: HOLDERS, to: OWNED, dative: true, confidence: 0.7,
    needs: `передач`,
    re: `(?<!\\p{L})передач\\p{L}*\\s+(?:${Q}\\s+)?(?:акций|доли|долей|пакета(?:\\s+акций)?)\\s+[«"]?${O}[»"”]?\\s+(?:\\p{L}+\\s+)?[«"]?${S}` }),
  rule({ name: "ru-located", predicate: "LOCATED_IN", from: SITES, to: ["Country"], confidence: 0.7,
    needs: `(?:расположенн\\p{L}+|находящ\\p{L}+|находится|расположен[аоы]?)`,
    re: `${S},?\\s+(?:расположенн\\p{L}+|находящ\\p{L}+|находится|расположен[аоы]?)\\s+в\\s+${O}` }),
  rule({ name: "ru-supplies", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, confidence: 0.65,
    needs: `(?:поставляет|поставлял[аи]?|продает|продаёт|экспортирует)`,
    re: `${S}\\s+(?:поставляет|поставлял[аи]?|продает|продаёт|экспортирует)\\s+${GAP(60)}(?:${E}\\s+${GAP(30)})?(?:в|на)\\s+${O}` }),
  rule({ name: "ru-imports", predicate: "IMPORTS_FROM", from: ["Country", "Actor"], to: ["Country", "Actor"], confidence: 0.65,
    needs: `(?:импортирует|закупает|получает|ввозит)`,
    re: `${S}\\s+(?:импортирует|закупает|получает|ввозит)\\s+${ANY(60)}(?<!\\p{L})(?:из|у)\\s+${O}` }),
  rule({ name: "ru-licence-holder", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], confidence: 0.7,
    needs: `лицензи`,
    re: `${S}[»"”]?\\s+(?:получил[аио]?|имеет|владеет|выиграл[аио]?)\\s+лицензи\\p{L}*\\s+на\\s+${RU_WORKING}\\s+${O}` }),
  rule({ name: "ru-licence-received", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], passive: true, confidence: 0.7,
    needs: `лицензи`,
    re: `лицензи\\p{L}*\\s+на\\s+${RU_WORKING}\\s+${O}[»"”]?\\s+[«"]?${S}[»"”]?\\s+(?:получил[аио]?|выиграл[аио]?)` }),
  rule({ name: "ru-develops", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], confidence: 0.7,
    needs: `(?:осваивает|осваивала|разрабатывает|разрабатывала)`,
    re: `${S}[»"”]?\\s+(?:осваивает|осваивала|разрабатывает|разрабатывала)\\s+${O}` }),
  rule({ name: "ru-works-on", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], confidence: 0.7,
    needs: `(?:ведёт|ведет|занимается|продолжает)`,
    re: `${S}[»"”]?\\s+(?:ведёт|ведет|занимается|продолжает)\\s+(?:подготовк\\p{L}*\\s+к\\s+)?${RU_WORKING}\\s+(?:на\\s+)?${O}` }),
  rule({ name: "ru-imports-passive", predicate: "IMPORTS_FROM", from: ["Country"], to: ["Country", "Actor"], confidence: 0.65,
    needs: [`(?:импорт|ввоз|поставк|поставок|закуп|потребля)`, `\\s+из\\s+`],
    re: `(?:${Q}${GAP(40)})?${S}${ANY(60)}(?<!\\p{L})(?:импорт|ввоз|поставк|поставок|закуп|потребля)\\p{L}*${ANY(100)}(?<!\\p{L})(?:ввозится|ввозятся|ввозит|импортируется|импортируются|поступает|поступают|(?:было|были|был|была)\\s+(?:ввезен|импортирован|закуплен|получен)\\p{L}*)\\s+из\\s+${O}` }),
  rule({ name: "ru-imports-consumed", predicate: "IMPORTS_FROM", from: ["Country"], to: ["Country", "Actor"], confidence: 0.65,
    needs: [`(?:потребля|используем|закупаем)`, `\\s+из\\s+`],
    re: `${Q}\\s+(?:потребля|используем|закупаем)\\p{L}*\\s+(?:в|во)\\s+${S}${GAP(60)}(?<!\\p{L})(?:было|были|был|была)?\\s*(?:ввезен|импортирован|закуплен|получен|поставлен)\\p{L}*\\s+из\\s+${O}` }),
  rule({ name: "ru-imports-fell-to", predicate: "IMPORTS_FROM", from: ["Country"], to: ["Country", "Actor"], confidence: 0.6,
    needs: [`(?:импорт|ввоз|закуп)`, `(?:пришл\\p{L}*|приходится|приходятся|приходилось)\\s+на\\s+`],
    re: `${S}${ANY(60)}(?<!\\p{L})(?:импорт|ввоз|закуп)\\p{L}*${ANY(80)}(?<!\\p{L})(?:пришл\\p{L}*|приходится|приходятся|приходилось)\\s+на\\s+(?:${E}\\s+и\\s+)?${O}` }),
  rule({ name: "ru-imports-fell-to-first", predicate: "IMPORTS_FROM", from: ["Country"], to: ["Country", "Actor"], confidence: 0.6,
    needs: [`(?:импорт|ввоз|закуп)`, `(?:пришл\\p{L}*|приходится|приходятся|приходилось)\\s+на\\s+`],
    re: `${S}${ANY(60)}(?<!\\p{L})(?:импорт|ввоз|закуп)\\p{L}*${ANY(80)}(?<!\\p{L})(?:пришл\\p{L}*|приходится|приходятся|приходилось)\\s+на\\s+${O}\\s+и\\s+${E}` }),
  // Chinese
  rule({ name: "zh-owns", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.75,
    needs: `(?:持有|拥有|控股|持股|入股|收购了?)`,
    re: `${ZH_NOT_PLACE}${S}${ZH_ADVERBIAL}(?:持有|拥有|控股|持股|入股|收购了?)${O}(?:${GAP(6)}${Q})?` }),
  rule({ name: "zh-owned-by", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.75,
    needs: `(?:由|被)`,
    re: `${O}(?:目前|已|仍|现)?(?:由|被)${S}(?:间接|直接|全资|绝对|相对)?(?:控股|持有|拥有|收购|控制)` }),
  rule({ name: "zh-shareholder", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.75,
    needs: `股东`,
    re: `${ZH_NOT_PLACE}${S}${ZH_ADVERBIAL}(?:是|为|成为|仍是)${O}的${GAP(6)}股东(?:${GAP(8)}${Q})?` }),
  rule({ name: "zh-located", predicate: "LOCATED_IN", from: SITES, to: ["Country"], confidence: 0.7,
    needs: `(?:位于|坐落于|地处)`,
    re: `${S}(?:位于|坐落于|地处)${O}` }),
  rule({ name: "zh-supplies", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, confidence: 0.65,
    needs: `(?:供应|出口|供货)`,
    re: `${S}(?:向|对)${O}(?:供应|出口|供货)` }),
  rule({ name: "zh-imports", predicate: "IMPORTS_FROM", from: ["Country", "Actor"], to: ["Country", "Actor"], confidence: 0.65,
    needs: `(?:进口|采购)`,
    re: `${S}(?:从|自)${O}(?:进口|采购)` }),
  rule({ name: "zh-invests", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: `投资`,
    re: `${S}(?:向|对)${O}投资` }),
];

/** A generic noun in the dative before a quoted name carries the case for it: "компании «Х»". */
const DATIVE_NOUN = /(?:компании|корпорации|госкорпорации|группе|холдингу|фонду|государству|правительству)\s*[«"]?$/u;

/** "Росатому", "Норникелю", "Китаю": the case that names the owner with "принадлежит". */
function isDative(mention: Mention, text: string): boolean {
  return /(?:у|ю|ам|ям)$/u.test(mention.text) || DATIVE_NOUN.test(text.slice(Math.max(0, mention.start - 20), mention.start));
}

const CURRENCIES = new Set(["USD", "EUR", "RUB", "CNY"]);

function isMoney(quantity: Quantity | undefined): boolean {
  return quantity?.unit !== undefined && CURRENCIES.has(quantity.unit);
}

function hasAll(pieces: readonly RegExp[], text: string): boolean {
  for (const piece of pieces) if (!piece.test(text)) return false;
  return true;
}

function indexOf(slot: string | undefined): number | undefined {
  const match = slot ? /(\d+)/.exec(slot) : null;
  return match ? Number(match[1]) : undefined;
}

/** Relations stated by a verb or phrase between two names, in either voice. */
export const relations: Pattern = ({ frame }) => {
  const drafts: FactDraft[] = [];
  const elements = frame.entityIndexes(["Element"]);
  const scripts = scriptsOf(frame.template);
  const hasMoney = frame.quantityIndexes(isMoney).length > 0;
  const hasShare = frame.quantityIndexes((q) => q.unit === "%").length > 0;
  for (const r of RULES) {
    // A rule whose subject or object kind (or figure) the sentence lacks cannot match; most rules end here, unrun.
    if (!scripts[r.script] || (r.needsMoney && !hasMoney) || (r.needsShare && !hasShare)) continue;
    if (!frame.names(r.from) || !frame.names(r.to) || !hasAll(r.needs, frame.template)) continue;
    r.re.lastIndex = 0;
    for (let match = r.re.exec(frame.template); match; match = r.re.exec(frame.template)) {
      // Restart one character later so overlapping statements ("A and B … from C") are all read.
      r.re.lastIndex = match.index + 1;
      const s = indexOf(match.groups?.s);
      const o = indexOf(match.groups?.o);
      const q = indexOf(match.groups?.q);
      const subject = s === undefined ? undefined : frame.entity(s);
      const object = o === undefined ? undefined : frame.entity(o);
      if (!subject || !object || s === undefined || o === undefined || subject.entity.id === object.entity.id) continue;
      if (!r.from.includes(subject.entity.kind) || !r.to.includes(object.entity.kind)) continue;
      // "s?"/"o?": a demonym may fill the role ("came from Chinese suppliers") as well as a name.
      if (subject.via === "demonym" && r.demonym !== "s") continue;
      if (object.via === "demonym" && r.demonym !== "o" && r.demonym !== "o?") continue;
      if (r.demonym === "o" && object.via !== "demonym") continue;
      const read = q === undefined ? undefined : frame.quantity(q);
      // A stake is a percentage; a price paid ("收购了X，耗资3亿元") says nothing about how much is owned.
      const quantity = r.predicate === "OWNS" && read?.unit !== "%" ? undefined : read;
      if (r.needsShare && quantity?.unit !== "%") continue;
      if (r.needsMoney && !isMoney(quantity)) continue;
      if (r.dative && !isDative(subject, frame.text)) continue;
      const element = elements.find((i) => i > Math.min(s, o)) ?? elements[0];
      if (r.needsElement && element === undefined) continue;
      const properties: Record<string, string> = {};
      const elementEntity = element === undefined ? undefined : frame.entity(element)?.entity;
      if ((r.predicate === "SUPPLIES" || r.predicate === "IMPORTS_FROM") && elementEntity) properties.element = elementEntity.id;
      drafts.push({
        predicate: r.predicate,
        subject: subject.entity,
        object: object.entity,
        items: [s, o, ...(q === undefined || !quantity ? [] : [q])],
        quantity,
        properties,
        extractor: r.name,
        confidence: r.confidence * Math.min(subject.confidence, object.confidence),
        allowNegation: r.allowNegation,
        ...(r.plannedIf?.test(match[0]) ? { status: "planned" as const } : {}),
      });
    }
  }
  return withoutFigurelessRepeats(withoutGoodsForMoney(drafts));
};

/**
 * Two rules reading one statement ("received a $150 million loan from") may differ only in whether they caught
 * the figure; the reading without it would stand as a second, valueless claim.
 */
function withoutFigurelessRepeats(drafts: FactDraft[]): FactDraft[] {
  const withFigure = new Set(drafts.filter((d) => d.quantity).map((d) => `${d.predicate} ${d.subject.id} ${d.object.id}`));
  if (withFigure.size === 0) return drafts;
  return drafts.filter((d) => d.quantity || !withFigure.has(`${d.predicate} ${d.subject.id} ${d.object.id}`));
}

const TRADE = new Set<Predicate>(["SUPPLIES", "IMPORTS_FROM"]);

/**
 * "provided MP Materials with $35 million", "received $58 million from the Department": a sum of money passing
 * between two parties is funding; the supply and import rules that also match those verbs would read it as goods.
 */
function withoutGoodsForMoney(drafts: FactDraft[]): FactDraft[] {
  const funded = new Set(drafts.filter((d) => d.predicate === "INVESTS_IN" && isMoney(d.quantity)).map((d) => pairKey(d.items)));
  if (funded.size === 0) return drafts;
  return drafts.filter((d) => !TRADE.has(d.predicate) || !funded.has(pairKey(d.items)));
}

function pairKey(items: readonly number[]): string {
  const [a = -1, b = -1] = items;
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}
