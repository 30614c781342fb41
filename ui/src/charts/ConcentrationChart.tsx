// Concentration as ranked bars of world share, with the HHI and the top-3 share called out above them
// rather than listed as if they were countries.
import * as Plot from "@observablehq/plot";
import { useCallback, useMemo } from "react";
import { concentrationBars, hhiLevel } from "./chart-data.js";
import { PlotFigure, useWidth } from "./PlotFigure.js";

const percent = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
const TOP3 = "#1d4ed8";
const REST = "#9db8f2";

export function ConcentrationChart({ rows, onPick }: { rows: readonly Record<string, unknown>[]; onPick: (id: string) => void }) {
  const data = useMemo(() => concentrationBars(rows), [rows]);
  const [ref, width] = useWidth();
  const longest = Math.max(0, ...data.bars.map((b) => b.country.length));
  const draw = useCallback(() => {
    const plot = Plot.plot({
      width,
      height: 40 + data.bars.length * 24,
      marginLeft: Math.min(220, 14 + longest * 7),
      marginRight: 56,
      x: { label: `Share of ${data.edition ? `${data.edition} ` : ""}world production (%)`, grid: true, domain: [0, Math.max(10, ...data.bars.map((b) => b.share))] },
      y: { label: null, domain: data.bars.map((b) => b.country) },
      marks: [
        Plot.barX(data.bars, { x: "share", y: "country", fill: (d: { rank: number }) => (d.rank <= 3 ? TOP3 : REST), title: (d: { country: string; amount: number; share: number }) => `${d.country}: ${d.amount.toLocaleString("en")} ${data.unit} (${percent.format(d.share)}%)` }),
        Plot.text(data.bars, { x: "share", y: "country", text: (d: { share: number }) => `${percent.format(d.share)}%`, dx: 4, textAnchor: "start", fill: "#222" }),
        Plot.ruleX([0]),
      ],
    });
    // A bar names a country: clicking it shows that country in the inspector.
    plot.querySelectorAll("g[aria-label='bar'] rect").forEach((rect, i) => {
      const bar = data.bars[i];
      if (!bar) return;
      rect.setAttribute("data-country", bar.countryId);
      rect.addEventListener("click", () => onPick(bar.countryId));
    });
    return plot;
  }, [data, width, longest, onPick]);

  if (data.bars.length === 0) return <p className="chart-empty muted">No production recorded: nothing to chart.</p>;
  return (
    <div className="chart" ref={ref}>
      <dl className="chart-callouts" data-testid="concentration-callouts">
        {data.hhi !== undefined && <div><dt>HHI</dt><dd>{Math.round(data.hhi).toLocaleString("en")} <span className="muted">{hhiLevel(data.hhi)}</span></dd></div>}
        {data.top3 !== undefined && <div><dt>Top-3 share</dt><dd>{percent.format(data.top3)}%</dd></div>}
        <div><dt>Countries</dt><dd>{data.bars.length}</dd></div>
      </dl>
      <PlotFigure draw={draw} label={`Bar chart: share of world production by country${data.edition ? `, ${data.edition}` : ""}`} testId="concentration-chart" />
      <p className="chart-note muted">Darker bars: the top three producers. HHI over 1,800 is highly concentrated (US DOJ/FTC 2023).</p>
    </div>
  );
}
