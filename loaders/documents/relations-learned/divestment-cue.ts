import type { SentenceFrame } from "../sentence-frame.js";
import type { ExtractedFact, Mention } from "../types.js";

/**
 * Words of giving up between a firm and a site or stake: "X said it will abandon its Z project", "X announced
 * the sale of its licences Z", "X拟处置持有的Z股份". What X gives up it is leaving, so it neither runs nor keeps
 * it in the statement. Cross-validated on news-train (5 folds, en/ru/zh, at 4133365): 5 such OPERATES and OWNS
 * readings wrong, none right.
 */
const GIVING_UP = /(?<!\p{L})(?:abandon\p{L}*|sale\s+of|sell\p{L}*|sold|divest\p{L}*|dispos\p{L}*|relinquish\p{L}*|exit\p{L}*|withdr[ae]w\p{L}*|give\s+up|gave\s+up|продал\p{L}*|продаж\p{L}*|прода[её]т|выш(?:ел|ла|ли)\s+из|отказал\p{L}*)(?!\p{L})|出售|处置|處置|转让|轉讓|放弃|放棄|退出|剥离|剝離/iu;

/**
 * Words of taking over in the same stretch make the first name the buyer of what another gave up: "甲公司收购乙转让的
 * 丙矿股权", "Fooco bought the stake Barco sold in Quux Ridge". A giving-up word there is the seller's, not the subject's.
 */
const TAKING_OVER = /(?<!\p{L})(?:acqui\p{L}*|buy\p{L}*|bought|purchas\p{L}*|took\s+over|take\s+over|приобр\p{L}*|купил\p{L}*|покупк\p{L}*)(?!\p{L})|收购|收購|受让|受讓|购买|購買|买入|買入|认购|認購|增持|接手|入股|购得|購得/iu;

const GIVEN_UP = new Set<ExtractedFact["predicate"]>(["OPERATES", "OWNS"]);

function mentionsOf(frame: SentenceFrame, id: string): Mention[] {
  return frame.items.flatMap((item) => (item.type === "entity" && item.mention.entity.id === id ? [item.mention] : []));
}

/** Whether every naming of the pair, subject first, has words of giving up, and none of taking over, between the two. */
export function givenUp(frame: SentenceFrame, fact: ExtractedFact): boolean {
  if (!GIVEN_UP.has(fact.predicate)) return false;
  const gaps: string[] = [];
  for (const s of mentionsOf(frame, fact.subject.id)) for (const o of mentionsOf(frame, fact.object.id)) if (s.end <= o.start) gaps.push(frame.text.slice(s.end, o.start));
  return gaps.length > 0 && gaps.every((gap) => GIVING_UP.test(gap) && !TAKING_OVER.test(gap));
}
