import { E, GAP, HOLDERS, O, OWNED, PRODUCERS, Q, type RelationRule, rule, S, SITES } from "./relation-rule.js";

/** What may stand between a Chinese subject and its verb: "在包头", "在⟦中国⟧", "目前", "已经" — never a comma. */
const ZH_ADVERBIAL = "(?:在⟦e\\d+⟧)?[^，。；;,⟦\\s]{0,8}?";
/** A name after 在/于/从/向/对 is a place or a target, never the subject of the verb that follows. */
const ZH_NOT_PLACE = "(?<![在于从向对])";

/** What may stand between a site's or firm's name and 位于: "项目", "矿山", "总部", "目前". */
const ZH_SITE_WORD = "(?:项目|矿山|矿区|矿场|矿|工厂|冶炼厂|基地|公司|集团)?(?:总部)?(?:目前|现)?";

/** Chinese: 持有/控股, 由…控股, 位于, 向…供应, 从…进口, 向…投资. */
export const CHINESE_RULES: RelationRule[] = [
  rule({ name: "zh-owns", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.75,
    needs: `(?:持有|拥有|控股|持股|入股|收购了?)`,
    re: `${ZH_NOT_PLACE}${S}${ZH_ADVERBIAL}(?:持有|拥有|控股|持股|入股|收购了?)${O}(?:${GAP(6)}${Q})?` }),
  rule({ name: "zh-owned-by", predicate: "OWNS", from: HOLDERS, to: OWNED, passive: true, confidence: 0.75,
    needs: `(?:由|被)`,
    re: `${O}(?:目前|已|仍|现)?(?:由|被)${S}(?:间接|直接|全资|绝对|相对)?(?:控股|持有|拥有|收购|控制)` }),
  rule({ name: "zh-shareholder", predicate: "OWNS", from: HOLDERS, to: OWNED, confidence: 0.75,
    needs: `股东`,
    re: `${ZH_NOT_PLACE}${S}${ZH_ADVERBIAL}(?:是|为|成为|仍是)${O}的${GAP(6)}股东(?:${GAP(8)}${Q})?` }),
  // "Mariana项目位于阿根廷萨尔塔省": a site word or 总部 may stand between the name and 位于, and a country may come
  // before the province (the second rule reads the province).
  rule({ name: "zh-located", predicate: "LOCATED_IN", from: SITES, to: ["Country", "Region"], confidence: 0.7,
    needs: `(?:位于|坐落于|地处)`,
    re: `${S}${ZH_SITE_WORD}(?:位于|坐落于|地处)${O}` }),
  rule({ name: "zh-located-province", predicate: "LOCATED_IN", from: SITES, to: ["Region"], confidence: 0.7,
    needs: `(?:位于|坐落于|地处)`,
    re: `${S}${ZH_SITE_WORD}(?:位于|坐落于|地处)${E}${O}` }),
  // "赣锋锂业全资子公司赣锋国际", "中核集团旗下中国铀业", "中核集团所属中国铀业".
  rule({ name: "zh-subsidiary", predicate: "OWNS", from: ["Actor"], to: OWNED, confidence: 0.7,
    needs: `(?:子公司|旗下|所属|下属)`,
    re: `${ZH_NOT_PLACE}${S}(?:的|之)?(?:间接)?(?:全资|控股)?(?:子公司|旗下|所属|下属)(?:的)?${O}` }),
  // "赣锋国际为赣锋锂业的全资子公司".
  rule({ name: "zh-subsidiary-of", predicate: "OWNS", from: ["Actor"], to: OWNED, passive: true, confidence: 0.7,
    needs: `子公司`,
    re: `${O}(?:是|为|系|成为)${S}(?:的|之)?(?:间接)?(?:全资|控股)?子公司` }),
  // "印尼是全球最大的镍生产国", "中国也是钨第一大生产国": a country or firm called a producer of an element.
  rule({ name: "zh-producer-of", predicate: "PRODUCES", from: PRODUCERS, to: ["Element"], confidence: 0.65,
    needs: `(?:生产国|生产商|产国)`,
    re: `${ZH_NOT_PLACE}${S}${ZH_ADVERBIAL}(?:是|为|成为)(?:全球|世界|全世界|亚洲|非洲)?(?:上)?(?:最大|第一大|第二大|第三大|主要|重要)?的?${O}(?:的)?(?:最大|第一大|第二大|第三大|主要)?(?:生产国|生产商|产国)` }),
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
