// The three style rules the user can switch: edge colour, edge width, node size. The legend explains them.
import { EDGE_COLOR_RULES, EDGE_WIDTH_RULES, NODE_SIZE_RULES, type GraphStyle } from "../state/graph-style.js";

export function StyleControls({ style, onChange }: { style: GraphStyle; onChange: (style: GraphStyle) => void }) {
  return (
    <span className="style-controls" role="group" aria-label="Style">
      <select value={style.edgeColor} onChange={(e) => onChange({ ...style, edgeColor: e.target.value as GraphStyle["edgeColor"] })} aria-label="Colour edges by">
        {EDGE_COLOR_RULES.map((r) => <option key={r} value={r}>colour: {r}</option>)}
      </select>
      <select value={style.edgeWidth} onChange={(e) => onChange({ ...style, edgeWidth: e.target.value as GraphStyle["edgeWidth"] })} aria-label="Edge width">
        {EDGE_WIDTH_RULES.map((r) => <option key={r} value={r}>width: {r}</option>)}
      </select>
      <select value={style.nodeSize} onChange={(e) => onChange({ ...style, nodeSize: e.target.value as GraphStyle["nodeSize"] })} aria-label="Size nodes by">
        {NODE_SIZE_RULES.map((r) => <option key={r} value={r}>size: {r}</option>)}
      </select>
    </span>
  );
}
