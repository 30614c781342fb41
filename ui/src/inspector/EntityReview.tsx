// Fixing entity resolution from the inspector: merge another entity into this one (the same thing under two
// names), or split the facts that belong to a different thing into a new entity.
import { useId, useState } from "react";
import type { ResultEdge, ResultNode } from "../../../graph/schema/index.js";
import { reviewApi } from "../api/review.js";
import { EntityPicker } from "../library/EntityPicker.js";
import type { PickedEntity } from "../state/fact-form.js";
import { useReviewer } from "../review/useReviewer.js";
import { ReviewerField } from "../review/ReviewerField.js";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function EntityReview({ node, edges, names, onChanged }: { node: ResultNode; edges: readonly ResultEdge[]; names: ReadonlyMap<string, string>; onChanged: () => void }) {
  const [reviewer] = useReviewer();
  const [mode, setMode] = useState<"none" | "merge" | "split">("none");
  const [other, setOther] = useState<PickedEntity>({ name: "" });
  const [newName, setNewName] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const id = useId();

  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    action()
      .then(() => { setMode("none"); setOther({ name: "" }); setNewName(""); setChosen(new Set()); setReason(""); onChanged(); })
      .catch((e: unknown) => setError(message(e)))
      .finally(() => setBusy(false));
  };
  const why = reason.trim() ? { reason: reason.trim() } : {};

  return (
    <section className="entity-review" aria-label="Entity resolution">
      {mode === "none" && (
        <div className="form-actions">
          <button type="button" onClick={() => setMode("merge")}>Merge another into this…</button>
          <button type="button" disabled={edges.length === 0} onClick={() => setMode("split")}>Split…</button>
        </div>
      )}
      {mode !== "none" && <ReviewerField />}
      {mode === "merge" && (
        <form onSubmit={(e) => {
          e.preventDefault();
          if (!other.id) { setError(`Pick the ${node.kind.toLowerCase()} to merge from the suggestions.`); return; }
          if (other.id === node.id) { setError("That is this entity. Pick another."); return; }
          const mergeId = other.id;
          run(() => reviewApi.merge({ reviewer: reviewer ?? "", ...why, keepId: node.id, mergeIds: [mergeId] }));
        }}>
          <label htmlFor={`${id}-merge`}>Merge into {node.name} (its facts and mentions move here)</label>
          <EntityPicker id={`${id}-merge`} label="Entity to merge" value={other.name} kinds={[node.kind]} invalid={false} onChange={(name) => setOther({ name })} onPick={(hit) => setOther({ name: hit.name, id: hit.id })} />
          <input type="text" aria-label="Reason" placeholder="Reason (optional)" value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy || !reviewer}>Merge</button>
            <button type="button" onClick={() => setMode("none")}>Cancel</button>
          </div>
        </form>
      )}
      {mode === "split" && (
        <form onSubmit={(e) => {
          e.preventDefault();
          if (!newName.trim()) { setError("Name the new entity."); return; }
          if (chosen.size === 0) { setError("Tick the facts that belong to the new entity."); return; }
          run(() => reviewApi.split(node.id, { reviewer: reviewer ?? "", ...why, name: newName.trim(), factIds: [...chosen] }));
        }}>
          <label htmlFor={`${id}-split`}>New entity taking over the ticked facts</label>
          <input id={`${id}-split`} type="text" aria-label="New entity name" value={newName} onChange={(e) => setNewName(e.target.value)} />
          <ul className="split-facts">
            {edges.map((edge) => (
              <li key={edge.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(edge.id)} onChange={(e) => setChosen((s) => { const next = new Set(s); if (e.target.checked) next.add(edge.id); else next.delete(edge.id); return next; })} />{" "}
                  {names.get(edge.source) ?? edge.source} {edge.type} {names.get(edge.target) ?? edge.target}
                </label>
              </li>
            ))}
          </ul>
          <input type="text" aria-label="Reason" placeholder="Reason (optional)" value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy || !reviewer}>Split</button>
            <button type="button" onClick={() => setMode("none")}>Cancel</button>
          </div>
        </form>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
