// Filters over the drawn result: relationship types, a year range, a minimum confidence.
import type { FilterDomain, ResultFilters } from "../state/filters.js";
import { edgeColor } from "../state/kinds.js";

export function FilterBar({ domain, filters, onChange }: { domain: FilterDomain; filters: ResultFilters; onChange: (f: ResultFilters) => void }) {
  if (domain.types.length === 0) return null;
  const toggle = (type: string) => {
    const hiddenTypes = new Set(filters.hiddenTypes);
    if (hiddenTypes.has(type)) hiddenTypes.delete(type);
    else hiddenTypes.add(type);
    onChange({ ...filters, hiddenTypes });
  };
  const year = (value: string): number | undefined => (value === "" ? undefined : Number(value));
  return (
    <fieldset className="filter-bar">
      <legend className="sr-only">Filters</legend>
      <div className="type-filters" role="group" aria-label="Relationship types">
        {domain.types.map((t) => (
          <label key={t} className="type-toggle">
            <input type="checkbox" checked={!filters.hiddenTypes.has(t)} onChange={() => toggle(t)} />
            <span className="type-swatch" style={{ background: edgeColor(t) }} aria-hidden />
            {t}
          </label>
        ))}
      </div>
      {domain.yearMin !== undefined && domain.yearMax !== undefined && (
        <div className="year-filter" role="group" aria-label="Year range">
          <label>from <input type="number" aria-label="From year" min={domain.yearMin} max={domain.yearMax} placeholder={String(domain.yearMin)} value={filters.yearFrom ?? ""} onChange={(e) => onChange({ ...filters, yearFrom: year(e.target.value) })} /></label>
          <label>to <input type="number" aria-label="To year" min={domain.yearMin} max={domain.yearMax} placeholder={String(domain.yearMax)} value={filters.yearTo ?? ""} onChange={(e) => onChange({ ...filters, yearTo: year(e.target.value) })} /></label>
        </div>
      )}
      <label className="confidence-filter">
        confidence ≥ {Math.round(filters.minConfidence * 100)}%
        <input type="range" aria-label="Minimum confidence" min={0} max={1} step={0.05} value={filters.minConfidence} onChange={(e) => onChange({ ...filters, minConfidence: Number(e.target.value) })} />
      </label>
    </fieldset>
  );
}
