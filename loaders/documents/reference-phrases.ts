import type { KnownEntity } from "./types.js";

export type Antecedent = (entity: KnownEntity) => boolean;

export interface ReferencePhrase {
  pattern: RegExp;
  fits: Antecedent;
  /** How many sentences back the phrase may reach; a pronoun reaches one only. */
  window?: number;
  /**
   * The phrase may also name the document's main entity of its class when the last sentences hold several:
   * news returns to its subject with "the company" even after naming a partner.
   */
  salient?: boolean;
  /**
   * English definite phrases: when several entities of the class were named in the last sentences, the phrase
   * names the nearest one (see resolve-references.ts) rather than staying unresolved. English news says "the
   * company" of a firm it named a sentence earlier even after naming its partner.
   */
  nearest?: boolean;
  /**
   * A capitalised word inside the phrase must be a known demonym or name; any other makes the phrase a name with
   * its class noun ("the Exar firm" is Exar, not the firm named before).
   */
  capitalsKnown?: boolean;
  /**
   * Only names of earlier sentences: in "X купил долю в руднике, и с весны предприятие наращивает выпуск" the
   * enterprise is the mine's, not X.
   */
  earlierOnly?: boolean;
}

const PLANT_TYPES = new Set(["processing_plant", "separation_plant", "refinery", "metal_plant", "magnet_plant"]);
export const isPlant: Antecedent = (e) => (e.kind === "Actor" && /\b(plant|works|combine|factory)$/i.test(e.name)) || (e.kind === "Asset" && PLANT_TYPES.has(e.type ?? ""));
export const isCompany: Antecedent = (e) => e.kind === "Actor" && (e.type === "company" || e.type === "state_corporation");
const isStateCorporation: Antecedent = (e) => e.kind === "Actor" && e.type === "state_corporation";
export const isSite: Antecedent = (e) => e.kind === "Asset" && !PLANT_TYPES.has(e.type ?? "");
const isMine: Antecedent = (e) => e.kind === "Asset" && e.type === "mine";
const isCountry: Antecedent = (e) => e.kind === "Country";
export const isAsset: Antecedent = (e) => e.kind === "Asset" || isPlant(e);
const aliasesOf = (e: KnownEntity): string[] => (Array.isArray(e.node.aliases) ? e.node.aliases.filter((a): a is string => typeof a === "string") : []);
/** A Russian "комбинат" is a mining-and-processing combine (ГОК) as often as a plant; the base types those as mines. */
const isCombine: Antecedent = (e) => isPlant(e) || (e.kind === "Asset" && aliasesOf(e).some((a) => /комбинат|(?<!\p{L})ГОК(?!\p{L})/u.test(a)));

/** Russian singular case endings of the class nouns below; plural forms name a class, not one entity. */
export const RU_MASC = "(?:а|у|ом|е)?";
/**
 * A Russian class noun is read as a reference only bare: an adjective before it ("новый завод", "другой
 * компании") describes some other one, and a name after it ("компания «Фин-Проект»") is the name itself.
 */
// Demonstratives ("этого", "той") share those endings but make the noun more definite, not less.
const RU_BARE_BEFORE = "(?<![\\p{L}-])(?<!(?<!(?<!\\p{L})(?:эт|т))(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ей|ых|их)\\s)";
const RU_NO_NAME_AFTER = "(?![\\p{L}])(?!\\s*[«\"\\p{Lu}])";
export const ru = (noun: string) => new RegExp(`${RU_BARE_BEFORE}${noun}${RU_NO_NAME_AFTER}`, "gu");

