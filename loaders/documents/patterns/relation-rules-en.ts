import { ANY, E, GAP, GAP_FIGURES, HOLDERS, O, OWNED, PRODUCERS, Q, type RelationRule, rule, S, SITES, THE, WORDS } from "./relation-rule.js";

const COPULA = "(?:is|was|became|becomes|becoming|remains|remained|has become|will become|is now)";
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

/** English: active and passive verbs, possessives, appositions, stakes, offtakes, funding. */
export const ENGLISH_RULES: RelationRule[] = [
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
    needs: [`(?:transfer|transferred|transfers|sale|sold|sell|sells|handover|handed over|hands over)`, `\\s+to\\s+`],
    // "sell a 49% stake in Y to a subsidiary of X": the buyer's unit is unnamed, and the buyer is its owner.
    re: `(?<!\\p{L})(?:transfer|transferred|transfers|sale|sold|sell|sells|handover|handed over|hands over)\\s+(?:of\\s+)?(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:${Q}\\s+)?${STAKE_IN}${THE}${O}${GAP(40)}(?:${E}${GAP(40)})?\\s+to\\s+${THE}(?:an?\\s+(?:subsidiary|unit|affiliate)\\s+of\\s+${THE})?${S}` }),
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
  rule({ name: "located-in", predicate: "LOCATED_IN", from: SITES, to: ["Country", "Region"], confidence: 0.8,
    needs: `(?:located|situated|based|headquartered|registered|found)`,
    re: `${S},?\\s+(?:which\\s+is\\s+|is\\s+|was\\s+|are\\s+)?(?:located|situated|based|headquartered|registered|found)\\s+in\\s+${THE}${O}` }),
  rule({ name: "site-in-country", predicate: "LOCATED_IN", from: SITES, to: ["Country", "Region"], confidence: 0.7,
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
  // "a Mauritius-registered holding firm": a firm's country of registration is where it is.
  rule({ name: "country-based", predicate: "LOCATED_IN", from: SITES, to: ["Country"], passive: true, confidence: 0.75,
    needs: `-(?:based|registered|incorporated|domiciled|headquartered)\\s+`,
    re: `${O}-(?:based|registered|incorporated|domiciled|headquartered)\\s+${WORDS(2)}${S}` }),
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
  // "Brannock signed a seven-year offtake deal with Volvo", "an off-take deal it struck with Renault": the
  // offtaker is the party named after "with"; the seller is the sentence's subject.
  rule({ name: "offtake-agreement-with", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, confidence: 0.65,
    needs: `(?:offtake|off-take)\\s+(?:agreement|deal|contract)`,
    re: `${S}${APPOSITIVE}${GAP(60)}(?:offtake|off-take)\\s+(?:agreement|deal|contract)${GAP(30)}\\bwith\\s+${THE}${O}` }),
  // "Orvane agreed last month to buy lithium concentrate from the Kestrel mine": a purchase of material from a
  // named source, with no stake, shares or assets bought (those are ownership).
  rule({ name: "to-buy-material-from", predicate: "SUPPLIES", from: ["Actor", "Asset"], to: ["Actor", "Asset"], passive: true, plannedIf: /./u, confidence: 0.6,
    needs: [`\\s+to\\s+(?:buy|purchase|source|import)\\s+`, `\\bfrom\\s+`],
    re: `${O}${GAP(40)}\\s+to\\s+(?:buy|purchase|source|import)\\s+(?![^;]{0,60}?\\b(?:stake|interest|shares|shareholding|stock|assets?|business|unit|subsidiary|company|companies)\\b)${ANY(80)}\\bfrom\\s+${THE}${S}` }),
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
  // An acquisition paid for is an investment: "Orvane will acquire a 40% stake in Kestrel Lithium for $90 million",
  // "… agreed to buy Kestrel, a Chilean explorer, in a deal worth up to $300m". One other name may stand between;
  // what is bought "from" a name is material, not a stake.
  rule({ name: "acquires-for-money", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, confidence: 0.65,
    needs: `(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing)\\s+`,
    re: `${S}${APPOSITIVE}${GAP(40)}(?<!\\p{L})(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing)\\s+${GAP_FIGURES(80)}(?<!\\bfrom\\s+(?:the\\s+)?)${O}(?:${GAP_FIGURES(40)}${E})?${GAP_FIGURES(40)}(?<!\\p{L})(?:for|in\\s+an?\\s+(?:deal|transaction|agreement)\\s+(?:worth|valued\\s+at))\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|some\\s+|up\\s+to\\s+)?${Q}` }),
  // "Orvane is paying $90 million to acquire a majority of Kestrel Lithium".
  rule({ name: "spends-money-to-buy", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, confidence: 0.65,
    needs: `(?:spend|spends|spending|spent|pay|pays|paying|paid)\\s+`,
    re: `${S}${APPOSITIVE}${GAP(30)}(?<!\\p{L})(?:spend|spends|spending|spent|pay|pays|paying|paid)\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|up\\s+to\\s+)?${Q}\\s+(?:to\\s+(?:buy|acquire|purchase|take)|for|on)\\s+${GAP_FIGURES(50)}${O}` }),
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
];
