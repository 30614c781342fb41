// Dependency routes as a flow: the country, the countries it imports from, the producers behind them, each
// drawn once, with the import share written on the link. Plain SVG: a few dozen boxes need no library.
import { useMemo } from "react";
import { routeFlow, type FlowNode } from "./chart-data.js";
import { useWidth } from "./PlotFigure.js";

const ROW = 40;
const BOX_HEIGHT = 24;
const CHAR_PX = 7;
const MAX_CHARS = 30;

const shown = (name: string) => (name.length <= MAX_CHARS ? name : `${name.slice(0, MAX_CHARS - 1)}…`);
const boxWidth = (name: string) => 16 + shown(name).length * CHAR_PX;

export function RouteFlow({ rows }: { rows: readonly Record<string, unknown>[] }) {
  const flow = useMemo(() => routeFlow(rows), [rows]);
  const [ref, width] = useWidth();
  const columns = flow.columns.length;
  const byColumn = flow.columns.map((_, c) => flow.nodes.filter((n) => n.column === c));
  const tallest = Math.max(1, ...byColumn.map((c) => c.length));
  const height = 40 + tallest * ROW;
  const widest = flow.columns.map((_, c) => Math.max(60, ...(byColumn[c] ?? []).map((n) => boxWidth(n.name))));
  // Columns spread across the width; each box is centred on its column's line.
  const left = (widest[0] ?? 60) / 2 + 8;
  const right = width - (widest[columns - 1] ?? 60) / 2 - 8;
  const xOf = (column: number) => (columns <= 1 ? width / 2 : left + ((right - left) * column) / (columns - 1));
  const place = new Map<string, { x: number; y: number; node: FlowNode }>();
  byColumn.forEach((nodes, c) => nodes.forEach((node, i) => place.set(node.id, { x: xOf(c), y: 40 + (i + 0.5) * ROW + ((tallest - nodes.length) * ROW) / 2, node })));

  if (flow.nodes.length === 0) return <p className="chart-empty muted">No route to draw.</p>;
  return (
    <div className="chart" ref={ref}>
      <svg className="route-flow" width={width} height={height} role="img" aria-label={`Flow of ${rows.length} routes: ${flow.columns.join(" → ")}`} data-testid="route-flow">
        {/* The outer titles are anchored to the canvas edges: centred over a narrow box they would be cut off. */}
        {flow.columns.map((title, c) => {
          const edge = c === 0 ? { x: 4, anchor: "start" as const } : c === columns - 1 ? { x: width - 4, anchor: "end" as const } : { x: xOf(c), anchor: "middle" as const };
          return <text key={title + c} x={edge.x} y={16} textAnchor={edge.anchor} className="flow-column">{title}</text>;
        })}
        {flow.links.map((link) => {
          const a = place.get(link.source);
          const b = place.get(link.target);
          if (!a || !b) return null;
          const x1 = a.x + boxWidth(a.node.name) / 2;
          const x2 = b.x - boxWidth(b.node.name) / 2;
          const mid = (x1 + x2) / 2;
          return (
            <g key={`${link.source}→${link.target}`} className="flow-link" data-testid="flow-link">
              <path d={`M${x1},${a.y} C${mid},${a.y} ${mid},${b.y} ${x2},${b.y}`} />
              {/* Written where the link arrives: there the links are a row apart, at the source they bunch. */}
              {link.label && <text x={x2 - 8} y={b.y - 6} textAnchor="end" className="flow-share">{link.label}</text>}
            </g>
          );
        })}
        {[...place.values()].map(({ x, y, node }) => (
          <g key={node.id} className="flow-node" data-testid="flow-node">
            <title>{node.name}</title>
            <rect x={x - boxWidth(node.name) / 2} y={y - BOX_HEIGHT / 2} width={boxWidth(node.name)} height={BOX_HEIGHT} rx={5} />
            <text x={x} y={y + 4} textAnchor="middle">{shown(node.name)}</text>
          </g>
        ))}
      </svg>
    </div>
  );
}