/** Definite noun phrases that point back at an entity named shortly before, by the class they name. */
export const REFERENCES: ReferencePhrase[] = [
  // A sentence-opening "It"/"Its" continues the last sentence's company; "It is expected …", "It takes …" do not
  // refer.
  { pattern: /^(?:Its|It(?!\s+(?:is|was|has|had|seems|seemed|appears|appeared|remains|remained|will|would|could|may|might|takes|took|makes|made)\b))(?![\p{L}'’])/gu, fits: isCompany, window: 1, nearest: true },
  { pattern: /\b(?:the|this|that)\s+(?:same\s+)?(?:plant|factory|enterprise|works)\b/gi, fits: isPlant, nearest: true },
  // "the facility", "the operation's owner": a site or a plant, whichever was named.
  { pattern: /\b(?:the|this|that)\s+(?:same\s+)?(?:facility|refinery|smelter|operation|complex)\b(?![-\p{L}])/giu, fits: isAsset, nearest: true },
  // Case-sensitive, because under the i flag \p{Lu} matches every letter and the look-ahead meant to keep "the
  // company Molycorp" out would also refuse "the company said". One capitalised adjective may stand between
  // ("the Australian miner"); a demonym there must match the company's country (checked by the resolver).
  // One lower-case trade word may stand before the noun too ("the Australian mining giant", "the lithium developer").
  { pattern: /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:(?:mining|metals|resources|lithium|nickel|cobalt|copper|uranium|graphite|rare[ -]earths?|battery|steel|chemicals?|energy|state-owned|listed|[\p{L}]+-based|[\p{L}]+-listed)\s+)?(?:company|corporation|firm|holding|group|miner|producer|giant|developer|explorer|refiner|carmaker|automaker|manufacturer|maker|conglomerate)\b(?!\s+\p{Lu})/gu, fits: isCompany, salient: true, nearest: true, capitalsKnown: true },
  { pattern: /\b(?:the|this|that)\s+(?:same\s+)?mine\b/gi, fits: isMine, nearest: true },
  { pattern: /\b(?:the|this|that)\s+(?:same\s+)?(?:deposit|field|site)\b/gi, fits: isSite, nearest: true },
  // "the southern African country", "the government", "the State": the one country of the last sentences, or the
  // article's main country. "state" only as a noun ("the state-owned firm" is no reference).
  { pattern: /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}(?:country|nation|government|[Ss]tate)\b(?![-\p{L}])(?!\s+(?:of|\p{Lu}))/gu, fits: isCountry, salient: true, nearest: true },
  { pattern: /(?:этот|это|данный|данное)\s+(?:завод|комбинат|предприятие)\p{L}*/giu, fits: isPlant },
  { pattern: /(?:эта|данная)\s+компани\p{L}*/giu, fits: isCompany },
  // Hong Kong and Taiwan wires write 該/這家 and 廠/企業.
  { pattern: /(?:该|該|这家|這家)(?:工厂|工廠|厂|廠|公司|企业|企業)/gu, fits: (e) => isPlant(e) || isCompany(e) },
  // A company's own announcement calls itself a bare "公司" ("公司拟以自筹资金…", "公司及公司控制的子公司"): at a
  // clause's start or after "及/和/与", it is the company the document is about.
  { pattern: /(?<=^|[，,。；;：:、（(“"\s及和与與])(?:本)?公司(?![\p{Script=Han}]{0,4}(?:有限|股份))/gu, fits: isCompany, salient: true },
  // 该 is "the aforesaid": Chinese news returns to a site with it further back than English "the mine".
  { pattern: /(?:该|該|這|这个|這個|该座|該座|這座)(?:项目|項目|矿山|礦山|矿区|礦區|盐湖|鹽湖)/gu, fits: isSite, window: 5 },
  // "该矿在2020年生产了…": 矿 alone after 该 is the mine, unless it starts 矿业/矿产/矿石 (the industry, ore).
  { pattern: /(?:该|該|这个|這個|该座|該座|这座|這座)(?:矿|礦)(?![业業产產石物区區山])/gu, fits: isSite, window: 5 },
  { pattern: /(?:该|該)国(?![\p{Script=Han}]{0,2}(?:企业|企業|公司))/gu, fits: isCountry },
  // Russian has no articles: a bare class noun is definite ("Компания планирует …", "владельцем комбината").
  { pattern: ru(`[Кк]омпани(?:я|и|ю|ей)`), fits: isCompany, salient: true, nearest: true },
  { pattern: ru(`(?:[Гг]оскорпораци|[Кк]орпораци)(?:я|и|ю|ей)`), fits: isStateCorporation },
  { pattern: ru(`[Хх]олдинг${RU_MASC}`), fits: isCompany },
  { pattern: ru(`[Кк]омбинат${RU_MASC}`), fits: isCombine },
  { pattern: ru(`[Зз]авод${RU_MASC}`), fits: isPlant },
  { pattern: ru(`[Сс]тран(?:а|ы|е|у|ой)`), fits: isCountry, salient: true },
  // "Месторождение расположено …", "запасы месторождения": the deposit named shortly before.
  { pattern: ru(`[Мм]есторождени(?:е|я|ю|ем|и)`), fits: isSite },
  { pattern: ru(`[Рр]удник${RU_MASC}`), fits: isSite },
];

/**
 * A match of any reference above contains one of these (the gates drop the word boundaries and look-aheads, so
 * they can only be looser): most sentences fail them all and skip the scans.
 */
export const MAY_REFER = [
  /^It/u,
  /(?:the|this|that)\s+(?:\p{Lu}\p{Ll}+\s+|same\s+)?(?:plant|factory|enterprise|works|company|corporation|firm|holding|group|miner|producer|mine|deposit|field|site|project|country|facility|refinery|smelter|operation|complex)/iu,
  /(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,3}(?:country|nation|government|state)/iu,
  /(?:the|this|that)\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:[\p{L}-]+\s+)?(?:company|corporation|firm|holding|group|miner|producer|giant|developer|explorer|refiner|carmaker|automaker|manufacturer|maker|conglomerate)/iu,
  /компани|корпораци|холдинг|комбинат|завод|предприяти|стран|месторожд|рудник/iu,
  /该|这家|公司|這|这个|該/,
];
