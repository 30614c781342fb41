// Search-and-focus: finds nodes on the canvas by name or alias; entities not on the canvas come from
// /api/search and open their neighbourhood. "/" focuses the box.
import { useEffect, useRef, useState } from "react";
import type { ResultNode } from "../../../graph/schema/index.js";
import type { SearchHit } from "../../../queries/contract.js";
import { api } from "../api/client.js";
import { kindStyle } from "../state/kinds.js";

export function matchNodes(nodes: readonly ResultNode[], query: string, limit = 6): ResultNode[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [];
  const aliases = (n: ResultNode): string[] => (Array.isArray(n.properties["aliases"]) ? (n.properties["aliases"] as unknown[]).filter((a): a is string => typeof a === "string") : []);
  return nodes.filter((n) => [n.name, ...aliases(n)].some((s) => s.toLocaleLowerCase().includes(q))).slice(0, limit);
}

export function SearchBox({ nodes, onFocusNode, onOpenEntity }: { nodes: readonly ResultNode[]; onFocusNode: (id: string) => void; onOpenEntity: (hit: SearchHit) => void }) {
  const [query, setQuery] = useState("");
  const [remote, setRemote] = useState<SearchHit[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const local = matchNodes(nodes, query);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || (e.target instanceof HTMLElement && e.target.isContentEditable);
      if (e.key === "/" && !typing) { e.preventDefault(); input.current?.focus(); }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (query.trim().length < 2) { setRemote([]); return; }
    let current = true;
    const timer = window.setTimeout(() => {
      api.search(query.trim(), "any", 6).then((hits) => { if (current) setRemote(hits); }).catch(() => { if (current) setRemote([]); });
    }, 200);
    return () => { current = false; window.clearTimeout(timer); };
  }, [query]);

  const onCanvas = new Set(nodes.map((n) => n.id));
  const elsewhere = remote.filter((h) => !onCanvas.has(h.id));
  const done = () => { setQuery(""); input.current?.blur(); };

  return (
    <div className="search-box" role="search">
      <input
        ref={input}
        type="search"
        aria-label="Search entities (press /)"
        aria-keyshortcuts="/"
        placeholder="Search and focus…  /"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && local[0]) { onFocusNode(local[0].id); done(); }
          if (e.key === "Escape") done();
        }}
      />
      {query.trim() && (local.length > 0 || elsewhere.length > 0) && (
        <ul className="search-results" aria-label="Search results">
          {local.map((n) => (
            <li key={n.id}><button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => { onFocusNode(n.id); done(); }}>
              <span className="kind-dot" style={{ background: kindStyle(n.kind).color }} aria-hidden />{n.name}<span className="muted"> on canvas</span>
            </button></li>
          ))}
          {elsewhere.map((h) => (
            <li key={h.id}><button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => { onOpenEntity(h); done(); }}>
              <span className="kind-dot" style={{ background: kindStyle(h.kind).color }} aria-hidden />{h.name}<span className="muted"> {h.kind} · open neighbourhood</span>
            </button></li>
          ))}
        </ul>
      )}
    </div>
  );
}
