// The right-hand panel: what is selected, its properties, and for an edge the evidence behind it.
import type { ResultEdge, ResultNode, Subgraph } from "../../../graph/schema/index.js";
import { figureVerdict } from "../state/compare-figures.js";
import { edgeLabel } from "../state/edge-label.js";
import { kindStyle } from "../state/kinds.js";
import { siblingEdges } from "../state/parallel-edges.js";
import type { Selection } from "../state/selection.js";
import type { DocumentTarget } from "./EvidenceCard.js";
import { FigureColumn } from "./FigureColumn.js";
import { FigureComparison } from "./FigureComparison.js";
import { PropertyList } from "./PropertyList.js";
import { EntityReview } from "./EntityReview.js";
import { ReviewHistory } from "./ReviewHistory.js";
import { REVIEW_LABELS } from "../state/review-facts.js";
import { reviewStateSchema } from "../../../queries/review-contract.js";
import "../review/review.css";

export interface InspectorActions {
  onSelect: (selection: Selection) => void;
  onExpand: (node: string) => void;
  onToggleHidden: (node: string) => void;
  onTogglePinned: (node: string) => void;
  onFocus: (node: string) => void;
  onOpenDocument: (target: DocumentTarget) => void;
  /** After a merge or split here: the open result is run again. */
  onReviewed: () => void;
}

function NodeChip({ node, onClick }: { node: ResultNode | undefined; onClick?: () => void }) {
  if (!node) return <span className="muted">?</span>;
  return (
    <button type="button" className="node-chip" onClick={onClick} title={`Select ${node.name}`}>
      <span className="kind-dot" style={{ background: kindStyle(node.kind).color }} aria-hidden />
      {node.name}
    </button>
  );
}

