// A text box that autocompletes names and aliases of the right kinds through /api/search (a combobox).
import { shownAlias } from "../state/column-label.js";
import { useEffect, useId, useState } from "react";
import type { SearchHit } from "../../../queries/contract.js";
import { api } from "../api/client.js";
import { kindStyle } from "../state/kinds.js";

export function EntityPicker({ id, value, kinds, label, invalid, onChange, onPick }: { id: string; value: string; kinds: readonly string[]; label: string; invalid: boolean; onChange: (value: string) => void; onPick?: (hit: SearchHit) => void }) {
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  // Callers pass a new array on every render; keyed by content, a parent's re-render (a layout ending, a poll)
  // neither restarts the debounce nor drops an answer in flight, which under load left the list empty for good.
  const kindsKey = kinds.join(",");

  useEffect(() => {
    if (!open || value.trim().length < 2) {
      setHits([]);
      return;
    }
    let current = true;
    // Debounced: one request per pause in typing, not per key.
    const timer = window.setTimeout(() => {
      const wanted = kindsKey.split(",");
      const kind = wanted.length === 1 ? (wanted[0] ?? "any") : "any";
      api.search(value.trim(), kind, 12)
        .then((found) => { if (current) setHits(found.filter((h) => wanted.includes(h.kind)).slice(0, 8)); })
        .catch(() => { if (current) setHits([]); });
    }, 150);
    return () => { current = false; window.clearTimeout(timer); };
  }, [value, kindsKey, open]);

  const choose = (hit: SearchHit) => {
    onChange(hit.name);
    onPick?.(hit);
    setOpen(false);
    setActive(-1);
  };

  return (
    <div className="picker">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-label={label}
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-invalid={invalid}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        placeholder={`${kinds.join(" or ")} name or alias`}
        onChange={(e) => { onChange(e.target.value); setOpen(true); setActive(-1); }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 120)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") { e.preventDefault(); setActive((a) => Math.min(hits.length - 1, a + 1)); }
          else if (e.key === "ArrowUp") { e.preventDefault(); setActive((a) => Math.max(-1, a - 1)); }
          else if (e.key === "Enter" && active >= 0 && hits[active]) { e.preventDefault(); choose(hits[active]); }
          else if (e.key === "Escape") setOpen(false);
        }}
      />
      {open && hits.length > 0 && (
        <ul className="picker-list" role="listbox" id={listId} aria-label={`${label} suggestions`}>
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? "active" : undefined}
              onMouseDown={(e) => { e.preventDefault(); choose(hit); }}
            >
              <span className="kind-dot" style={{ background: kindStyle(hit.kind).color }} aria-hidden />
              <span className="picker-name">{hit.name}</span>
              {shownAlias(hit) && <span className="picker-alias">{shownAlias(hit)}</span>}
              <span className="picker-kind">{hit.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
