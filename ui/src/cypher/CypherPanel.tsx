// Ad-hoc read-only Cypher with highlighting and autocomplete. The server refuses writes; its message is shown here.
// Loaded on demand (see App.tsx): the editor and Neo4j's Cypher parser are most of the bundle.
import { CypherEditor } from "@neo4j-cypher/react-codemirror";
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import type { Health } from "../api/schemas.js";

export function CypherPanel({ query, health, running, error, onChange, onRun }: { query: string; health: Health | undefined; running: boolean; error: string | undefined; onChange: (q: string) => void; onRun: () => void }) {
  const schema = health?.counts ? { labels: Object.keys(health.counts.nodes), relationshipTypes: Object.keys(health.counts.relationships) } : undefined;
  return (
    <form className="cypher-panel" aria-label="Ad-hoc Cypher" onSubmit={(e) => { e.preventDefault(); onRun(); }}>
      <h2>Ad-hoc Cypher</h2>
      <p className="muted">Read-only. {health?.store.dialect === "ladybug" ? "LadybugDB dialect: label(r) for a relationship's type, no reduce()." : ""} Ctrl+Enter runs.</p>
      <div
        className="cypher-editor"
        data-testid="cypher-editor"
        onKeyDown={(e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); onRun(); } }}
      >
        <CypherEditor value={query} onValueChanged={(v: string) => onChange(v)} lineNumbers={true} autocomplete={true} lint={false} {...(schema ? { schema } : {})} />
      </div>
      {error && <p className="form-error" role="alert" data-testid="cypher-error">{error}</p>}
      <button type="submit" className="primary" data-testid="run-cypher" disabled={running || !query.trim()} aria-busy={running}>{running ? "Running…" : "Run query"}</button>
    </form>
  );
}
