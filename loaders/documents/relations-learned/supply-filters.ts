import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Mention } from "../types.js";

/**
 * SUPPLIES readings the news gold never makes (tests/fixtures/news/README.md: "SUPPLIES Actor|Asset →
 * Actor|Asset|Country: offtakes, supply deals, shipments"). A country that supplies ("X signed a deal to supply rare
 * earths to the EU", "X supplies most minerals to Y") is a trade statement the guidelines give as IMPORTS_FROM of
 * the buyer, never a SUPPLIES of the country: no news-train or news-dev gold fact has one, and cross-validated on
 * news-train (5 folds, 7a43be3) all 6 such readings were wrong. A sale of shares ("sold 49% of its shares to Y",
 * "to sell 30% of Z to Y") hands over a stake, not goods: 3 of 3 wrong.
 */
const STAKE_BETWEEN = /(?<!\p{L})(?:shares?|stakes?|equity|акци\p{L}*|дол[яиюей]\p{L}*)(?!\p{L})|股权|股份|%\s*(?:of|in)\s+\p{Lu}/u;

function between(frame: SentenceFrame, subjectId: string, objectId: string): string | undefined {
  const mentions = frame.items.flatMap((item): Mention[] => (item.type === "entity" ? [item.mention] : []));
  const s = mentions.filter((m) => m.entity.id === subjectId);
  const o = mentions.filter((m) => m.entity.id === objectId);
  let best: string | undefined;
  for (const a of s) for (const b of o) {
    if (a.end > b.start) continue;
    const gap = frame.text.slice(a.end, b.start);
    if (best === undefined || gap.length < best.length) best = gap;
  }
  return best;
}

export function notASupply(frame: SentenceFrame, fact: ExtractedFact): boolean {
  if (fact.predicate !== "SUPPLIES") return false;
  if (fact.subject.kind === "Country") return true;
  const gap = between(frame, fact.subject.id, fact.object.id);
  return gap !== undefined && STAKE_BETWEEN.test(gap);
}