function NodeInspector({ node, graph, more, hidden, pinned, actions }: { node: ResultNode; graph: Subgraph; more: number | undefined; hidden: boolean; pinned: boolean; actions: InspectorActions }) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = graph.edges.filter((e) => e.source === node.id || e.target === node.id);
  return (
    <>
      <header className="inspector-head">
        <span className="kind-badge" style={{ background: kindStyle(node.kind).color }}>{node.kind}</span>
        <h2>{node.name}</h2>
      </header>
      <div className="inspector-actions">
        <button type="button" onClick={() => actions.onExpand(node.id)} title="Double-click a node to do the same">Expand</button>
        <button type="button" onClick={() => actions.onFocus(node.id)}>Focus</button>
        <button type="button" onClick={() => actions.onTogglePinned(node.id)} aria-pressed={pinned}>{pinned ? "Unpin" : "Pin"}</button>
        <button type="button" onClick={() => actions.onToggleHidden(node.id)} aria-pressed={hidden}>{hidden ? "Show" : "Hide"}</button>
      </div>
      {node.kind !== "Document" && <EntityReview key={node.id} node={node} edges={edges} names={new Map(graph.nodes.map((n) => [n.id, n.name]))} onChanged={actions.onReviewed} />}
      {more !== undefined && more > 0 && <p className="more-note">+{more} more neighbours not shown (expansion is capped).</p>}
      <PropertyList properties={node.properties} />
      <h3>Relationships in view ({edges.length})</h3>
      <ul className="edge-list" aria-label={`Relationships of ${node.name}`}>
        {edges.map((e) => {
          const outgoing = e.source === node.id;
          const other = byId.get(outgoing ? e.target : e.source);
          return (
            <li key={e.id}>
              <button type="button" className="edge-row" data-testid={`edge-row-${e.id}`} onClick={() => actions.onSelect({ kind: "edge", id: e.id })}>
                <span className="edge-dir" aria-hidden>{outgoing ? "→" : "←"}</span>
                <span className="edge-type">{e.type}</span>
                <span className="edge-other">{other?.name ?? "?"}</span>
                <span className="edge-figure">{edgeLabel(e.type, e.properties)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function FigureNote({ edges, type }: { edges: readonly ResultEdge[]; type: string }) {
  const verdict = figureVerdict(edges);
  const fact = type.toLowerCase().replaceAll("_", " ");
  const silent = verdict.unquantified > 0 ? ` ${verdict.unquantified} of them state${verdict.unquantified === 1 ? "s" : ""} no figure.` : "";
  if (verdict.kind === "disagree") {
    return <p className="conflict-note" role="note">Sources disagree: {edges.length} claims for this {fact}, side by side. Rows that differ are marked.{silent}</p>;
  }
  const over = verdict.differsBy.length > 0 ? ` over different ${verdict.differsBy.join(", ")}` : "";
  return (
    <p className="series-note" role="note">
      {verdict.kind === "series" ? `${edges.length} claims for this ${fact}${over}: a series, not a disagreement.` : `${edges.length} claims for this ${fact} agree${over}.`}{silent}
    </p>
  );
}

function EdgeInspector({ edge, graph, actions }: { edge: ResultEdge; graph: Subgraph; actions: InspectorActions }) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const siblings = siblingEdges(graph.edges, edge);
  // The review state travels on the relationship (property `review`), so a rerun result carries it.
  const review = reviewStateSchema.safeParse(edge.properties["review"]);
  return (
    <>
      <header className="inspector-head">
        <span className="kind-badge edge">{edge.type}</span>
        <h2 className="edge-title">
          <NodeChip node={byId.get(edge.source)} onClick={() => actions.onSelect({ kind: "node", id: edge.source })} />
          <span aria-label="to"> → </span>
          <NodeChip node={byId.get(edge.target)} onClick={() => actions.onSelect({ kind: "node", id: edge.target })} />
        </h2>
      </header>
      {review.success && <p className={`edge-review review-badge ${review.data}`} data-testid="edge-review">{REVIEW_LABELS[review.data]}</p>}
      {siblings.length > 1 ? (
        <>
          <FigureNote edges={siblings} type={edge.type} />
          <FigureComparison edges={siblings} names={new Map(graph.nodes.map((n) => [n.id, n.name]))} selectedId={edge.id} onSelect={(id) => actions.onSelect({ kind: "edge", id })} />
        </>
      ) : (
        <PropertyList properties={edge.properties} />
      )}
      <h3>Evidence</h3>
      <div className="figures">
        {siblings.map((s) => (
          <FigureColumn key={s.id} edge={s} selected={siblings.length > 1 && s.id === edge.id} onSelect={() => actions.onSelect({ kind: "edge", id: s.id })} onOpenDocument={actions.onOpenDocument} />
        ))}
      </div>
      <h3>Review history</h3>
      <ReviewHistory factId={edge.id} version={edge.properties["review"]} />
    </>
  );
}

export function Inspector({ selection, graph, more, hidden, pinned, actions }: { selection: Selection; graph: Subgraph; more: ReadonlyMap<string, number>; hidden: ReadonlySet<string>; pinned: ReadonlySet<string>; actions: InspectorActions }) {
  let body;
  if (selection?.kind === "node") {
    const node = graph.nodes.find((n) => n.id === selection.id);
    body = node ? <NodeInspector node={node} graph={graph} more={more.get(node.id)} hidden={hidden.has(node.id)} pinned={pinned.has(node.id)} actions={actions} /> : null;
  } else if (selection?.kind === "edge") {
    const edge = graph.edges.find((e) => e.id === selection.id);
    body = edge ? <EdgeInspector edge={edge} graph={graph} actions={actions} /> : null;
  }
  return (
    <aside className="inspector" id="inspector" data-testid="inspector" aria-label="Inspector">
      {body ?? (
        <div className="empty-state">
          <h2>Inspector</h2>
          <p>Click a node or an edge to see its properties and the evidence behind it.</p>
          <p className="muted">Double-click a node to expand its neighbours.</p>
        </div>
      )}
    </aside>
  );
}
