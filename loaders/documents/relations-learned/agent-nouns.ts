import type { SentenceFrame } from "../sentence-frame.js";
import { argKindOf } from "./arg-kinds.js";
import type { SentenceContext } from "./sentence-context.js";

/** Between two members of one list of elements: "tin, tungsten and tantalum". */
const LIST_GAP = /^(?:\s|,|and|or|&)*$/u;
/** Stems (words.ts) of the nouns that name a maker of what stands beside them: "lithium producer", "supplier of niobium". */
const AGENT = /^(?:producer|miner|supplier|manufacturer|refiner|maker|smelter|processor|exporter)$/u;
/** "a uranium mining company", "Andes lithium production company": an activity word and the firm it names. */
const ACTIVITY = /^(?:min|production|refin|process)$/u;
const FIRM = /^(?:company|compan|firm|group|giant|house|operator)$/u;

/** The last (step 1) or first (step -1) member of the list of elements that `at` stands in. */
function listEnd(frame: SentenceFrame, at: number, step: 1 | -1): number {
  let current = at;
  for (let next = at + step; next >= 0 && next < frame.items.length; next += step) {
    const mention = frame.entity(next);
    if (!mention || argKindOf(mention.entity.id) !== "element") break;
    if (!LIST_GAP.test(step > 0 ? frame.between(current, next) : frame.between(next, current))) break;
    current = next;
  }
  return current;
}

/**
 * The agent noun an element (and the list it stands in) names a maker with, if any: "graphite producer ⟦actor⟧",
 * "⟦actor⟧ , a cobalt , nickel and tin producer", "the biggest supplier of antimony", "a uranium mining
 * company". Those are the commonest way real news says who produces what, and few of them share their other words.
 */
export function agentOfElement(context: SentenceContext, element: number): string | undefined {
  const { frame } = context;
  const last = listEnd(frame, element, 1);
  const [w0, w1] = context.wordsAfter(frame.slotEnd(last), 2);
  if (w0 !== undefined && AGENT.test(w0)) return w0;
  if (w0 !== undefined && w1 !== undefined && ACTIVITY.test(w0) && FIRM.test(w1)) return "firm";
  const first = listEnd(frame, element, -1);
  const [b0, b1] = context.wordsBefore(frame.slotStart(first), 2);
  if (b1 === "of" && b0 !== undefined && AGENT.test(b0)) return `${b0}-of`;
  return undefined;
}
