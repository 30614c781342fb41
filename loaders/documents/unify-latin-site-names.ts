import type { KnownEntity, Mention } from "./types.js";

/**
 * Chinese news names a foreign site once with its Latin name and a site word ("Tenke Fungurume矿", "Goulamina锂辉石
 * 项目") and then by the Latin name alone ("拥有…Tenke Fungurume的80%股份"), which the Latin-name pass reads as a
 * firm. A discovered firm whose name is the Latin part of a discovered site named earlier in the document is that
 * site. Read sentence by sentence, before references are resolved, so that "该矿" after it can find the site.
 */
const SITE_TAIL = /^([A-Za-z][A-Za-z0-9 .&'-]*?)\s*(?:锂辉石|鋰輝石|稀土|[锂钴镍铜金铀钨锑锰鋰鈷鎳銅鈾鎢銻錳])*(?:矿区|礦區|矿山|礦山|矿场|礦場|矿|礦|盐湖|鹽湖|盐滩|鹽灘|项目|項目)$/u;

const keyOf = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ");

export class LatinSiteNames {
  private readonly sites = new Map<string, KnownEntity>();

  /** Re-points the sentence's Latin firm names at the sites seen so far, then records the sentence's own sites. */
  unify(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      if (m.entity.kind !== "Actor" || !m.entity.discovered) continue;
      const site = this.sites.get(keyOf(m.entity.name));
      if (site) m.entity = site;
    }
    for (const m of mentions) {
      // Only sites read from Chinese text: English names stay apart.
      if (m.entity.kind !== "Asset" || !m.entity.discovered) continue;
      const latin = SITE_TAIL.exec(m.text)?.[1];
      if (latin && latin.trim().length >= 3 && !this.sites.has(keyOf(latin))) this.sites.set(keyOf(latin), m.entity);
    }
  }
}
