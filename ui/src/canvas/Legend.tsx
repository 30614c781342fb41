// The legend: node kinds, then what edge colour, width and fade and node size mean under the current style.
// It lies over the canvas, so it folds to its title: when the user asks, or by itself where, open, it would
// cover more than a quarter of the canvas (a result with a dozen relationship types on a short canvas: at a
// third, a five-row legend left an expanded graph of 45 nodes two thirds of a 310-pixel canvas).
import { useLayoutEffect, useRef, useState } from "react";
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
  // The user's choice holds until the legend's content changes; until then, its size decides.
  const content = JSON.stringify(model);
  const [chosen, setChosen] = useState<{ content: string; open: boolean } | null>(null);
  const [tooTall, setTooTall] = useState<{ content: string; fold: boolean } | null>(null);
  const element = useRef<HTMLDivElement>(null);
  const userChoice = chosen?.content === content ? chosen.open : undefined;
  const measured = tooTall?.content === content ? tooTall.fold : undefined;
  // Unmeasured, it is drawn open once (before paint) to be measured.
  const open = userChoice ?? !(measured ?? false);
  useLayoutEffect(() => {
    if (measured !== undefined || userChoice !== undefined || !element.current) return;
    const canvas = element.current.closest(".canvas-area")?.querySelector<HTMLElement>("[data-testid=graph-canvas]");
    setTooTall({ content, fold: canvas ? element.current.offsetHeight > canvas.clientHeight / 4 : false });
  }, [content, measured, userChoice]);
  if (model.nodes.length === 0) return null;
  return (
    <div ref={element} className={open ? "legend" : "legend folded"} aria-label="Legend" role="group">
      <button type="button" className="legend-toggle" aria-expanded={open} aria-label={open ? "Fold the legend" : "Show the legend"} onClick={() => setChosen({ content, open: !open })}>
        {open ? "▾" : "▸ Legend"}
      </button>
      {open && (
        <>
          <ul>
            <Swatches items={model.nodes} />
            <Swatches items={[...model.edgeColours, ...model.time]} line />
          </ul>
          <p className="legend-rules">{[model.width, model.size].filter(Boolean).join(" · ")}</p>
        </>
      )}
    </div>
  );
}
