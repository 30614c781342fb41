import type { MentionKind, Predicate } from "../types.js";

/**
 * A word that states a relation between a name before it and a name after it: the lexicon of the trigger
 * fallback. Each entry is a general word for the relation, not a phrasing seen in one article.
 */
export interface Trigger {
  predicate: Predicate;
  /** Regex source of the trigger words (the template is lower-case). */
  words: string;
  /** The name before the trigger is the object, the one after it the subject ("owned by", "a unit of"). */
  passive?: boolean;
  /** What may stand right before the object: "" for nothing (a direct object), else a preposition. */
  preps: readonly string[];
  /** Words the clause must hold after the trigger ("holds … tungsten reserves"). */
  requires?: RegExp;
  /** Words after the trigger that make it another relation ("sold its stake in … to" is no supply). */
  unless?: RegExp;
  /** Only with a sum of money in the clause ("committed $400 million to"), which is then the fact's figure. */
  needsMoney?: boolean;
  /** Chinese: the object stands before the trigger after this preposition ("从⟦e⟧进口", "向⟦e⟧供应"). */
  zhObjectPrep?: readonly string[];
}

export interface Signature {
  subject: readonly MentionKind[];
  object: readonly MentionKind[];
}

export const SIGNATURES: Partial<Record<Predicate, Signature>> = {
  OWNS: { subject: ["Actor", "Country"], object: ["Actor", "Asset"] },
  OPERATES: { subject: ["Actor"], object: ["Asset"] },
  SUPPLIES: { subject: ["Actor", "Asset", "Country"], object: ["Actor", "Asset", "Country"] },
  IMPORTS_FROM: { subject: ["Country", "Actor"], object: ["Country", "Actor", "Asset"] },
  INVESTS_IN: { subject: ["Actor", "Country"], object: ["Actor", "Asset"] },
  LOCATED_IN: { subject: ["Asset", "Actor"], object: ["Country", "Region"] },
  PRODUCES: { subject: ["Actor", "Asset", "Country"], object: ["Element"] },
  HAS_RESERVES: { subject: ["Asset", "Country"], object: ["Element"] },
};

/** A stake or shares changing hands is ownership, not the delivery of goods. */
const SHARES = /(?<!\p{L})(?:stakes?|interests?|shares?|shareholding|equity|дол[яиюе]|акци\p{L}*|股)(?!\p{L})/u;
const RESERVES = /(?<!\p{L})(?:reserves?|resources?|deposits?|contained)(?!\p{L})/u;

const EN_STAKE = "(?:stake|interest|shareholding|holding)";

export const EN_TRIGGERS: readonly Trigger[] = [
  // Passive forms come first: "operated by" must not be read as "operated".
  { predicate: "OWNS", words: "(?:(?:wholly|majority|partly|jointly|fully|state)[- ])?(?:owned|controlled|acquired|bought)\\s+by", passive: true, preps: [""] },
  { predicate: "OWNS", words: "(?:subsidiary|subsidiaries|unit|affiliate|division)\\s+of", passive: true, preps: [""] },
  { predicate: "OPERATES", words: "(?:operated|run|managed|developed|worked|mined)\\s+by", passive: true, preps: [""] },
  { predicate: "SUPPLIES", words: "(?:supplied|provided|delivered)\\s+by", passive: true, preps: [""] },
  { predicate: "INVESTS_IN", words: "(?:funded|financed|bankrolled|co-funded)\\s+by", passive: true, preps: [""] },
  { predicate: "LOCATED_IN", words: "home\\s+to", passive: true, preps: [""] },
  {
    predicate: "OWNS",
    words: `(?:holds?|held|holding|owns?|owned|owning|has|had|have|acquired|acquires|acquiring|bought|buys|took|takes|retains?|retained|keeps?|kept|controls?)\\s+(?:an?\\s+|its\\s+|the\\s+|their\\s+)?(?:⟦q\\d+⟧\\s+)?(?:[\\p{L}-]+\\s+)?${EN_STAKE}\\s+in`,
    preps: [""],
  },
  { predicate: "OWNS", words: "(?:shareholder|owner|parent(?:\\s+company)?)\\s+(?:in|of)", preps: [""] },
  { predicate: "OWNS", words: "(?:owns|owned|controls|controlled|acquired|acquires|acquire|bought|took\\s+over|takes\\s+over)", preps: ["", "of"], unless: /^\s*(?:⟦q\d+⟧\s+)?(?:of\s+)?(?:the\s+)?(?:output|production|supply|concentrate)/u },
  { predicate: "OPERATES", words: "(?:operates|operated|operating|runs|ran|manages|managed|develops|developed|is\\s+developing|works|worked)", preps: [""] },
  { predicate: "OPERATES", words: "operator\\s+of", preps: [""] },
  { predicate: "SUPPLIES", words: "(?:supplies|supplied|supplying|supply)", preps: ["", "to"], unless: SHARES },
  { predicate: "SUPPLIES", words: "(?:sells|sold|selling|sell|ships|shipped|shipping|ship|delivers|delivered|delivering|exports|exported|exporting|provides|provided)", preps: ["to"], unless: SHARES },
  { predicate: "IMPORTS_FROM", words: "(?:imports|imported|importing|import|buys|bought|buying|sources|sourced|sourcing|purchases|purchased)", preps: ["from"], unless: SHARES },
  { predicate: "INVESTS_IN", words: "(?:invests|invested|investing|invest)", preps: ["in", "into"] },
  { predicate: "INVESTS_IN", words: "(?:funds|funded|funding|finances|financed|financing)", preps: [""] },
  { predicate: "INVESTS_IN", words: "(?:injected|committed|pumped|lent|lends|lend|loaned|granted|awarded|provided|gave)", preps: ["", "to", "in", "into"], needsMoney: true },
  { predicate: "INVESTS_IN", words: "(?:a|an|its)\\s+(?:⟦q\\d+⟧\\s+)?(?:loan|grant|investment|subsidy)\\s+(?:to|in|for)", preps: [""] },
  { predicate: "LOCATED_IN", words: "(?:located|based|headquartered|situated|sited|registered|lies|sits)\\s+in", preps: [""] },
  { predicate: "PRODUCES", words: "(?:produces|produced|mines|mined|refines|refined|makes|made|extracts|extracted)", preps: [""] },
  { predicate: "PRODUCES", words: "(?:producer|miner|refiner|maker)s?\\s+of", preps: [""] },
  { predicate: "HAS_RESERVES", words: "(?:holds|hold|held|contains|contain|hosts|host|boasts)", preps: ["", "of"], requires: RESERVES },
];

