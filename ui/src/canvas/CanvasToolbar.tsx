// Canvas controls: layout, size measure, fit, show hidden, exports.
import { SIZE_MEASURES, type SizeMeasure } from "../state/measures.js";
import type { LayoutMode } from "./controllers/LayoutController.js";

export type ExportFormat = "png" | "gexf" | "graphml" | "json";

export function CanvasToolbar({ layout, measure, layoutRunning, hiddenCount, onLayout, onMeasure, onFit, onShowAll, onExport }: {
  layout: LayoutMode;
  measure: SizeMeasure;
  layoutRunning: boolean;
  hiddenCount: number;
  onLayout: (mode: LayoutMode) => void;
  onMeasure: (m: SizeMeasure) => void;
  onFit: () => void;
  onShowAll: () => void;
  onExport: (format: ExportFormat) => void;
}) {
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Graph tools">
      <label>
        <select value={layout} onChange={(e) => onLayout(e.target.value as LayoutMode)} aria-label="Layout">
          <option value="force">ForceAtlas2</option>
          <option value="hierarchy" title="Owners above, what they own below">Hierarchy</option>
        </select>
      </label>
      <button type="button" onClick={() => onLayout(layout)} aria-label="Run layout again" title="Run layout again">↻</button>
      {layoutRunning && <span className="layout-status" role="status">laying out…</span>}
      <label>
        <select value={measure} onChange={(e) => onMeasure(e.target.value as SizeMeasure)} aria-label="Size nodes by">
          {SIZE_MEASURES.map((m) => <option key={m} value={m}>size: {m}</option>)}
        </select>
      </label>
      <button type="button" onClick={onFit} title="Fit to view (F)" aria-keyshortcuts="f">Fit</button>
      {hiddenCount > 0 && <button type="button" onClick={onShowAll}>Show {hiddenCount} hidden</button>}
      <span className="toolbar-spacer" />
      <div role="group" aria-label="Export" className="export-group">
        <button type="button" onClick={() => onExport("png")} aria-label="Export PNG">PNG</button>
        <button type="button" onClick={() => onExport("gexf")} aria-label="Export GEXF">GEXF</button>
        <button type="button" onClick={() => onExport("graphml")} aria-label="Export GraphML">GraphML</button>
        <button type="button" onClick={() => onExport("json")} aria-label="Export JSON">JSON</button>
      </div>
    </div>
  );
}
