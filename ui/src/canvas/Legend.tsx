// The legend: node kinds, then what edge colour, width and fade and node size mean under the current style.
import type { LegendModel, Swatch } from "../state/legend-model.js";

function Swatches({ items, line }: { items: Swatch[]; line?: boolean }) {
  return (
    <>
      {items.map((s) => (
        <li key={s.label}>
          <span className={line ? "legend-line" : `legend-swatch ${s.shape ?? "circle"}`} style={{ background: s.color }} aria-hidden />
          {s.label}
        </li>
      ))}
    </>
  );
}

export function Legend({ model }: { model: LegendModel }) {
  if (model.nodes.length === 0) return null;
  return (
    <div className="legend" aria-label="Legend" role="group">
      <ul>
        <Swatches items={model.nodes} />
        <Swatches items={[...model.edgeColours, ...model.time]} line />
      </ul>
      <p className="legend-rules">{[model.width, model.size].filter(Boolean).join(" · ")}</p>
    </div>
  );
}
