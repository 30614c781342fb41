import type { PostProcessor } from "./types.js";
import { countNoun } from "./count-noun.js";
import { formatMoney } from "../format-money.js";

/** An investment's detail as both dialects print it from the amount and currency: "3600000000 RUB". */
const RAW_SUM = /^(-?\d+(?:\.\d+)?) (\S+)$/;

/** "RUB 3.6B" for a raw sum; an instrument ("convertible loan") or an empty detail stays as it is. */
function readableDetail(event: unknown, detail: unknown): unknown {
  if (event !== "invests in" || typeof detail !== "string") return detail;
  const sum = RAW_SUM.exec(detail);
  return sum ? formatMoney(Number(sum[1]), sum[2]!) : detail;
}

/** A UNION cannot be ordered as a whole in either dialect, so the events are put in date order here. */
export const timeline: PostProcessor = ({ rows, columns, entities }) => {
  const sorted = [...rows].sort((a, b) => String(a.date).localeCompare(String(b.date)) || String(a.event).localeCompare(String(b.event)));
  const events = sorted.map(({ date, event, other, otherId, detail, status }) => ({ date, event, other, otherId, detail: readableDetail(event, detail), status }));
  const name = entities.entity?.name ?? "the entity";
  const first = events[0];
  const last = events[events.length - 1];
  return {
    columns: columns.filter((c) => ["date", "event", "other", "otherId", "detail", "status"].includes(c)),
    rows: events,
    summary: first && last ? `${countNoun(events.length, "dated event")} for ${name}, from ${first.date} (${first.event} ${first.other}) to ${last.date} (${last.event} ${last.other}).` : `No dated events are recorded for ${name}.`,
  };
};
