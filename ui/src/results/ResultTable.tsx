// The rows of a result: sortable by any column, downloadable as CSV.
import { useMemo, useState } from "react";
import { displayText } from "../state/display-text.js";
import { nextSort, sortRows, toCsv, type SortState } from "../state/table.js";
import { saveText } from "../app/downloads.js";
import type { ResultNode } from "../../../graph/schema/index.js";
import { kindStyle } from "../state/kinds.js";
import { columnLabel, isIdColumn } from "../state/column-label.js";

export function ResultTable({ columns, rows, fileName, expanded, onRowFocus, onNodeFocus }: {
  columns: string[];
  rows: Record<string, unknown>[];
  fileName: string;
  /** Nodes expansion has added to the canvas since the result came: they are in no row. */
  expanded: readonly ResultNode[];
  onRowFocus: (row: Record<string, unknown>) => void;
  onNodeFocus: (id: string) => void;
}) {
  const [sort, setSort] = useState<SortState | undefined>(undefined);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = columns.filter((c) => !isIdColumn(c));
  // Roving focus: one row is in the Tab order, arrow keys move between rows, Enter focuses the row's node.
  const [active, setActive] = useState(0);
  const onRowKey = (e: React.KeyboardEvent<HTMLTableRowElement>, i: number, row: Record<string, unknown>) => {
    const step = e.key === "ArrowDown" ? 1 : e.key === "ArrowUp" ? -1 : e.key === "Home" ? -i : e.key === "End" ? sorted.length - 1 - i : 0;
    if (step !== 0) {
      e.preventDefault();
      const next = Math.max(0, Math.min(sorted.length - 1, i + step));
      setActive(next);
      (e.currentTarget.parentElement?.children[next] as HTMLElement | undefined)?.focus();
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onRowFocus(row);
    }
  };
  return (
    <section className="result-table-panel" aria-label="Result rows">
      <header className="panel-bar">
        <span>{rows.length} row{rows.length === 1 ? "" : "s"}{expanded.length > 0 ? ` · ${expanded.length} node${expanded.length === 1 ? "" : "s"} added by expanding` : ""}</span>
        <button type="button" onClick={() => saveText(`${fileName}.csv`, toCsv(columns, sorted), "text/csv")} disabled={rows.length === 0}>Download CSV</button>
      </header>
      {expanded.length > 0 && (
        <ul className="expanded-nodes" aria-label="Added by expanding" data-testid="expanded-nodes">
          {expanded.map((n) => (
            <li key={n.id}><button type="button" className="node-chip" onClick={() => onNodeFocus(n.id)} title={`Focus ${n.name}`}>
              <span className="kind-dot" style={{ background: kindStyle(n.kind).color }} aria-hidden /><span>{n.name}</span>
            </button></li>
          ))}
        </ul>
      )}
      {rows.length === 0 ? (
        <p className="empty-state muted">No rows. Try another entity or relax the parameters.</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="result-table">
            <thead>
              <tr>
                {shown.map((c) => (
                  <th key={c} title={c} aria-sort={sort?.column === c ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}>
                    <button type="button" onClick={() => setSort((s) => nextSort(s, c))}>
                      {columnLabel(c)}
                      <span aria-hidden>{sort?.column === c ? (sort.direction === "asc" ? " ▲" : " ▼") : ""}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row, i) => (
                <tr key={i} tabIndex={i === Math.min(active, sorted.length - 1) ? 0 : -1} onClick={() => { setActive(i); onRowFocus(row); }} onKeyDown={(e) => onRowKey(e, i, row)}>
                  {shown.map((c) => {
                    const text = displayText(row[c]);
                    return <td key={c} title={text.length > 60 ? text : undefined}>{text}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
