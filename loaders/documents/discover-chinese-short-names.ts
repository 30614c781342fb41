import { MentionCoverage } from "./mention-coverage.js";
import type { Block, Mention } from "./types.js";

/**
 * Chinese news names a firm in full once and then by its first characters: "赣锋锂业" … "赣锋持有该项目100%股权",
 * "华友钴业" … "华友". A firm named by a short head and a trade word (锂业, 钴业, 矿业, 集团 …) is also meant by the
 * head alone elsewhere in the document's Chinese blocks, where nothing else is read there and the trade word does
 * not follow.
 */
const TRADE_END = /^([\u3400-\u9fff]{2,3})(?:锂业|钴业|钼业|铀业|钨业|铜业|铝业|镍业|矿业|鋰業|鈷業|鉬業|鈾業|鎢業|銅業|鋁業|鎳業|礦業|实业|實業|集团|集團|控股)/u;

export function withChineseShortNames(mentions: readonly Mention[], text: string, blocks: readonly Block[]): Mention[] {
  const chinese = blocks.filter((b) => b.role !== "furniture" && b.language === "zh");
  if (chinese.length === 0) return [...mentions];
  const heads = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.entity.kind !== "Actor") continue;
    const head = TRADE_END.exec(m.text)?.[1];
    if (head && !heads.has(head)) heads.set(head, m);
  }
  if (heads.size === 0) return [...mentions];
  const added: Mention[] = [];
  const coverage = new MentionCoverage(text.length, mentions);
  for (const [head, full] of heads) {
    for (const block of chinese) {
      const body = text.slice(block.start, block.end);
      for (let at = body.indexOf(head); at >= 0; at = body.indexOf(head, at + head.length)) {
        const start = block.start + at;
        const end = start + head.length;
        if (coverage.taken(start, end)) continue;
        const mention: Mention = { entity: full.entity, start, end, text: head, via: "form", confidence: 0.6 };
        added.push(mention);
        coverage.add(mention);
      }
    }
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
