/**
 * Hand-written names, aliases and demonyms for the countries that matter in mineral supply chains.
 * i18n-iso-countries supplies the official names in en/ru/zh for every country; this table adds what
 * text actually says ("Chinese", "КНР", "中方", "Burma") so the recogniser finds them.
 */
export interface CountryLexicon {
  /** The short English name shown in the UI; i18n-iso-countries leads with official forms. */
  name?: string;
  aliases?: string[];
  /** Official names that running text uses for something else: "中非" is China–Africa far more often than the CAR. */
  notNames?: string[];
  demonyms: string[];
}

export const COUNTRY_LEXICON: Record<string, CountryLexicon> = {
  CN: { name: "China", aliases: ["PRC", "P.R.C.", "mainland China", "Китай", "КНР", "Поднебесная", "中国", "中华人民共和国", "中方"], demonyms: ["Chinese", "китайский", "китайская", "китайские", "китайцы", "中国人"] },
  US: { name: "United States", aliases: ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "Соединённые Штаты", "Соединенные Штаты", "Соединённые Штаты Америки", "США", "美国", "美利坚合众国", "美方"], demonyms: ["American", "американский", "американская", "американские", "американцы", "美国人"] },
  RU: { name: "Russia", aliases: ["Russian Federation", "Россия", "Российская Федерация", "РФ", "俄罗斯", "俄罗斯联邦", "俄方"], demonyms: ["Russian", "российский", "российская", "российские", "русский", "россияне", "俄罗斯人"] },
  AU: { name: "Australia", aliases: ["Commonwealth of Australia", "Австралия", "澳大利亚", "澳洲"], demonyms: ["Australian", "австралийский", "австралийская", "австралийцы", "澳大利亚人"] },
  MM: { name: "Burma", aliases: ["Myanmar", "Republic of the Union of Myanmar", "Мьянма", "Бирма", "缅甸"], demonyms: ["Burmese", "мьянманский", "бирманский", "缅甸人"] },
  MY: { name: "Malaysia", aliases: ["Малайзия", "马来西亚"], demonyms: ["Malaysian", "малайзийский", "马来西亚人"] },
  JP: { name: "Japan", aliases: ["Япония", "日本", "日方"], demonyms: ["Japanese", "японский", "японская", "японцы", "日本人"] },
  EE: { name: "Estonia", aliases: ["Republic of Estonia", "Эстония", "爱沙尼亚"], demonyms: ["Estonian", "эстонский", "эстонская", "爱沙尼亚人"] },
  KR: { name: "South Korea", aliases: ["Republic of Korea", "Korea", "ROK", "Южная Корея", "Республика Корея", "韩国", "南韩"], demonyms: ["South Korean", "Korean", "южнокорейский", "корейский", "韩国人"] },
  KP: { name: "North Korea", aliases: ["DPRK", "Korea, North", "Democratic People's Republic of Korea", "Северная Корея", "КНДР", "朝鲜"], demonyms: ["North Korean", "северокорейский", "朝鲜人"] },
  IN: { name: "India", aliases: ["Republic of India", "Индия", "印度"], demonyms: ["Indian", "индийский", "индийская", "印度人"] },
  BR: { name: "Brazil", aliases: ["Federative Republic of Brazil", "Бразилия", "巴西"], demonyms: ["Brazilian", "бразильский", "巴西人"] },
  VN: { name: "Vietnam", aliases: ["Viet Nam", "Вьетнам", "越南"], demonyms: ["Vietnamese", "вьетнамский", "越南人"] },
  GL: { name: "Greenland", aliases: ["Kalaallit Nunaat", "Гренландия", "格陵兰"], demonyms: ["Greenlandic", "Greenlander", "гренландский", "格陵兰人"] },
  CA: { name: "Canada", aliases: ["Канада", "加拿大"], demonyms: ["Canadian", "канадский", "канадская", "加拿大人"] },
  ZA: { name: "South Africa", aliases: ["Republic of South Africa", "RSA", "ЮАР", "Южная Африка", "南非"], demonyms: ["South African", "южноафриканский", "南非人"] },
  CD: { name: "Democratic Republic of the Congo", aliases: ["DRC", "DR Congo", "Congo (Kinshasa)", "Congo-Kinshasa", "ДРК", "ДР Конго", "Демократическая Республика Конго", "刚果（金）", "刚果(金)", "刚果金", "刚果民主共和国"], demonyms: ["Congolese", "конголезский", "刚果人"] },
  CF: { aliases: ["中非共和国"], notNames: ["中非"], demonyms: [] },
  CG: { name: "Republic of the Congo", aliases: ["Congo (Brazzaville)", "Congo-Brazzaville", "Республика Конго", "刚果（布）", "刚果(布)"], demonyms: [] },
  ID: { name: "Indonesia", aliases: ["Индонезия", "印度尼西亚", "印尼"], demonyms: ["Indonesian", "индонезийский", "印度尼西亚人"] },
  PH: { name: "Philippines", aliases: ["the Philippines", "Филиппины", "菲律宾"], demonyms: ["Philippine", "Filipino", "филиппинский", "菲律宾人"] },
  CL: { name: "Chile", aliases: ["Чили", "智利"], demonyms: ["Chilean", "чилийский", "智利人"] },
  AR: { name: "Argentina", aliases: ["Аргентина", "阿根廷"], demonyms: ["Argentine", "Argentinian", "аргентинский", "阿根廷人"] },
  BO: { name: "Bolivia", aliases: ["Plurinational State of Bolivia", "Боливия", "玻利维亚"], demonyms: ["Bolivian", "боливийский", "玻利维亚人"] },
  PE: { name: "Peru", aliases: ["Перу", "秘鲁"], demonyms: ["Peruvian", "перуанский", "秘鲁人"] },
  MX: { name: "Mexico", aliases: ["Мексика", "墨西哥"], demonyms: ["Mexican", "мексиканский", "墨西哥人"] },
  TR: { name: "Turkey", aliases: ["Türkiye", "Turkiye", "Турция", "土耳其"], demonyms: ["Turkish", "турецкий", "土耳其人"] },
  KZ: { name: "Kazakhstan", aliases: ["Казахстан", "哈萨克斯坦"], demonyms: ["Kazakh", "Kazakhstani", "казахстанский", "哈萨克斯坦人"] },
  KG: { name: "Kyrgyzstan", aliases: ["Kyrgyz Republic", "Киргизия", "Кыргызстан", "吉尔吉斯斯坦"], demonyms: ["Kyrgyz", "киргизский", "кыргызский"] },
  TJ: { name: "Tajikistan", aliases: ["Таджикистан", "塔吉克斯坦"], demonyms: ["Tajik", "таджикский"] },
  UZ: { name: "Uzbekistan", aliases: ["Узбекистан", "乌兹别克斯坦"], demonyms: ["Uzbek", "узбекский"] },
  MN: { name: "Mongolia", aliases: ["Монголия", "蒙古国", "蒙古"], demonyms: ["Mongolian", "монгольский", "蒙古人"] },
  MG: { name: "Madagascar", aliases: ["Мадагаскар", "马达加斯加"], demonyms: ["Malagasy", "мадагаскарский", "马达加斯加人"] },
  NG: { name: "Nigeria", aliases: ["Нигерия", "尼日利亚"], demonyms: ["Nigerian", "нигерийский", "尼日利亚人"] },
  TH: { name: "Thailand", aliases: ["Таиланд", "泰国"], demonyms: ["Thai", "тайский", "таиландский", "泰国人"] },
  LA: { name: "Laos", aliases: ["Lao PDR", "Лаос", "老挝"], demonyms: ["Lao", "Laotian", "лаосский", "老挝人"] },
  UA: { name: "Ukraine", aliases: ["Украина", "乌克兰"], demonyms: ["Ukrainian", "украинский", "украинская", "乌克兰人"] },
  DE: { name: "Germany", aliases: ["Federal Republic of Germany", "Германия", "ФРГ", "德国"], demonyms: ["German", "немецкий", "германский", "德国人"] },
  FR: { name: "France", aliases: ["Франция", "法国"], demonyms: ["French", "французский", "法国人"] },
  GB: { name: "United Kingdom", aliases: ["UK", "U.K.", "Britain", "Great Britain", "Великобритания", "Соединённое Королевство", "英国"], demonyms: ["British", "британский", "英国人"] },
  NO: { name: "Norway", aliases: ["Норвегия", "挪威"], demonyms: ["Norwegian", "норвежский", "挪威人"] },
  SE: { name: "Sweden", aliases: ["Швеция", "瑞典"], demonyms: ["Swedish", "шведский", "瑞典人"] },
  FI: { name: "Finland", aliases: ["Финляндия", "芬兰"], demonyms: ["Finnish", "финский", "финляндский", "芬兰人"] },
  NL: { name: "Netherlands", aliases: ["the Netherlands", "Holland", "Нидерланды", "荷兰"], demonyms: ["Dutch", "нидерландский", "荷兰人"] },
  BE: { name: "Belgium", aliases: ["Бельгия", "比利时"], demonyms: ["Belgian", "бельгийский", "比利时人"] },
  ES: { name: "Spain", aliases: ["Испания", "西班牙"], demonyms: ["Spanish", "испанский", "西班牙人"] },
  IT: { name: "Italy", aliases: ["Италия", "意大利"], demonyms: ["Italian", "итальянский", "意大利人"] },
  PL: { name: "Poland", aliases: ["Польша", "波兰"], demonyms: ["Polish", "польский", "波兰人"] },
  CZ: { name: "Czechia", aliases: ["Czech Republic", "Чехия", "捷克"], demonyms: ["Czech", "чешский", "捷克人"] },
  AT: { name: "Austria", aliases: ["Австрия", "奥地利"], demonyms: ["Austrian", "австрийский", "奥地利人"] },
  CH: { name: "Switzerland", aliases: ["Швейцария", "瑞士"], demonyms: ["Swiss", "швейцарский", "瑞士人"] },
  TW: { name: "Taiwan", aliases: ["Republic of China", "Тайвань", "台湾", "中国台湾"], demonyms: ["Taiwanese", "тайваньский", "台湾人"] },
  RW: { name: "Rwanda", aliases: ["Руанда", "卢旺达"], demonyms: ["Rwandan", "руандийский", "卢旺达人"] },
  MZ: { name: "Mozambique", aliases: ["Мозамбик", "莫桑比克"], demonyms: ["Mozambican", "мозамбикский", "莫桑比克人"] },
  TZ: { name: "Tanzania", aliases: ["United Republic of Tanzania", "Танзания", "坦桑尼亚"], demonyms: ["Tanzanian", "танзанийский", "坦桑尼亚人"] },
  ZW: { name: "Zimbabwe", aliases: ["Зимбабве", "津巴布韦"], demonyms: ["Zimbabwean", "зимбабвийский", "津巴布韦人"] },
  ZM: { name: "Zambia", aliases: ["Замбия", "赞比亚"], demonyms: ["Zambian", "замбийский", "赞比亚人"] },
  NA: { name: "Namibia", aliases: ["Намибия", "纳米比亚"], demonyms: ["Namibian", "намибийский", "纳米比亚人"] },
  SA: { name: "Saudi Arabia", aliases: ["KSA", "Саудовская Аравия", "沙特阿拉伯", "沙特"], demonyms: ["Saudi", "саудовский", "沙特人"] },
  AE: { name: "United Arab Emirates", aliases: ["UAE", "ОАЭ", "阿联酋"], demonyms: ["Emirati", "эмиратский", "阿联酋人"] },
  GA: { name: "Gabon", aliases: ["Габон", "加蓬"], demonyms: ["Gabonese", "габонский", "加蓬人"] },
  GH: { name: "Ghana", aliases: ["Гана", "加纳"], demonyms: ["Ghanaian", "ганский", "加纳人"] },
  MA: { name: "Morocco", aliases: ["Марокко", "摩洛哥"], demonyms: ["Moroccan", "марокканский", "摩洛哥人"] },
  BI: { name: "Burundi", aliases: ["Бурунди", "布隆迪"], demonyms: ["Burundian", "бурундийский", "布隆迪人"] },
  NZ: { name: "New Zealand", aliases: ["Новая Зеландия", "新西兰"], demonyms: ["New Zealander", "новозеландский", "新西兰人"] },
  IL: { name: "Israel", aliases: ["Израиль", "以色列"], demonyms: ["Israeli", "израильский", "以色列人"] },
  BY: { name: "Belarus", aliases: ["Беларусь", "Белоруссия", "白俄罗斯"], demonyms: ["Belarusian", "белорусский", "白俄罗斯人"] },
};
