import { ANY, E, GAP, GAP_FIGURES, HOLDERS, O, OWNED, Q, type RelationRule, rule, S, THE } from "./relation-rule.js";

/** An opening or closing quote round a Russian name: «Росатом», "Норникель". */
const OPEN = `[«"“]?`;
const CLOSE = `[»"”]?`;
const RU_JV = `(?:совместн\\p{L}*\\s+предприяти\\p{L}*|(?<!\\p{L})сп(?!\\p{L}))`;
/** What a joint venture's own name may follow: a dash, a comma, "под названием". */
const RU_JV_NAMED = `\\s*(?:[–—-]|,|под\\s+названием)?\\s*`;
const RU_OWNER_NOUN = `(?:акционер|владел|собственник|бенефициар)\\p{L}*`;
/** The owner that matters: "основной акционер", "крупнейший владелец", "мажоритарный собственник". */
const RU_MAIN = `(?:основн|крупнейш|мажоритарн|контролирующ|единственн|главн)\\p{L}*`;
const RU_PARENT = `(?:головн|материнск)\\p{L}*\\s+(?:компани|структур|обществ|организаци)\\p{L}*`;
const RU_SUBSIDIARY = `дочерн\\p{L}*\\s+(?:компани|предприяти|структур|обществ)\\p{L}*`;
const RU_BUYS = `(?:купил[аи]?|выкупил[аи]?|консолидировал[аи]?|приобрет[её]т|приобретут|купит|купят|выкупит|получит|получат|консолидирует)`;
const RU_FUTURE = /(?<!\p{L})(?:приобрет[её]т|приобретут|купит|купят|выкупит|получит|получат|консолидирует)(?!\p{L})/u;
/** A sale of subsoil rights: "аукцион на право пользования участком недр", "конкурс на разработку". */
const RU_AUCTION = `(?:аукцион|конкурс|тендер)\\p{L}*`;
const RU_WINNER_VERB = `(?:стал[аио]?|стали|признан[аоы]?|объявлен[аоы]?)`;
/** A name that is the parent in "«А» дочернее предприятие «Б»" is not the one the sentence is about. */
const NOT_A_PARENT = `(?<!дочерн\\p{L}*\\s+(?:компани|предприяти|структур|обществ)\\p{L}*\\s+(?:\\p{Ll}{2,4}\\s+)?[«"]?)`;
/** One member's figure in a list of shareholders: "Росатом (75%)", "A with 15%", "Б – 10%". */
const MEMBER_SHARE = `(?:(?:\\s*\\(\\s*(?:около\\s+|about\\s+)?|\\s+(?:с|with)\\s+(?:an?\\s+)?|\\s*[–—-]\\s*)${Q})?`;
/** A list member's own figure, required: "A with 15%", "B (24%)", "C – 10%". */
const MEMBER_SHARE_STATED = MEMBER_SHARE.slice(0, -1);
/** From the head of an English list of shareholders to one of its members: "… are A (10%), B and ". */
const EN_LIST_HEAD = `${GAP(20)}\\s+(?:are|were|include|included|includes|:)\\s+(?:[^;]{0,120}?(?:,|\\sand)\\s+)?`;
const EN_STAKE_IN = `(?:[\\p{L}-]+\\s+)?(?:stake|interest|shareholding|holding)\\s+in\\s+`;

/**
 * Ownership and control as news states it beyond the per-language rule files: joint ventures named after their
 * partners, parents and subsidiaries side by side, the main shareholder, stakes bought, kept or sold to someone.
 */
