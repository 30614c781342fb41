import type { SentenceFrame } from "../sentence-frame.js";

/**
 * Two names as the parties to talks: "X holds talks with Y", "X ведёт переговоры с Y", "X与Y进行谈判". Parties to
 * talks are not yet owner and owned: the deal is still discussed, so no stake is stated (the retrained model gave
 * "X holds talks with Y" OWNS 0.38 after b08a475). The cue stands right before the second name.
 */
const TALKS_BETWEEN = /(?<!\p{L})(?:(?:talks|negotiat\p{L}*|discussions)\s+(?:\p{L}+\s+){0,2}?with|переговор\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:с|со))\s+(?:the\s+)?$/u;
/** Chinese puts the cue after both names: "X与Y(正在)(进行)谈判". */
const WITH_ZH = /^\s*(?:与|和|同|跟)\s*$/u;
const TALKS_AFTER_ZH = /^\s*(?:正在|已|已经|就)?\s*(?:进行|开展|展开|举行)?\s*(?:谈判|洽谈|磋商|商谈|会谈)/u;

/** Whether the items `first` and `second` (in the sentence's order) are named as the two parties to talks. */
export function partiesToTalks(frame: SentenceFrame, first: number, second: number): boolean {
  const [a, b] = first < second ? [first, second] : [second, first];
  const between = frame.between(a, b);
  if (TALKS_BETWEEN.test(between)) return true;
  return WITH_ZH.test(between) && TALKS_AFTER_ZH.test(frame.template.slice(frame.slotEnd(b), frame.slotEnd(b) + 12));
}
