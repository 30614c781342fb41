import type { Mention, Token } from "./types.js";

/**
 * Lower-case words that may stand between a site's name and its head word besides the metals themselves:
 * "the Kestrel nickel-cobalt refining project", "the Orla rare earths processing facility", "the Brava salt flat".
 */
const SITE_DESCRIPTORS = new Set([
  "processing", "refining", "separation", "exploration", "development", "expansion", "mining", "smelting", "leaching", "conversion",
  "hydroxide", "carbonate", "sulphate", "sulfate", "oxide", "metal", "metals", "concentrate", "ore", "sands", "mineral", "heavy", "rare", "earth", "earths",
  "hard-rock", "open-pit", "underground", "brine", "salt", "nuclear", "magnet", "battery", "pilot", "demonstration", "flagship", "polymetallic", "base",
]);
const JOINERS = new Set(["and", "-", "/", "&"]);

/** Head words of a site after its metals, and the asset type each implies. */
export const COMMODITY_SITE_HEADS: Record<string, string> = {
  mine: "mine", mines: "mine", project: "project", deposit: "deposit", refinery: "refinery", smelter: "refinery", plant: "processing_plant",
  facility: "processing_plant", complex: "processing_plant", foundry: "processing_plant", flat: "deposit", operation: "mine", operations: "mine",
};

const MAX_BETWEEN = 5;

/**
 * The index of the head word when the words after `last` are a site's metals and process before a site word ("…
 * copper mine", "… gold and antimony project", "… nickel-cobalt refining project"), else undefined. A metal is a
 * word an element mention covers, so the commodity lexicon stays the gazetteer's; at least one must be there, or
 * "Acme processing plant" would make every capitalised word before "plant" a site.
 */
export function siteHeadAfterCommodities(tokens: readonly Token[], last: number, elements: readonly Mention[]): number | undefined {
  let metals = 0;
  for (let k = last + 1; k < tokens.length && k <= last + 1 + MAX_BETWEEN; k++) {
    const token = tokens[k];
    if (!token) return undefined;
    const word = token.text.toLowerCase();
    if (k > last + 1 && COMMODITY_SITE_HEADS[word] && token.text === word) return metals > 0 ? k : undefined;
    if (token.text !== word && !JOINERS.has(word)) return undefined;
    const parts = word.split("-");
    const metalParts = parts.filter((part) => elements.some((m) => (m.start <= token.start && token.end <= m.end) || m.text.toLowerCase() === part)).length;
    if (metalParts > 0 && parts.every((part) => SITE_DESCRIPTORS.has(part) || elements.some((m) => m.text.toLowerCase() === part || (m.start <= token.start && token.end <= m.end)))) metals++;
    else if (parts.every((part) => SITE_DESCRIPTORS.has(part))) continue;
    else if (!(k > last + 1 && JOINERS.has(word))) return undefined;
  }
  return undefined;
}
