import type { Mention } from "../types.js";

/** A firm's class noun one or two words after a demonym: "a state-backed Chinese firm", "Chinese mining companies". */
const FIRM_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:firms?|compan(?:y|ies)|groups?|miners?|producers?|investors?|buyers?|consortium|conglomerates?|enterprises?|corporations?|bidders?|rivals?)(?!\p{L})/u;

/**
 * "… will build the A and B copper projects once the ministry outbid a Chinese state-owned bidder": a
 * demonym that describes a firm says where that firm is from, never where a site lies.
 */
export function demonymOfAFirm(site: Mention, place: Mention, text: string): boolean {
  if (site.entity.kind !== "Asset" || place.via !== "demonym") return false;
  return FIRM_AFTER.test(text.slice(place.end, place.end + 40));
}

/** Chinese words that say where a firm is: its seat, its registration, "in the territory of", a Chinese-funded firm. */
const HOME_CUE_ZH = /总部|總部|位于|位於|境内|境內|注册|註冊|设在|設在|中资|中資|外资|外資/u;
const NEAR_BEFORE_ZH = 12;

/**
 * "远山集团所持远洋钨业的股份,…远山锦程新材料有限公司的股权": Chinese writes a firm's country right before
 * its name ("美国稀土生产商MP Materials", "中国企业DH矿业") or says where the firm is with a word of HOME_CUE_ZH; a
 * place named elsewhere in the sentence, with other names between, is not the firm's home.
 */
export function placeNotTheFirmsZh(firm: Mention, place: Mention, others: readonly Mention[], sentenceText: string): boolean {
  if (firm.entity.kind !== "Actor" || (place.entity.kind !== "Country" && place.entity.kind !== "Region")) return false;
  if (HOME_CUE_ZH.test(sentenceText)) return false;
  // An element word may describe the firm on the way ("美国稀土生产商"); another name between is another's place.
  const between = others.some((m) => m.start >= place.end && m.end <= firm.start && m.entity.kind !== "Element");
  return !(place.end <= firm.start && firm.start - place.end <= NEAR_BEFORE_ZH && !between);
}
