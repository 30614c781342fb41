// The rows of a result: sortable by any column, downloadable as CSV.
import { useMemo, useState } from "react";
import { cellText, nextSort, sortRows, toCsv, type SortState } from "../state/table.js";
import { saveText } from "../app/downloads.js";

export function ResultTable({ columns, rows, fileName, onRowFocus }: { columns: string[]; rows: Record<string, unknown>[]; fileName: string; onRowFocus: (row: Record<string, unknown>) => void }) {
  const [sort, setSort] = useState<SortState | undefined>(undefined);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  return (
    <section className="result-table-panel" aria-label="Result rows">
      <header className="panel-bar">
        <span>{rows.length} row{rows.length === 1 ? "" : "s"}</span>
        <button type="button" onClick={() => saveText(`${fileName}.csv`, toCsv(columns, sorted), "text/csv")} disabled={rows.length === 0}>Download CSV</button>
      </header>
      {rows.length === 0 ? (
        <p className="empty-state muted">No rows. Try another entity or relax the parameters.</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="result-table">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} aria-sort={sort?.column === c ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}>
                    <button type="button" onClick={() => setSort((s) => nextSort(s, c))}>
                      {c}
                      <span aria-hidden>{sort?.column === c ? (sort.direction === "asc" ? " ▲" : " ▼") : ""}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row, i) => (
                <tr key={i} onClick={() => onRowFocus(row)}>
                  {columns.map((c) => {
                    const text = cellText(row[c]);
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
