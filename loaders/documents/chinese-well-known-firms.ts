import { discoveredEntity } from "./discover-entities.js";
import { simplifyHan } from "./han-fold.js";
import { MentionCoverage } from "./mention-coverage.js";
import type { Block, KnownEntity, Mention } from "./types.js";

/**
 * The Chinese names of the well-known firms and bodies of well-known-firms.ts ("力拓" is Rio Tinto, "世界银行" the
 * World Bank). Chinese news writes them bare, with no closing word to read them by, and the English name each
 * stands for mints the same id English text gets, so one firm is one node whatever the language. General
 * knowledge, not taken from any article; names that are also common words ("大众", the public; "双日", even days;
 * bare "自由港", a free port) are left out.
 */
const NAMES: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ["Rio Tinto", "company", "力拓", "力拓集团"],
  ["BHP", "company", "必和必拓"],
  ["Glencore", "company", "嘉能可"],
  ["Anglo American", "company", "英美资源", "英美资源集团"],
  ["Freeport-McMoRan", "company", "自由港麦克莫兰", "自由港麦克米伦", "自由港迈克墨伦"],
  ["Newmont", "company", "纽蒙特"],
  ["Barrick Gold", "company", "巴里克黄金", "巴里克"],
  ["Teck Resources", "company", "泰克资源"],
  ["First Quantum", "company", "第一量子"],
  ["Albemarle", "company", "雅宝", "雅保"],
  ["Pilbara Minerals", "company", "皮尔巴拉矿业"],
  ["Ivanhoe Mines", "company", "艾芬豪矿业", "艾芬豪"],
  ["Eramet", "company", "埃赫曼"],
  ["Eurasian Resources Group", "company", "欧亚资源集团"],
  ["Codelco", "company", "智利国家铜业公司", "智利国家铜业"],
  ["Gécamines", "company", "刚果国家矿业公司", "刚果（金）国家矿业公司"],
  ["Jinchuan Group", "company", "金川集团"],
  ["Jiangxi Copper", "company", "江西铜业"],
  ["Yahua", "company", "雅化集团"],
  ["Sinomine", "company", "中矿资源"],
  ["Molycorp", "company", "莫利矿业"],
  ["Energy Fuels", "company", "能源燃料公司"],
  ["Umicore", "company", "优美科"],
  ["BASF", "company", "巴斯夫"],
  ["Solvay", "company", "索尔维"],
  ["Rusal", "company", "俄铝", "俄罗斯铝业"],
  ["Alcoa", "company", "美铝"],
  ["Cameco", "company", "卡梅科"],
  ["Mitsubishi Corporation", "company", "三菱商事"],
  ["Mitsui", "company", "三井物产"],
  ["Sumitomo Metal Mining", "company", "住友金属矿山"],
  ["Korea Zinc", "company", "高丽亚铅"],
  ["POSCO", "company", "浦项制铁", "浦项"],
  ["LG Energy Solution", "company", "LG新能源"],
  ["Samsung SDI", "company", "三星SDI"],
  ["Panasonic", "company", "松下"],
  ["Tesla", "company", "特斯拉"],
  ["BYD", "company", "比亚迪"],
  ["Toyota", "company", "丰田", "丰田汽车"],
  ["General Motors", "company", "通用汽车"],
  ["Airbus", "company", "空客", "空中客车"],
  ["Lockheed Martin", "company", "洛克希德马丁", "洛克希德·马丁"],
  ["Goldman Sachs", "company", "高盛"],
  ["JPMorgan", "company", "摩根大通"],
  ["Morgan Stanley", "company", "摩根士丹利"],
  ["BlackRock", "company", "贝莱德"],
  ["World Bank", "organisation", "世界银行"],
  ["International Monetary Fund", "organisation", "国际货币基金组织"],
  ["World Trade Organization", "organisation", "世界贸易组织", "世贸组织"],
  ["United Nations", "organisation", "联合国"],
  ["International Energy Agency", "organisation", "国际能源署"],
  ["White House", "state_body", "白宫"],
];

let table: { pattern: RegExp; byName: Map<string, KnownEntity> } | undefined;

function names(): { pattern: RegExp; byName: Map<string, KnownEntity> } {
  if (table) return table;
  const byName = new Map<string, KnownEntity>();
  for (const [english, type, ...chinese] of NAMES) {
    const entity = discoveredEntity("Actor", english, type);
    for (const name of chinese) byName.set(name, entity);
  }
  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  table = { pattern: new RegExp(alternatives.join("|"), "gu"), byName };
  return table;
}

/**
 * Adds the well-known names of the Chinese blocks to `known` (in text order, free of overlaps). A name wins over the
 * countries, elements and places inside it ("智利国家铜业公司" is Codelco, not Chile); a known actor or asset of the
 * reference base already covering its characters wins over it.
 */
export function withChineseWellKnownFirms(known: readonly Mention[], text: string, blocks: readonly Block[]): Mention[] {
  const chinese = blocks.filter((b) => b.role !== "furniture" && b.language === "zh");
  if (chinese.length === 0) return [...known];
  const { pattern, byName } = names();
  const coverage = new MentionCoverage(text.length, known);
  const added: Mention[] = [];
  for (const block of chinese) {
    // Traditional text is matched through its simplified form, which keeps every offset.
    const body = simplifyHan(text.slice(block.start, block.end));
    for (const match of body.matchAll(pattern)) {
      const entity = byName.get(match[0]);
      if (!entity) continue;
      const start = block.start + match.index;
      const end = start + match[0].length;
      if (coverage.within(start, end).some((m) => (m.entity.kind === "Actor" || m.entity.kind === "Asset") && m.via !== "form")) continue;
      added.push({ entity, start, end, text: text.slice(start, end), via: "form", confidence: 0.6 });
    }
  }
  if (added.length === 0) return [...known];
  const inside = new Set(added.flatMap((a) => coverage.within(a.start, a.end)));
  return [...known.filter((m) => !inside.has(m)), ...added].sort((a, b) => a.start - b.start);
}
