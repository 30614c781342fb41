// Canvas controls: layout, style (children), fit, show hidden, scene and exports.
import type { ReactNode } from "react";
import type { LayoutMode } from "./controllers/LayoutController.js";

export type ExportFormat = "png" | "svg" | "gexf" | "graphml" | "json";

export function CanvasToolbar({ layout, layoutRunning, hiddenCount, onLayout, onFit, onShowAll, onExport, children, trailing }: {
  layout: LayoutMode;
  layoutRunning: boolean;
  hiddenCount: number;
  onLayout: (mode: LayoutMode) => void;
  /** Style controls, after the layout ones. */
  children?: ReactNode;
  /** Scene controls, before the exports. */
  trailing?: ReactNode;
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
      {children}
      <button type="button" onClick={onFit} title="Fit to view (F)" aria-keyshortcuts="f">Fit</button>
      {hiddenCount > 0 && <button type="button" onClick={onShowAll}>Show {hiddenCount} hidden</button>}
      <span className="toolbar-spacer" />
      {trailing}
      <div role="group" aria-label="Export" className="export-group">
        <button type="button" onClick={() => onExport("png")} aria-label="Export PNG">PNG</button>
        <button type="button" onClick={() => onExport("svg")} aria-label="Export SVG">SVG</button>
        <button type="button" onClick={() => onExport("gexf")} aria-label="Export GEXF">GEXF</button>
        <button type="button" onClick={() => onExport("graphml")} aria-label="Export GraphML">GraphML</button>
        <button type="button" onClick={() => onExport("json")} aria-label="Export JSON">JSON</button>
      </div>
    </div>
  );
}
