import { isAsset, isCompany, isPlant, isSite, ru, RU_MASC, type ReferencePhrase } from "./reference-phrases.js";

/**
 * Reference phrases beyond reference-phrases.ts: class nouns that name a firm or a site without its name, in
 * Russian above all, where news returns to "предприятие", "группа", "участок" and "здесь" as English does to "the
 * company". Each reaches only names of earlier sentences: a firm named before it in its own sentence is rarely what
 * the class noun after it means.
 */
export const MORE_REFERENCES: ReferencePhrase[] = [
  // "the project" is a plant as often as a mine: "the refinery … earmarked for the project".
  { pattern: /\b(?:the|this|that)\s+(?:same\s+)?project\b/gi, fits: isAsset, nearest: true },
  // A Russian "предприятие" is a firm as often as a plant ("строительство предприятия «X»", "на этом предприятии").
  { pattern: ru(`[Пп]редприяти(?:е|я|ю|ем|и)`), fits: (e) => isPlant(e) || isCompany(e), nearest: true, earlierOnly: true },
  // "завод, входящий в группу": the group named before.
  { pattern: ru(`[Гг]рупп(?:а|ы|у|е|ой)`), fits: isCompany, nearest: true, earlierOnly: true },
  { pattern: ru(`(?:[Уу]част(?:ок|ка|ку|ком|ке)|[Пп]роект${RU_MASC})`), fits: isSite, nearest: true, earlierOnly: true },
  { pattern: ru(`[Кк]омплекс${RU_MASC}`), fits: isAsset, nearest: true, earlierOnly: true },
  // "запасы руды здесь", "там содержится": the site named before, not a country or region.
  { pattern: /(?<![\p{L}-])(?:[Зз]десь|[Тт]ам)(?![\p{L}-])/gu, fits: isSite, earlierOnly: true },
];

/** A match of any phrase above contains one of these (see MAY_REFER). */
export const MAY_REFER_MORE = [/project|предприяти|групп|участ|проект|комплекс|здесь|там/iu];
