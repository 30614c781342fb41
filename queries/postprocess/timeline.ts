import type { PostProcessor } from "./types.js";
import { countNoun } from "./count-noun.js";

/** A UNION cannot be ordered as a whole in either dialect, so the events are put in date order here. */
export const timeline: PostProcessor = ({ rows, columns, entities }) => {
  const sorted = [...rows].sort((a, b) => String(a.date).localeCompare(String(b.date)) || String(a.event).localeCompare(String(b.event)));
  const events = sorted.map(({ date, event, other, otherId, detail, status }) => ({ date, event, other, otherId, detail, status }));
  const name = entities.entity?.name ?? "the entity";
  const first = events[0];
  const last = events[events.length - 1];
  return {
    columns: columns.filter((c) => ["date", "event", "other", "otherId", "detail", "status"].includes(c)),
    rows: events,
    summary: first && last ? `${countNoun(events.length, "dated event")} for ${name}, from ${first.date} (${first.event} ${first.other}) to ${last.date} (${last.event} ${last.other}).` : `No dated events are recorded for ${name}.`,
  };
};
