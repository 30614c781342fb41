// One figure for a fact (one parallel edge) with the evidence behind it.
import type { ResultEdge } from "../../../graph/schema/index.js";
import { edgeLabel, edgeTimeNote, figureContext } from "../state/edge-label.js";
import { EvidenceCard, type DocumentTarget } from "./EvidenceCard.js";
import { useEvidence } from "./useEvidence.js";

export function FigureColumn({ edge, selected, onSelect, onOpenDocument }: { edge: ResultEdge; selected: boolean; onSelect: () => void; onOpenDocument: (t: DocumentTarget) => void }) {
  const evidence = useEvidence(edge.id);
  const status = edge.properties["status"];
  const context = figureContext(edge.properties);
  return (
    <section className={selected ? "figure selected" : "figure"} aria-label={`Figure ${edgeLabel(edge.type, edge.properties)}`}>
      <button type="button" className="figure-value" onClick={onSelect} aria-pressed={selected}>
        {edgeLabel(edge.type, edge.properties)}
        {typeof status === "string" && edgeTimeNote(edge.properties) === undefined && <span className="muted"> · {status}</span>}
      </button>
      {context && <p className="figure-context muted" data-testid="figure-context">{context}</p>}
      {evidence.state === "loading" && <p className="muted" role="status">Loading evidence…</p>}
      {evidence.state === "error" && <p className="form-error" role="alert">{evidence.message}</p>}
      {evidence.state === "ready" && evidence.value.length === 0 && <p className="muted">No evidence recorded for this figure.</p>}
      {evidence.state === "ready" && evidence.value.map((e) => <EvidenceCard key={e.id} evidence={e} onOpenDocument={onOpenDocument} />)}
    </section>
  );
}
