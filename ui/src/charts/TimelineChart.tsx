// A timeline on a time axis: one line per event in date order, its dot placed at its date, coloured by
// what kind of event it is; planned events are hollow.
import * as Plot from "@observablehq/plot";
import { useCallback, useMemo } from "react";
import { timelineEvents, type TimelineEvent } from "./chart-data.js";
import { PlotFigure, useWidth } from "./PlotFigure.js";

const FAMILIES = [
  { name: "policy", test: /issued|policy|targeted/, color: "#c2410c" },
  { name: "stake taken", test: /took a stake|stake taken/, color: "#15803d" },
  { name: "stake ended", test: /ended/, color: "#6b7280" },
  { name: "plan or investment", test: /plans|invests/, color: "#7c3aed" },
] as const;

// About the width of a character of the chart's 10px sans-serif, for sizing the text column.
const CHAR_PX = 6.2;
const clip = (line: string, chars: number): string => (line.length <= chars ? line : `${line.slice(0, Math.max(1, chars - 1))}…`);
const familyOf = (e: TimelineEvent): string => FAMILIES.find((f) => f.test.test(e.event))?.name ?? "other";
const lineOf = (e: TimelineEvent): string => `${e.date}  ${e.event} ${e.other}${e.detail ? ` (${e.detail})` : ""}`;

export function TimelineChart({ rows, onPick }: { rows: readonly Record<string, unknown>[]; onPick: (id: string) => void }) {
  const events = useMemo(() => timelineEvents(rows), [rows]);
  const [ref, width] = useWidth();
  const draw = useCallback(() => {
    const index = events.map((_, i) => i);
    const marginLeft = Math.min(Math.round(width * 0.55), 12 + Math.max(...events.map((e) => lineOf(e).length)) * CHAR_PX);
    const plot = Plot.plot({
      width,
      height: 60 + events.length * 22,
      marginLeft,
      marginRight: 24,
      x: { type: "utc", label: null, grid: true, axis: "top" },
      y: { domain: index, axis: null },
      color: { domain: [...FAMILIES.map((f) => f.name), "other"], range: [...FAMILIES.map((f) => f.color), "#111827"], legend: true },
      marks: [
        Plot.ruleY(index, { stroke: "#eef0f3" }),
        Plot.text(events, { y: (_: TimelineEvent, i: number) => i, text: (e: TimelineEvent) => clip(lineOf(e), Math.floor((marginLeft - 12) / CHAR_PX)), frameAnchor: "left", dx: -marginLeft + 6, textAnchor: "start", fill: "#222" }),
        Plot.dot(events, {
          x: "at",
          y: (_: TimelineEvent, i: number) => i,
          r: 5,
          stroke: familyOf,
          fill: (e: TimelineEvent) => (/planned|target/.test(e.status) ? "white" : familyOf(e)),
          strokeWidth: 1.5,
          title: lineOf,
        }),
      ],
    });
    plot.querySelectorAll("g[aria-label='dot'] circle").forEach((dot, i) => {
      const event = events[i];
      if (event?.otherId) dot.addEventListener("click", () => onPick(event.otherId));
    });
    return plot;
  }, [events, width, onPick]);

  if (events.length === 0) return <p className="chart-empty muted">No dated events: nothing to place on a time axis.</p>;
  return (
    <div className="chart" ref={ref}>
      <PlotFigure draw={draw} label={`Timeline of ${events.length} events from ${events[0]?.date} to ${events[events.length - 1]?.date}`} testId="timeline-chart" />
    </div>
  );
}
