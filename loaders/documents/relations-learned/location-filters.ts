import type { Mention } from "../types.js";

/** A firm's class noun one or two words after a demonym: "a state-backed Chinese firm", "Chinese mining companies". */
const FIRM_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:firms?|compan(?:y|ies)|groups?|miners?|producers?|investors?|buyers?|consortium|conglomerates?|enterprises?|corporations?|bidders?|rivals?)(?!\p{L})/u;

/**
 * "… will develop the A and B tungsten projects after the administration outbid a state-backed Chinese firm": a
 * demonym that describes a firm says where that firm is from, never where a site lies.
 */
export function demonymOfAFirm(site: Mention, place: Mention, text: string): boolean {
  if (site.entity.kind !== "Asset" || place.via !== "demonym") return false;
  return FIRM_AFTER.test(text.slice(place.end, place.end + 40));
}
