import { ANY, E, GAP, GAP_FIGURES, HOLDERS, O, OWNED, PRODUCERS, Q, type RelationRule, rule, S, SITES, WORDS } from "./relation-rule.js";

const RU_BELONGS = "(?:(?:будет|будут)\\s+)?(?:принадлежит|принадлежат|принадлежал[аио]?|принадлежать)";
const RU_FUTURE = /(?<!\p{L})(?:будет|будут|вложит|направит|выделит|предоставит|профинансирует)(?!\p{L})/u;
/** What a licence or a developer's work is for: "на разработку", "к освоению", "добычу на" a deposit. */
const RU_WORKING = "(?:разработк|освоени|добыч|геологическ\\p{L}*\\s+изучени)\\p{L}*";

/** "передано большинство акций «Б»": the name after the shares is what changed hands, not who received them. */
const NOT_WHAT_CHANGED_HANDS = `(?<!(?:акций|акции|доли|долей|пакета|пакет)\\s+[«"]?)`;

/** Russian: quoted names in any case, the dative owner of «принадлежит», transfers, licences, imports. */
export const RUSSIAN_RULES: RelationRule[] = [
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
    re: `${O}(?:[»"”]?(?:\\s*\\([^()]{0,40}\\))?,\\s*котор\\p{L}*\\s+|(?:(?!котор)[^;]){0,120}?)(?:передан[аоы]?|перешл[аи]|перешел|перешёл|отошл[аи])\\s+${ANY(30)}${NOT_WHAT_CHANGED_HANDS}${S}` }),
  rule({ name: "ru-transfer-of-shares", predicate: "OWNS", from: HOLDERS, to: OWNED, dative: true, confidence: 0.7,
    needs: `передач`,
    re: `(?<!\\p{L})передач\\p{L}*\\s+(?:${Q}\\s+)?(?:акций|доли|долей|пакета(?:\\s+акций)?)\\s+[«"]?${O}[»"”]?\\s+(?:\\p{L}+\\s+)?[«"]?${S}` }),
  rule({ name: "ru-located", predicate: "LOCATED_IN", from: SITES, to: ["Country", "Region"], confidence: 0.7,
    needs: `(?:расположенн\\p{L}+|находящ\\p{L}+|находится|расположен[аоы]?)`,
    re: `${S},?\\s+(?:расположенн\\p{L}+|находящ\\p{L}+|находится|расположен[аоы]?)\\s+в\\s+${O}` }),
  // "Томторское месторождение в Якутии", "Колмозёрским месторождением лития в Мурманской области": a site and the
  // region or country it lies in, one or two words apart.
  rule({ name: "ru-site-in", predicate: "LOCATED_IN", from: ["Asset"], to: ["Country", "Region"], confidence: 0.6,
    needs: `\\s+(?:в|на\\s+территории)\\s+`,
    // The word between may be a named element ("месторождением ⟦лития⟧ в …"), a slot of its own in the template.
    re: `${S}[»"”]?(?:\\s+(?:\\p{Ll}+|⟦e\\d+⟧)){0,2}\\s+(?:в|на\\s+территории)\\s+${O}` }),
  // "Павлодарский алюминиевый завод, входящий в группу ERG", "Компания входит в состав «Ростеха»".
  rule({ name: "ru-part-of", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: `(?:входящ\\p{L}*|входит|входят|входил[аио]?)\\s+в`,
    re: `${O}[»"”]?,?\\s+(?:котор\\p{L}*\\s+)?(?:входящ\\p{L}*|входит|входят|входил[аио]?)\\s+в\\s+(?:состав|структуру|группу|периметр|холдинг|дивизион)?\\s*(?:\\p{Ll}+\\s+){0,2}?[«"]?${S}` }),
  // "Входящая в «Росатом» Uranium One".
  rule({ name: "ru-part-of-before", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.7,
    needs: `входящ\\p{L}*\\s+в`,
    re: `входящ\\p{L}*\\s+в\\s+(?:состав\\s+|структуру\\s+|группу\\s+)?[«"]?${S}[»"”]?\\s+[«"]?${O}` }),
  // "Индонезия была крупнейшим производителем никеля", "является крупнейшим в мире производителем титана".
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
