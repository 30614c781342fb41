import { E, GAP, O, PRODUCERS, type RelationRule, rule, S, THE } from "./relation-rule.js";

/** A short aside between a name and its verb: "(TSX: ABC)", ", a unit of Y,". */
const ASIDE = `(?:\\s*\\([^()⟦;]{1,40}\\))?(?:,\\s+(?:an?|the)\\s+[^,;⟦]{1,60}?,)?`;
/** Words, figures, dates and commodity names between the parties: "supplier of ⟦q⟧ of ⟦e⟧ to". */
const GAP_GOODS = (n: number) => `(?:[^;⟦]|⟦[qde]\\d+⟧){0,${n}}?`;
/** "among its customers", "as a customer", "its buyers": the words that make a name a buyer of the subject. */
const CUSTOMERS = `(?:customers|clients|buyers|offtakers|off-takers)`;

/**
 * Supply stated by what the parties are to each other rather than by a verb of delivery: a supplier to a buyer, a
 * customer or consumer of a seller, an agreement on deliveries. The subject is the one who supplies.
 */
export const SUPPLY_RULES: RelationRule[] = [
  // "Norvale, the largest supplier of cobalt to Aster Motors", "X is a key supplier for Y".
  rule({ name: "supplier-to", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, confidence: 0.65,
    needs: `supplier\\s+`,
    re: `${S}${ASIDE},?\\s+(?:(?:is|was|has been|became|remains|will be)\\s+)?(?:an?|the|its)\\s+(?:[\\p{L}-]+\\s+){0,3}?supplier\\s+(?:of\\s+${GAP_GOODS(50)})?(?:to|for)\\s+${THE}${O}` }),
  // "Aster Motors, a customer of Norvale", "Y is the main buyer of X's concentrate".
  rule({ name: "customer-of", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, passive: true, confidence: 0.6,
    needs: `(?:customer|client|buyer|offtaker|distributor)\\s+of\\s+`,
    re: `${O}${ASIDE},?\\s+(?:(?:is|was|has been|became|remains|will be)\\s+)?(?:an?|the|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:customer|client|buyer|offtaker|distributor)\\s+of\\s+${THE}${S}` }),
  // "Norvale, which counts Aster and Bell among its customers": the first and the last of the listed buyers.
  rule({ name: "counts-among-customers", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, confidence: 0.6,
    needs: `(?:among|as)\\s+(?:its|their)\\s+${CUSTOMERS}`,
    re: `${S}${ASIDE},?\\s+(?:which\\s+|that\\s+)?(?:counts|count|counted|lists|listed|names|includes)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${E}(?:,\\s*|\\s+and\\s+)){0,4}?${O}(?:(?:,\\s*|\\s+and\\s+)${E}){0,4}\\s+(?:among|as)\\s+(?:its|their)\\s+${CUSTOMERS}` }),
  rule({ name: "counts-among-customers-last", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, confidence: 0.6,
    needs: `(?:among|as)\\s+(?:its|their)\\s+${CUSTOMERS}`,
    re: `${S}${ASIDE},?\\s+(?:which\\s+|that\\s+)?(?:counts|count|counted|lists|listed|names|includes)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${E}(?:,\\s*|\\s+and\\s+)){1,4}${O}\\s+(?:among|as)\\s+(?:its|their)\\s+${CUSTOMERS}` }),
  // "«Норвал» является крупнейшим поставщиком кобальта для «Астры»".
  rule({ name: "ru-supplier-for", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, confidence: 0.65,
    needs: `поставщик`,
    re: `${S}[»"”]?\\s+(?:является|являлся|являлась|был[аио]?|стал[аио]?|остается|остаётся|—|-)\\s+(?:\\p{Ll}+\\s+){0,3}?поставщик\\p{L}*\\s+${GAP_GOODS(60)}(?:для|в|на)\\s+(?:\\p{Ll}+\\s+){0,4}?[«"]?${O}` }),
  // "«Астра» (основной потребитель концентрата с «Норвала»)": the consumer of what a site or firm ships.
  rule({ name: "ru-consumer-of", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, passive: true, confidence: 0.6,
    needs: `потребител`,
    re: `${O}[»"”]?\\s*\\(?(?:(?:который|которая|которое)\\s+)?(?:является|являлся|являлась|был[аио]?|—|-)\\s+(?:\\p{Ll}+\\s+){0,2}?потребител\\p{L}*\\s+${GAP(50)}(?:с|из|от|у)\\s+[«"]?${S}` }),
  // "«Норвал» заключил соглашение с «Астрой» о поставке кобальта", "подписал договор с компанией X на поставку".
  rule({ name: "ru-supply-agreement-with", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, plannedIf: /./u, confidence: 0.6,
    needs: `\\s+(?:о|на)\\s+поставк`,
    re: `${S}[»"”]?${GAP(80)}(?:заключил[аио]?|подписал[аио]?|заключили|подписали)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:соглашение|договор|контракт)\\s+с\\s+(?:\\p{Ll}+\\s+){0,2}?[«"]?${O}[»"”]?${GAP(60)}\\s+(?:о|на)\\s+поставк` }),
  // "诺瓦为阿斯特供货", "诺瓦将给阿斯特供应钴".
  rule({ name: "zh-supplies-for", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, confidence: 0.6,
    needs: `(?:为|给)`,
    re: `${S}(?:将|已|长期)?(?:为|给)${O}(?:提供|供应|供货|供给)` }),
  // "诺瓦的钴精矿发往中国", "运往", "销往": shipments to a buyer or a country.
  rule({ name: "zh-shipped-to", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, confidence: 0.55,
    needs: `(?:发往|运往|销往)`,
    re: `${S}${GAP_GOODS(20)}(?:发往|运往|销往)${O}` }),
  // "诺瓦与阿斯特签署供货协议": a supply or offtake contract with a buyer.
  rule({ name: "zh-supply-agreement-with", predicate: "SUPPLIES", from: PRODUCERS, to: PRODUCERS, plannedIf: /./u, confidence: 0.55,
    needs: `(?:签署|签订|达成)`,
    re: `${S}${GAP(10)}与${O}(?:签署|签订|达成)${GAP(20)}(?:供应|供货|包销|承购)(?:协议|合同)` }),
];
