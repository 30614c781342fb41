import { ANY, E, GAP, GAP_FIGURES, HOLDERS, O, OWNED, PRODUCERS, Q, type RelationRule, rule, S, SITES, WORDS } from "./relation-rule.js";

const RU_BELONGS = "(?:(?:будет|будут)\\s+)?(?:принадлежит|принадлежат|принадлежал[аио]?|принадлежать)";
const RU_FUTURE = /(?<!\p{L})(?:будет|будут|вложит|направит|выделит|предоставит|профинансирует)(?!\p{L})/u;
/** What a licence or a developer's work is for: "на разработку", "к освоению", "добычу на" a deposit. */
const RU_WORKING = "(?:разработк|освоени|добыч|геологическ\\p{L}*\\s+изучени)\\p{L}*";

/** "передано большинство акций «Б»": the name after the shares is what changed hands, not who received them. */
const NOT_WHAT_CHANGED_HANDS = `(?<!(?:акций|акции|доли|долей|пакета|пакет)\\s+[«"]?)`;

/** "совместное предприятие", "совместного предприятия", the abbreviation "СП" (the template is lower-case). */
const JOINT_VENTURE = "(?:совместн\\p{L}*\\s+предприяти\\p{L}*|(?<!\\p{L})сп(?!\\p{L}))";
/** What joins a venture's name to the words naming it one: a comma, a dash, an opening bracket. */
const JV_AFTER_NAME = "(?:,|\\s*[—–-]|\\s*\\()\\s*";
/** What joins the partners to the venture's name after them: a dash, a colon, a comma, "под названием". */
const JV_BEFORE_NAME = "\\s*(?:[—–:,-]|под\\s+названием)\\s*";
/** Reserves said with a verb of holding: "содержит запасы", "обладает ресурсами", "располагает запасами". */
const RU_HOLDS = "(?:содерж(?:ит|ат|ал[аио]?)|облада(?:ет|ют|л[аио]?)|располага(?:ет|ют|л[аио]?))";
/** "помимо лития содержит …": an element set aside before the verb is held too, but is no other name. */
const RU_BESIDES = "(?:\\s*,?\\s*(?:помимо|кроме)\\s+⟦e\\d+⟧\\s*,?)?";

/** A holder is no name after a preposition: in "месторождение … в России содержит" Russia is where, not what holds. */
const NOT_AFTER_PREPOSITION = `(?<!(?<!\\p{L})(?:в|во|на|из|по|для|при)\\s+[«"]?)`;
/** Words after the holder, which may cross a place named after в/на ("крупнейшее в ⟦России⟧"), but no other name. */
const GAP_PAST_PLACES = (n: number) => `(?:[^;⟦]|(?<=(?<!\\p{L})(?:в|во|на)\\s)⟦e\\d+⟧){0,${n}}?`;

/** Verbs of putting money into something, finite or after "планирует", "намерена". */
const RU_INVEST_VERB = "(?:вложит|вложил[аио]?|вложить|вкладывает|вкладывают|инвестирует|инвестируют|инвестировал[аио]?|инвестировать|проинвестирует|проинвестировал[аио]?)";
const RU_PLANNED_SPEND = /(?<!\p{L})(?:будет|будут|вложит|вложить|инвестировать|проинвестирует|планиру\p{L}*|намерен\p{L}*)(?!\p{L})/u;

