// The chart an investigation answers with (./chart-data.ts chartFor), in place of the canvas.
import type { ChartKind } from "./chart-data.js";
import { ConcentrationChart } from "./ConcentrationChart.js";
import { RouteFlow } from "./RouteFlow.js";
import { TimelineChart } from "./TimelineChart.js";
import "./charts.css";

export function ResultChart({ kind, rows, onPick }: { kind: ChartKind; rows: readonly Record<string, unknown>[]; onPick: (id: string) => void }) {
  return (
    <div className="chart-area" data-testid="result-chart">
      {kind === "bars" && <ConcentrationChart rows={rows} onPick={onPick} />}
      {kind === "timeline" && <TimelineChart rows={rows} onPick={onPick} />}
      {kind === "routes" && <RouteFlow rows={rows} />}
    </div>
  );
}

/** Chart or graph: the investigation picks the chart first; the graph is one click away. */
export function ViewSwitch({ kind, showGraph, onChange }: { kind: ChartKind; showGraph: boolean; onChange: (showGraph: boolean) => void }) {
  const name = kind === "bars" ? "Bar chart" : kind === "timeline" ? "Timeline" : "Route flow";
  return (
    <div className="view-switch" role="tablist" aria-label="View">
      <button type="button" role="tab" aria-selected={!showGraph} onClick={() => onChange(false)}>{name}</button>
      <button type="button" role="tab" aria-selected={showGraph} onClick={() => onChange(true)}>Graph</button>
    </div>
  );
}