export const RU_TRIGGERS: readonly Trigger[] = [
  { predicate: "OWNS", words: "(?:дочерн\\p{L}*\\s+(?:компани|предприяти|структур|обществ)\\p{L}*)", passive: true, preps: [""] },
  { predicate: "OWNS", words: "(?:владе(?:ет|ют|ла?|ли|ло|вш\\p{L}*)|контролиру(?:ет|ют)|приобр[её]л[аи]?|приобрета(?:ет|ют)|купил[аи]?|выкупил[аи]?)", preps: ["", "в"] },
  { predicate: "OWNS", words: "(?:дол(?:ю|ей|я)|пакет|акци(?:и|ями|й))", preps: ["", "в"] },
  { predicate: "OPERATES", words: "(?:разрабатыва(?:ет|ют|л[аи]?)|эксплуатиру(?:ет|ют)|управля(?:ет|ют)|оператор(?:ом)?|работа(?:ет|ют)\\s+на)", preps: ["", "на"] },
  { predicate: "SUPPLIES", words: "(?:поставля(?:ет|ют|л[аи]?)|постав(?:ил[аи]?|ит|ят)|продаёт|продает|продают|продал[аи]?|экспортиру(?:ет|ют)|отгружа(?:ет|ют))", preps: ["", "в", "на", "для"], unless: SHARES },
  { predicate: "IMPORTS_FROM", words: "(?:импортиру(?:ет|ют)|ввоз(?:ит|ят)|ввезл[аи]?|закупа(?:ет|ют)|закупил[аи]?|покупа(?:ет|ют))", preps: ["из", "у"], unless: SHARES },
  { predicate: "INVESTS_IN", words: "(?:инвестиру(?:ет|ют)|инвестировал[аи]?|влож(?:ил[аи]?|ит)|вкладыва(?:ет|ют)|финансиру(?:ет|ют)|профинансировал[аи]?|кредиту(?:ет|ют))", preps: ["", "в"] },
  { predicate: "LOCATED_IN", words: "(?:расположен\\p{L}*|находи(?:тся|лся|лась)|базиру(?:ется|ются))", preps: ["в", "на"] },
  { predicate: "PRODUCES", words: "(?:производ(?:ит|ят)|добыва(?:ет|ют)|выпуска(?:ет|ют)|произв[её]л[аи]?|добыл[аи]?|выпустил[аи]?)", preps: [""] },
];

export const ZH_TRIGGERS: readonly Trigger[] = [
  { predicate: "OWNS", words: "(?:控股|持股|持有|收购|控制|拥有)", preps: [""], requires: /股|权|公司|集团|矿/u },
  { predicate: "OPERATES", words: "(?:运营|经营|开发|管理)", preps: [""] },
  { predicate: "SUPPLIES", words: "(?:供应|供货|出口|销售|出售)", preps: [""], zhObjectPrep: ["向", "给", "对"], unless: SHARES },
  { predicate: "IMPORTS_FROM", words: "(?:进口|采购|购买)", preps: [""], zhObjectPrep: ["从", "自"], unless: SHARES },
  { predicate: "INVESTS_IN", words: "(?:投资|注资|融资)", preps: [""], zhObjectPrep: ["向", "对", "为"] },
  { predicate: "LOCATED_IN", words: "(?:位于|地处)", preps: [""] },
  { predicate: "PRODUCES", words: "(?:生产|开采|冶炼)", preps: [""] },
];
