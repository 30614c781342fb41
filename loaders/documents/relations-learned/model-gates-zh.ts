import type { SentenceFrame } from "../sentence-frame.js";
import type { Mention, Predicate } from "../types.js";

/**
 * Words a Chinese sentence states a deposit's or a country's reserves with: 储量, 资源, 蕴藏, 探明, "丰富", or
 * 拥有 a tonnage ("甲国拥有锂3000万吨"). The frame's template is folded to simplified characters.
 */
const RESERVE_CUE = /储量|资源|蕴藏|储藏|探明|丰富|拥有|擁有/u;

/** A title in 《》 names a newspaper, a law or a report, never a party to a fact ("据《某报》报道"). */
function insideTitle(text: string, mention: Mention, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, mention.start - 30), mention.start);
  const open = before.lastIndexOf("《");
  return open >= 0 && !before.slice(open).includes("》") && text.slice(mention.end, mention.end + 30).includes("》");
}

/**
 * The firm a stake is bought from: "向X收购…", "受让X(合计)持有的…". It sells; the buyer neither invests in it nor
 * owns it by the sentence.
 */
const SELLER_AFTER = /^[^，,。；;]{0,30}?(?:收购|收購|购买|購買|受让|受讓|购入|購入)/u;
const SELLER_BEFORE_HOLDS = /^(?:合计|合計|所)?持有的/u;
const BUY_VERB_BEFORE = /(?:收购|收購|购买|購買|受让|受讓|购入|購入)$/u;

/** Whether any mention of `mention`'s entity sells: "向X收购…,X表示…" names the seller twice. */
function sellerZh(frame: SentenceFrame, mention: Mention): boolean {
  return frame.items.some((item, index) => item.type === "entity" && item.mention.entity.id === mention.entity.id && sellsAt(frame, index));
}

function sellsAt(frame: SentenceFrame, index: number): boolean {
  const before = frame.template.slice(Math.max(0, frame.slotStart(index) - 6), frame.slotStart(index));
  const after = frame.template.slice(frame.slotEnd(index), frame.slotEnd(index) + 40);
  if (/向$/u.test(before) && SELLER_AFTER.test(after)) return true;
  return BUY_VERB_BEFORE.test(before) && SELLER_BEFORE_HOLDS.test(after);
}

/**
 * Chinese readings of the model that its few dozen training articles do not rule out but the sentence does: reserves
 * where the sentence has no reserve word (out of sample, every such reading on news-train was wrong: a mine pictured,
 * a mine's grade, exports), a buyer's investment in or stake of the firm it buys from, and any reading of a name
 * inside 《》.
 */
export function ruledOutZh(frame: SentenceFrame, predicate: Predicate, subject: Mention, object: Mention): boolean {
  if (frame.sentence.language !== "zh") return false;
  if (predicate === "HAS_RESERVES" && !RESERVE_CUE.test(frame.template)) return true;
  if ((predicate === "INVESTS_IN" || predicate === "OWNS") && sellerZh(frame, object)) return true;
  return insideTitle(frame.text, subject, frame.sentence.start) || insideTitle(frame.text, object, frame.sentence.start);
}
