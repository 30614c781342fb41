// Conflicting figures side by side: one column per parallel edge, rows where they differ marked, a column
// header selects that figure (and its edge on the canvas).
import type { ResultEdge } from "../../../graph/schema/index.js";
import { compareFigures } from "../state/compare-figures.js";

export function FigureComparison({ edges, names, selectedId, onSelect }: { edges: readonly ResultEdge[]; names: ReadonlyMap<string, string>; selectedId: string; onSelect: (id: string) => void }) {
  const rows = compareFigures(edges, names);
  const [head, ...rest] = rows;
  return (
    <div className="comparison-scroll">
      <table className="comparison" data-testid="figure-comparison" aria-label={`${edges.length} figures side by side`}>
        <colgroup>
          <col className="key" />
          {edges.map((edge) => <col key={edge.id} />)}
        </colgroup>
        <thead>
          <tr>
            <th scope="col"><span className="sr-only">property</span></th>
            {edges.map((edge, i) => (
              <th key={edge.id} scope="col" className={edge.id === selectedId ? "selected" : undefined}>
                <button type="button" onClick={() => onSelect(edge.id)} aria-pressed={edge.id === selectedId} title="Show this figure on the canvas">
                  {head?.cells[i] ?? "no figure"}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rest.map((row) => (
            <tr key={row.key} className={row.differs ? "differs" : undefined}>
              <th scope="row">{row.key}</th>
              {row.cells.map((cell, i) => <td key={edges[i]?.id ?? i} className={edges[i]?.id === selectedId ? "selected" : undefined}>{cell ? <span className="clamp" title={cell}>{cell}</span> : <span className="muted">—</span>}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