export const OWNERSHIP_RULES: RelationRule[] = [
  // «совместное предприятие «Норвала» и «Астры» – «Северный кобальт»»: the partners first, the venture after.
  rule({ name: "ru-joint-venture-named-after", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: RU_JV,
    re: `${RU_JV}\\s+(?:компаний\\s+|групп\\s+)?${OPEN}${S}${CLOSE}\\s+и\\s+${OPEN}${E}${CLOSE}${RU_JV_NAMED}${OPEN}${O}` }),
  rule({ name: "ru-joint-venture-named-after-second", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: RU_JV,
    re: `${RU_JV}\\s+(?:компаний\\s+|групп\\s+)?${OPEN}${E}${CLOSE}\\s+и\\s+${OPEN}${S}${CLOSE}${RU_JV_NAMED}${OPEN}${O}` }),
  // "АО «А» дочернее предприятие ООО «Б»", "«А» — дочерняя компания «Б»": no comma between the two.
  rule({ name: "ru-subsidiary-of-adjacent", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: RU_SUBSIDIARY,
    re: `${O}${CLOSE}(?:\\s+|\\s*[–—-]\\s*)${RU_SUBSIDIARY}\\s+(?:[\\p{Ll}]{2,4}\\s+)?${OPEN}${S}` }),
  // "«Норвал» (NORVAL; головная структура Astra Metals)", "«А», материнская компания «Б»".
  rule({ name: "ru-parent-of", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: RU_PARENT,
    re: `${S}${CLOSE}(?:\\s*\\((?:${E}|[^()⟦;]){0,30}?[;,]\\s*|,\\s*|\\s*[–—-]\\s*)${RU_PARENT}\\s+(?:группы\\s+)?${OPEN}${O}` }),
  // "права на участок получены от материнской компании «Б»": the name the parent is the parent of came first.
  rule({ name: "ru-from-parent", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.65,
    needs: RU_PARENT,
    re: `${O}${CLOSE}${GAP_FIGURES(60)}(?<!\\p{L})(?:от|у|с)\\s+(?:сво\\p{L}+\\s+)?${RU_PARENT}\\s+${OPEN}${S}` }),
  // "Основной акционер «ВСМПО-Ависмы» — Михаил Шелков", "крупнейшим акционером «А» является «Б»".
  rule({ name: "ru-main-owner-of", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: RU_MAIN,
    re: `(?<!\\p{L})${RU_MAIN}\\s+${RU_OWNER_NOUN}\\s+(?:компании\\s+|группы\\s+|комбината\\s+|завода\\s+)?${OPEN}${O}${CLOSE}\\s*(?:является|являлся|являлась|стал[аи]?|остается|остаётся|[–—-]|,)?\\s*(?:\\p{Ll}+\\s+)?${OPEN}${S}` }),
  rule({ name: "ru-is-main-owner", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: RU_OWNER_NOUN,
    re: `${S}${CLOSE}\\s+(?:является|являлся|являлась|стал[аи]?|остается|остаётся|[–—-])\\s+(?:${RU_MAIN}\\s+)?${RU_OWNER_NOUN}\\s+(?:компании\\s+|группы\\s+|комбината\\s+|завода\\s+)?${OPEN}${O}` }),
  // "«А» купила 51% акций «Б»", "«А» получит контрольный пакет «Б»", "выкупила долю в «Б»".
  rule({ name: "ru-acquires", predicate: "OWNS", from: HOLDERS, to: OWNED, plannedIf: RU_FUTURE, confidence: 0.7,
    needs: RU_BUYS,
    re: `${S}${CLOSE}\\s+(?:\\p{Ll}+\\s+){0,2}?${RU_BUYS}\\s+(?:${Q}\\s+)?(?:(?:контрольн|блокирующ|мажоритарн|миноритарн)\\p{L}*\\s+)?(?:пакет\\p{L}*\\s+|дол[юяи]\\s+)?(?:акций\\s+|в\\s+)?(?:компании\\s+)?${OPEN}${O}` }),
  // "по итогам аукциона на право пользования Северным участком … победителем стала компания «А»": the winner of
  // subsoil rights works the site; after a joint venture's partners, the venture itself is the winner.
  rule({ name: "ru-auction-winner", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], confidence: 0.65,
    needs: [RU_AUCTION, `победител`],
    re: `${RU_AUCTION}${GAP_FIGURES(120)}${O}${ANY(80)}(?<!\\p{L})победител\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?${RU_WINNER_VERB}\\s+(?:${RU_JV}\\s+${OPEN}${E}${CLOSE}\\s+и\\s+${OPEN}${E}${CLOSE}${RU_JV_NAMED})?(?:\\p{Ll}+\\s+){0,2}?${OPEN}${S}` }),
  // "Победителем аукциона на право разработки Томторского месторождения стала компания «А»".
  rule({ name: "ru-auction-winner-before", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], confidence: 0.65,
    needs: [RU_AUCTION, `победител`],
    re: `(?<!\\p{L})победител\\p{L}*\\s+(?:\\p{Ll}+\\s+)?${RU_AUCTION}${GAP_FIGURES(120)}${O}${ANY(60)}(?<!\\p{L})${RU_WINNER_VERB}\\s+(?:${RU_JV}\\s+${OPEN}${E}${CLOSE}\\s+и\\s+${OPEN}${E}${CLOSE}${RU_JV_NAMED})?(?:\\p{Ll}+\\s+){0,2}?${OPEN}${S}` }),
  // "АО «А» признано победителем аукциона на право пользования недрами … Южного месторождения".
  rule({ name: "ru-auction-winner-first", predicate: "OPERATES", from: ["Actor"], to: ["Asset"], confidence: 0.65,
    needs: [RU_AUCTION, `победител`],
    re: `${NOT_A_PARENT}${S}${CLOSE}(?:\\s+(?:[\\p{Ll}-]+\\s+){1,3}(?:\\p{Ll}{2,4}\\s+)?${OPEN}${E}${CLOSE})?\\s+${RU_WINNER_VERB}\\s+победител\\p{L}*\\s+(?:в\\s+)?${RU_AUCTION}${GAP_FIGURES(200)}${O}` }),
  // "Акционерами «А» являются «Б» (75%) и «В» (15%)": every member of the list, each with its own figure. The head
  // stands in a lookbehind so each member is a match of its own.
  rule({ name: "ru-shareholders-are", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: `акционер`,
    re: `(?<=(?<!\\p{L})акционер\\p{L}*\\s+(?:компании\\s+|комбината\\s+|завода\\s+)?${OPEN}${O}${CLOSE}\\s*(?:являются|являлись|стали|были|:)\\s+(?:[^;]{0,120}?(?:,|\\sи)\\s+)?)${OPEN}${S}${CLOSE}${MEMBER_SHARE}` }),
  // "The shareholders of X are A with 15%, B with 24% and C", "X's shareholders include A (10%) and B".
  rule({ name: "shareholders-of-are", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: `(?:shareholders|owners|investors)`,
    re: `(?<=(?<!\\p{L})(?:shareholders|owners|investors)\\s+(?:of|in)\\s+${THE}${O}${EN_LIST_HEAD})${THE}${S}${MEMBER_SHARE}` }),
  rule({ name: "shareholders-possessive-are", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: `(?:shareholders|owners|investors)`,
    re: `(?<=${O}['’]s?\\s+(?:other\\s+|main\\s+|major\\s+|largest\\s+)?(?:shareholders|owners|investors)${EN_LIST_HEAD})${THE}${S}${MEMBER_SHARE}` }),
  // "X is owned by A with 74%, B with 16% and C with 5.25%": owns-by reads the first holder, this every later one
  // that carries its own figure (a figure keeps the list from running into a clause about someone else).
  rule({ name: "owned-by-list", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: `owned\\s+by`,
    re: `(?<=${O},?\\s+(?:which\\s+is\\s+|is\\s+|was\\s+|are\\s+|were\\s+|now\\s+)?(?:jointly\\s+)?owned\\s+by\\s+${THE}${E}${MEMBER_SHARE_STATED.replace(Q, "⟦q\\d+⟧")}[^;]{0,120}?(?:,|\\sand)\\s+)${THE}${S}${MEMBER_SHARE_STATED}` }),
  // "a joint venture between A and B, Polar Lithium, won": the partners first, the venture after.
  rule({ name: "joint-venture-named-after", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: `joint\\s+venture\\s+(?:of|between)\\s+`,
    re: `joint\\s+venture\\s+(?:of|between)\\s+${THE}${S},?\\s+and\\s+${THE}${E},?\\s+(?:called\\s+|named\\s+|known\\s+as\\s+)?${O}` }),
  rule({ name: "joint-venture-named-after-second", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: `joint\\s+venture\\s+(?:of|between)\\s+`,
    re: `joint\\s+venture\\s+(?:of|between)\\s+${THE}${E},?\\s+and\\s+${THE}${S},?\\s+(?:called\\s+|named\\s+|known\\s+as\\s+)?${O}` }),
  // "Lithea's owner is LSC Lithium", "the mine's parent company is X".
  rule({ name: "owns-owner-is", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.75,
    needs: `(?:owner|parent(?:\\s+company)?|shareholder)\\s+(?:is|was|became|has\\s+become)`,
    re: `${O}['’]s?\\s+(?:(?:majority|largest|main|principal|controlling|sole|new|ultimate)\\s+)?(?:owner|parent(?:\\s+company)?|shareholder)\\s+(?:is|was|became|has\\s+become)\\s+${THE}${S}` }),
  // "Norval will keep a controlling 60% interest in Astra Uranium".
  rule({ name: "owns-retains-stake", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.75,
    needs: `(?:retain|retains|retained|keep|keeps|kept|maintain|maintains|maintained)`,
    re: `${S}\\s+(?:will\\s+|would\\s+|to\\s+)?(?:retain|retains|retained|keep|keeps|kept|maintain|maintains|maintained)\\s+(?:an?\\s+|its\\s+|the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${Q}\\s+)?${EN_STAKE_IN}${THE}${O}` }),
  // "X is paying $75 million to acquire a 60% interest in Y", "X is buying 100% of Y".
  rule({ name: "owns-to-buy-stake", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: `(?:buy|buying|acquire|acquiring|purchase|purchasing)`,
    re: `${S}(?:\\s+(?:is|are|was|were|has|have|had|will)(?:\\s+been)?)?${GAP_FIGURES(50)}(?<!\\p{L})(?:buy|buying|acquire|acquiring|purchase|purchasing)\\s+(?:an?\\s+|the\\s+)?(?:(?:${Q}\\s+(?:${EN_STAKE_IN}|of\\s+))|${EN_STAKE_IN})${THE}${O}` }),
  // "X agreed to sell a 49% stake in Y to a subsidiary of Z for $435m": the buyer pays for the stake. What the stake
  // is in may carry an element's name ("Y uranium mining operation").
  rule({ name: "sells-stake-to-for-money", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, confidence: 0.65,
    needs: [`(?:sell|sells|sold|sale)`, `\\s+to\\s+`],
    re: `(?<!\\p{L})(?:sell|sells|sold|sale)\\s+(?:of\\s+)?(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:⟦q\\d+⟧\\s+)?${EN_STAKE_IN}${THE}${O}${ANY(40)}\\s+to\\s+${THE}(?:an?\\s+(?:subsidiary|unit|affiliate)\\s+of\\s+${THE})?${S}(?:\\s*\\(${E}\\))?${GAP_FIGURES(40)}(?<!\\p{L})for\\s+(?:about\\s+|around\\s+|up\\s+to\\s+)?${Q}` }),
];
