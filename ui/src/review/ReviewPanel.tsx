// The review column of the document viewer: the reviewer's name, what is selected in the text (to add a
// missed fact or entity from it) and every fact the document backs, each with its decisions.
import { useState } from "react";
import type { CreatableKind, DocumentFact } from "../../../queries/review-contract.js";
import { ApiError } from "../api/client.js";
import { reviewApi } from "../api/review.js";
import type { Loadable } from "../inspector/useEvidence.js";
import { EMPTY_FACT_FORM, type FactRequestFields } from "../state/fact-form.js";
import { inTextOrder } from "../state/review-facts.js";
import type { Span } from "../state/text-segments.js";
import { FactCard, type FactDecisions } from "./FactCard.js";
import { FactForm } from "./FactForm.js";
import { NewEntityForm } from "./NewEntityForm.js";
import { ReviewerField } from "./ReviewerField.js";
import { useReviewer } from "./useReviewer.js";

interface Props {
  documentId: string;
  text: string;
  facts: Loadable<DocumentFact[]>;
  activeFactId: string | undefined;
  selection: Span | undefined;
  onActivate: (factId: string | undefined, scroll: boolean) => void;
  onClearSelection: () => void;
  /** After any decision: the document's facts are read again, and the open result is rerun. */
  onChanged: () => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const short = (text: string) => (text.length > 90 ? `${text.slice(0, 60)}…${text.slice(-25)}` : text);

export function ReviewPanel({ documentId, text, facts, activeFactId, selection, onActivate, onClearSelection, onChanged }: Props) {
  const [reviewer] = useReviewer();
  const [form, setForm] = useState<"none" | "fact" | "entity">("none");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [showRejected, setShowRejected] = useState(true);

  const decisions: FactDecisions = {
    confirm: async (fact) => { await reviewApi.confirm(fact.factId, { reviewer: reviewer ?? "", documentId }); onChanged(); },
    reject: async (fact, reason) => { await reviewApi.reject(fact.factId, { reviewer: reviewer ?? "", documentId, reason }); onChanged(); },
    correct: async (fact, fields, reason) => {
      await reviewApi.correct(fact.factId, { reviewer: reviewer ?? "", documentId, ...(reason ? { reason } : {}), subjectId: fields.subjectId, type: fields.type, objectId: fields.objectId, properties: fields.properties, status: fields.status });
      onChanged();
    },
  };

  const submit = (run: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    setServerErrors({});
    run()
      .then(() => { setForm("none"); onClearSelection(); onChanged(); })
      .catch((e: unknown) => { setError(message(e)); if (e instanceof ApiError) setServerErrors(e.fields); })
      .finally(() => setBusy(false));
  };

  const addFact = (fields: FactRequestFields, reason: string | undefined) => {
    if (!selection) return;
    submit(() => reviewApi.addFact(documentId, { reviewer: reviewer ?? "", ...(reason ? { reason } : {}), ...fields, start: selection.start, end: selection.end }));
  };
  const createEntity = (name: string, kind: CreatableKind) => {
    if (!selection) return;
    submit(() => reviewApi.createEntity({ reviewer: reviewer ?? "", name, kind, documentId, start: selection.start, end: selection.end }));
  };

  const list = facts.state === "ready" ? inTextOrder(facts.value) : [];
  const rejected = list.filter((f) => f.review === "rejected").length;
  const shown = showRejected ? list : list.filter((f) => f.review !== "rejected");

  return (
    <aside className="review-panel" aria-label="Facts of this document" data-testid="review-panel">
      <ReviewerField />
      {selection ? (
        <section className="selection-bar" aria-label="Selected text" data-testid="selection-bar">
          <p className="selection-quote">“{short(text.slice(selection.start, selection.end))}”</p>
          {form === "none" && (
            <div className="form-actions">
              <button type="button" disabled={!reviewer} onClick={() => setForm("fact")}>Add fact…</button>
              <button type="button" disabled={!reviewer} onClick={() => setForm("entity")}>New entity from selection</button>
              <button type="button" className="link" onClick={onClearSelection}>clear</button>
            </div>
          )}
          {form === "fact" && (
            <FactForm initial={EMPTY_FACT_FORM} submitLabel="Add fact" busy={busy} error={error} serverErrors={serverErrors} onSubmit={addFact} onCancel={() => { setForm("none"); setError(undefined); }} />
          )}
          {form === "entity" && (
            <NewEntityForm name={text.slice(selection.start, selection.end)} busy={busy} error={error} onSubmit={createEntity} onCancel={() => { setForm("none"); setError(undefined); }} />
          )}
        </section>
      ) : (
        <p className="muted selection-hint">Select words in the text to add a fact the extractor missed (the selection is its evidence) or an entity.</p>
      )}
      <div className="review-list-head">
        <h3>Facts {facts.state === "ready" ? `(${list.length})` : ""}</h3>
        {rejected > 0 && (
          <label className="toggle">
            <input type="checkbox" checked={showRejected} onChange={(e) => setShowRejected(e.target.checked)} /> show {rejected} rejected
          </label>
        )}
      </div>
      {facts.state === "loading" && <p role="status" className="muted">Loading facts…</p>}
      {facts.state === "error" && <p role="alert" className="form-error">{facts.message}</p>}
      {facts.state === "ready" && list.length === 0 && <p className="muted">No fact was read from this document yet.</p>}
      <ol className="fact-list" data-testid="review-facts">
        {shown.map((fact) => (
          <FactCard key={fact.factId} fact={fact} active={fact.factId === activeFactId} canDecide={reviewer !== undefined} decisions={decisions} onActivate={onActivate} />
        ))}
      </ol>
      {!reviewer && facts.state === "ready" && list.length > 0 && <p className="muted">Set your name above to confirm, reject or correct facts.</p>}
    </aside>
  );
}
