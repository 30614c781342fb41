import type { Gazetteer } from "./gazetteer.js";
import { MentionCoverage } from "./mention-coverage.js";
import type { Block, Mention } from "./types.js";

/**
 * "我国" (our country) in mainland Chinese news is China: "南非共向我国供应锰矿", "我国稀土出口". Only the simplified
 * spelling is read: Taiwan and Hong Kong outlets write "我國" and mean themselves.
 */
const OUR_COUNTRY = /我国/gu;

export function withChineseHomeCountry(mentions: readonly Mention[], text: string, blocks: readonly Block[], gazetteer: Gazetteer): Mention[] {
  const chinese = blocks.filter((b) => b.role !== "furniture" && b.language === "zh");
  if (chinese.length === 0) return [...mentions];
  const china = gazetteer.entities.get("country:cn");
  if (!china) return [...mentions];
  const coverage = new MentionCoverage(text.length, mentions);
  const added: Mention[] = [];
  for (const block of chinese) {
    const body = text.slice(block.start, block.end);
    for (const match of body.matchAll(OUR_COUNTRY)) {
      const start = block.start + match.index;
      const end = start + match[0].length;
      if (coverage.taken(start, end)) continue;
      const mention: Mention = { entity: china, start, end, text: match[0], via: "alias", confidence: 0.8 };
      added.push(mention);
      coverage.add(mention);
    }
  }
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
