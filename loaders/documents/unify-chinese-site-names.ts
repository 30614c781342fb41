import type { Mention } from "./types.js";

/**
 * Chinese news names a project once with its metals and process and elsewhere without them: "华越印尼镍钴湿法项目"
 * … "华越印尼项目", and a mine as a project or not ("湖山铀矿项目" … "湖山铀矿"). Discovered sites whose names are
 * the same once metals and process words are left out are one site, named by the longest form.
 */
const DESCRIPTORS = /湿法|濕法|火法|冶炼|冶煉|红土|紅土|高压酸浸|高壓酸浸|锂辉石|鋰輝石|稀土|[锂钴镍铜铀钨锑锰铬钼锡锌铅钒钛铌钽鋰鈷鎳銅鈾鎢銻錳鉻鉬錫鋅鉛釩鈦鈮鉭]/gu;

/** "湖山铀矿项目" is the project of the mine "湖山铀矿": 项目 after a mine's word adds nothing to which site it is. */
const PROJECT_OF_MINE = /(?<=[矿礦])(?:项目|項目)$/u;

export function unifyChineseSiteNames(mentions: readonly Mention[]): void {
  const longest = new Map<string, Mention["entity"]>();
  const keyOf = (m: Mention) => (m.entity.discovered && m.entity.kind === "Asset" && /[\u3400-\u9fff]/u.test(m.entity.name) ? m.entity.name.replace(PROJECT_OF_MINE, "").replace(DESCRIPTORS, "") : undefined);
  for (const m of mentions) {
    const key = keyOf(m);
    if (key === undefined || (key.length < 4 && !(key.length === 3 && /[矿礦]$/u.test(key)))) continue;
    const other = longest.get(key);
    if (!other || m.entity.name.length > other.name.length) longest.set(key, m.entity);
  }
  for (const m of mentions) {
    const key = keyOf(m);
    const entity = key === undefined ? undefined : longest.get(key);
    if (entity) m.entity = entity;
  }
}