/** Russian: quoted names in any case, the dative owner of «принадлежит», transfers, licences, imports. */
export const RUSSIAN_RULES: RelationRule[] = [
  // "X, совместное предприятие A и B", "X — совместного предприятия A и B", "X (СП A и B)": each partner owns X.
  rule({ name: "ru-joint-venture", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: JOINT_VENTURE,
    re: `${O}[»"”]?${JV_AFTER_NAME}${JOINT_VENTURE}\\s+(?:\\p{Ll}+\\s+)?(?:[«"]?${E}[»"”]?\\s+и\\s+)?[«"]?${S}` }),
  rule({ name: "ru-joint-venture-first", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: JOINT_VENTURE,
    re: `${O}[»"”]?${JV_AFTER_NAME}${JOINT_VENTURE}\\s+(?:\\p{Ll}+\\s+)?[«"]?${S}[»"”]?\\s+и\\s+[«"]?${E}` }),
  // "совместное предприятие A и B — X": the name after the partners is the venture.
  rule({ name: "ru-joint-venture-named-after", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: JOINT_VENTURE,
    re: `${JOINT_VENTURE}\\s+[«"]?${S}[»"”]?\\s+и\\s+[«"]?${E}[»"”]?${JV_BEFORE_NAME}[«"]?${O}` }),
  rule({ name: "ru-joint-venture-named-after-second", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.7,
    needs: JOINT_VENTURE,
    re: `${JOINT_VENTURE}\\s+[«"]?${E}[»"”]?\\s+и\\s+[«"]?${S}[»"”]?${JV_BEFORE_NAME}[«"]?${O}` }),
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
  // "X инвестирует в проект Y $270 млн", "X планирует вложить в Y 12 млрд рублей": the sum after the object.
  rule({ name: "ru-invests-into", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, plannedIf: RU_PLANNED_SPEND, confidence: 0.7,
    needs: RU_INVEST_VERB,
    re: `${NOT_AFTER_PREPOSITION}${S}[»"”]?${GAP(40)}(?<!\\p{L})${RU_INVEST_VERB}\\s+(?:около\\s+|более\\s+|свыше\\s+)?(?:в|во)\\s+(?:\\p{Ll}+\\s+){0,2}?[«"]?${O}[»"”]?\\s+(?:\\p{Ll}+\\s+){0,2}?${Q}` }),
  rule({ name: "ru-grant-to", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, plannedIf: RU_FUTURE, confidence: 0.7,
    needs: `(?:выделит|выделил[аио]?|предоставит|предоставил[аио]?|направит|направил[аио]?|одобрил[аио]?)`,
    re: `${S}[»"”]?${GAP_FIGURES(30)}\\s+(?:выделит|выделил[аио]?|предоставит|предоставил[аио]?|направит|направил[аио]?|одобрил[аио]?)\\s+[«"]?${O}[»"”]?\\s+(?:\\p{Ll}+\\s+)?(?:субсиди|грант|кредит|заём|заем|займ|финансировани|средств|инвестици)\\p{L}*${GAP(30)}${Q}` }),
  rule({ name: "ru-investment-of", predicate: "INVESTS_IN", from: HOLDERS, to: OWNED, needsMoney: true, confidence: 0.65,
    needs: `(?:инвестици|вложени)`,
    re: `(?<!\\p{L})(?:инвестици|вложени)\\p{L}*\\s+[«"]?${S}[»"”]?\\s+в\\s+${WORDS(2)}?[«"]?${O}${GAP(50)}${Q}` }),
  rule({ name: "ru-transferred", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.75,
    needs: `(?:передан[аоы]?|перешл[аи]|перешел|перешёл|отошл[аи])`,
    // "который перешёл" was said of the name right before "который", not of any name earlier in the sentence.
    re: `${O}(?:[»"”]?(?:\\s*\\([^()]{0,40}\\))?,\\s*котор\\p{L}*\\s+|(?:(?!котор)[^;]){0,120}?)(?:передан[аоы]?|перешл[аи]|перешел|перешёл|отошл[аи])\\s+${ANY(30)}${NOT_WHAT_CHANGED_HANDS}${S}` }),
  rule({ name: "ru-transfer-of-shares", predicate: "OWNS", from: HOLDERS, to: OWNED, dative: true, confidence: 0.7,
    needs: `передач`,
    re: `(?<!\\p{L})передач\\p{L}*\\s+(?:${Q}\\s+)?(?:акций|доли|долей|пакета(?:\\s+акций)?)\\s+[«"]?${O}[»"”]?\\s+(?:\\p{L}+\\s+)?[«"]?${S}` }),
  rule({ name: "ru-located", predicate: "LOCATED_IN", from: SITES, to: ["Country", "Region"], confidence: 0.7,
    needs: `(?:расположенн\\p{L}+|находящ\\p{L}+|находится|расположен[аоы]?)`,
    re: `${S},?\\s+(?:расположенн\\p{L}+|находящ\\p{L}+|находится|расположен[аоы]?)\\s+в\\s+${O}` }),
  // "Томторское месторождение в Якутии", "Кедровым месторождением меди в Тверской области": a site and the
  // region or country it lies in, one or two words apart.
  rule({ name: "ru-site-in", predicate: "LOCATED_IN", from: ["Asset"], to: ["Country", "Region"], confidence: 0.6,
    needs: `\\s+(?:в|на\\s+территории)\\s+`,
    // The word between may be a named element ("месторождением ⟦лития⟧ в …"), a slot of its own in the template.
    re: `${S}[»"”]?(?:\\s+(?:\\p{Ll}+|⟦e\\d+⟧)){0,2}\\s+(?:в|на\\s+территории)\\s+${O}` }),
  // "Кедровский алюминиевый завод, входящий в группу Норвал", "Завод входит в состав «Норвала»".
  rule({ name: "ru-part-of", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: `(?:входящ\\p{L}*|входит|входят|входил[аио]?)\\s+в`,
    re: `${O}[»"”]?,?\\s+(?:котор\\p{L}*\\s+)?(?:входящ\\p{L}*|входит|входят|входил[аио]?)\\s+в\\s+(?:состав|структуру|группу|периметр|холдинг|дивизион)?\\s*(?:\\p{Ll}+\\s+){0,3}?[«"]?${S}` }),
  // "Входящая в «Норвал» Astra Metals".
  rule({ name: "ru-part-of-before", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: `входящ\\p{L}*\\s+в`,
    re: `входящ\\p{L}*\\s+в\\s+(?:состав\\s+|структуру\\s+|группу\\s+)?[«"]?${S}[»"”]?\\s+[«"]?${O}` }),
  // "Замбия остаётся крупнейшим производителем кобальта", "стала вторым в мире производителем ванадия".
  rule({ name: "ru-producer-of", predicate: "PRODUCES", from: PRODUCERS, to: ["Element"], confidence: 0.65,
    needs: `производител`,
    re: `${S}[»"”]?\\s+(?:является|была|был|было|стала|стал|остается|остаётся|—|-)\\s+(?:\\p{Ll}+\\s+){0,4}?производител\\p{L}*\\s+(?:\\p{Ll}+\\s+){0,2}?${O}` }),
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
  // "Месторождение X содержит запасы бериллия, ниобия и тантала", "Y обладает запасами урана": reserves without a figure.
  rule({ name: "ru-holds-reserves", predicate: "HAS_RESERVES", from: ["Asset", "Country"], to: ["Element"], listedObjects: true, confidence: 0.7,
    needs: RU_HOLDS,
    re: `${NOT_AFTER_PREPOSITION}${S}[»"”]?${GAP_PAST_PLACES(80)}${RU_BESIDES}\\s*(?<!\\p{L})${RU_HOLDS}\\s+(?:\\p{Ll}+\\s+)?(?:запас|ресурс)\\p{L}*\\s+(?:\\p{Ll}+\\s+)?${O}` }),
  // "Месторождение X содержит литий": a site's contents, said of a site only (a company "holds" stakes and stocks).
  rule({ name: "ru-site-contains", predicate: "HAS_RESERVES", from: ["Asset"], to: ["Element"], listedObjects: true, confidence: 0.65,
    needs: `содерж(?:ит|ат)`,
    re: `${NOT_AFTER_PREPOSITION}${S}[»"”]?${GAP_PAST_PLACES(80)}${RU_BESIDES}\\s*(?<!\\p{L})содерж(?:ит|ат)\\s+(?:\\p{Ll}+\\s+)?${O}` }),
  // "запасы урана в Казахстане", "ресурсы лития и тантала на месторождении X": the place after the element holds it.
  rule({ name: "ru-reserves-in", predicate: "HAS_RESERVES", from: ["Asset", "Country"], to: ["Element"], passive: true, listedObjects: true, confidence: 0.7,
    needs: `(?:запас|ресурс)`,
    re: `(?<!\\p{L})(?:запас|ресурс)\\p{L}*\\s+(?:\\p{Ll}+\\s+)?${O}(?:(?:\\s*,\\s*|\\s+и\\s+)${E}){0,6}\\s+(?:на|в|во)\\s+(?:\\p{Ll}+\\s+)?[«"]?${S}` }),
  // "участок X с запасами золота", "рудник X с содержанием оксида вольфрама".
  rule({ name: "ru-site-with-reserves", predicate: "HAS_RESERVES", from: ["Asset"], to: ["Element"], listedObjects: true, confidence: 0.65,
    needs: `\\s+с\\s+`,
    re: `${S}[»"”]?\\s+с\\s+(?:\\p{Ll}+\\s+)?(?:запас|ресурс|содержани)\\p{L}*\\s+(?:\\p{Ll}+\\s+)?${O}` }),
  // "«Алмазная Звезда», 35% акций которой принадлежит Китаю": the dative after «которого принадлежит» owns the name before.
  rule({ name: "ru-which-belongs", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, dative: true, plannedIf: RU_FUTURE, confidence: 0.75,
    needs: `котор(?:ого|ой|ых)`,
    re: `${O}[»"”]?\\s*(?:\\([^()]{0,40}\\)\\s*)?,\\s*(?:${Q}\\s+)?(?:акций\\s+|доли\\s+|долей\\s+|пакета\\s+(?:акций\\s+)?)?котор(?:ого|ой|ых)\\s+(?:⟦q\\d+⟧\\s+)?(?:акций\\s+)?${RU_BELONGS}\\s+(?:\\p{Ll}+\\s+)?[«"]?${S}` }),
  // "X, 40% акций которого владеет Y", "X, которым владеет Y": the name after the verb is the owner.
  rule({ name: "ru-which-owned-by", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.75,
    needs: `котор(?:ого|ой|ых|ым|ыми)`,
    re: `${O}[»"”]?\\s*(?:\\([^()]{0,40}\\)\\s*)?,\\s*(?:${Q}\\s+)?(?:акций\\s+|доли\\s+|долей\\s+|пакетом\\s+(?:акций\\s+)?)?(?:в\\s+)?котор(?:ого|ой|ых|ым|ыми)\\s+(?:⟦q\\d+⟧\\s+)?(?:акций\\s+)?(?:владе(?:ет|ют|л[аио]?|ли)|контролиру(?:ет|ют))\\s+(?:\\p{Ll}+\\s+)?[«"]?${S}` }),
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
];
