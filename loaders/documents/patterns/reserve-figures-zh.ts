import type { SentenceFrame } from "../sentence-frame.js";

/** Ore, as a Chinese resource statement weighs it before the metal it holds. */
const ORE_BEFORE = /矿石[^，,。；;⟦]{0,10}$/u;
/** "折合碳酸锂当量…", "金属量", "LCE": the figure of what the ore contains. */
const CONTENT_WORDS = /对应|折合|约合|当量|lce|金属量|含锂|含镍|含钴|氧化锂/u;

/**
 * "矿石量3亿吨,折合碳酸锂当量500万吨": a Chinese deposit's ore tonnage followed by what it contains
 * states the element's reserves with the second figure; the ore's tonnage is no reserve of the element. `q` is the
 * ore figure's item, `nextMass` the next tonnage's (or the item count).
 */
export function oreBeforeContentZh(frame: SentenceFrame, q: number, nextMass: number): boolean {
  if (frame.sentence.language !== "zh" || nextMass >= frame.items.length) return false;
  const before = frame.template.slice(Math.max(0, frame.slotStart(q) - 24), frame.slotStart(q));
  if (!ORE_BEFORE.test(before)) return false;
  const around = frame.template.slice(frame.slotEnd(q), frame.slotEnd(nextMass) + 8);
  return CONTENT_WORDS.test(around);
}

/** "500万吨锂的甲国X项目": the figure's words (its element's name among them), 的, then the names it describes. */
const DESCRIBES_NEXT = /^(?:[^，,。；;⟦]|⟦e\d+⟧){0,12}?的((?:⟦e\d+⟧)+)/u;

/**
 * A Chinese figure followed by 的 and a name describes that name ("少于500万吨…的X项目": X holds the tonnage),
 * whoever the sentence named before it. The last of the names right after 的, which a country before a site
 * only places; undefined when the figure describes no name.
 */
export function nameAfterFigureZh(frame: SentenceFrame, q: number): number | undefined {
  if (frame.sentence.language !== "zh") return undefined;
  const slots = DESCRIBES_NEXT.exec(frame.template.slice(frame.slotEnd(q)))?.[1];
  if (!slots) return undefined;
  const last = /⟦e(\d+)⟧$/u.exec(slots)?.[1];
  return last === undefined ? undefined : Number(last);
}
