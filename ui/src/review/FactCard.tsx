// One extracted fact beside the text: what it says, how sure the extractor was, its review state, and the
// analyst's decisions (confirm, reject with a reason, correct).
import { useState } from "react";
import type { DocumentFact } from "../../../queries/review-contract.js";
import { formOfFact, type FactRequestFields } from "../state/fact-form.js";
import { factFigure, REVIEW_LABELS } from "../state/review-facts.js";
import { FactForm } from "./FactForm.js";

export interface FactDecisions {
  confirm: (fact: DocumentFact) => Promise<void>;
  reject: (fact: DocumentFact, reason: string) => Promise<void>;
  correct: (fact: DocumentFact, fields: FactRequestFields, reason: string | undefined) => Promise<void>;
}

interface Props {
  fact: DocumentFact;
  active: boolean;
  canDecide: boolean;
  decisions: FactDecisions;
  onActivate: (factId: string | undefined, scroll: boolean) => void;
}

type Mode = "view" | "reject" | "correct";
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function FactCard({ fact, active, canDecide, decisions, onActivate }: Props) {
  const [mode, setMode] = useState<Mode>("view");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const figure = factFigure(fact);
  const confidence = fact.confidence ?? fact.evidence.find((e) => e.confidence !== undefined)?.confidence;
  const rejected = fact.review === "rejected";

  const decide = (run: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    run()
      .then(() => { setMode("view"); setReason(""); })
      .catch((e: unknown) => setError(message(e)))
      .finally(() => setBusy(false));
  };

  return (
    <li
      className={`fact${active ? " active" : ""}${rejected ? " rejected" : ""}`}
      data-testid="review-fact"
      data-fact-id={fact.factId}
      data-review={fact.review ?? "unreviewed"}
      onMouseEnter={() => onActivate(fact.factId, false)}
      onMouseLeave={() => onActivate(undefined, false)}
    >
      <button type="button" className="fact-statement" aria-pressed={active} onClick={() => onActivate(fact.factId, true)} title="Show its quote in the text">
        <span className="fact-subject">{fact.subject.name}</span> <span className="fact-type">{fact.type}</span> <span className="fact-object">{fact.object.name}</span>
        {figure && <span className="fact-figure"> · {figure}</span>}
      </button>
      <p className="fact-meta">
        {confidence !== undefined && <span className={confidence < 0.5 ? "confidence low" : "confidence"} title="Extraction confidence">{Math.round(confidence * 100)}%</span>}
        <span>{fact.status}</span>
        {fact.evidence[0] && <span className="muted">{fact.evidence[0].loader}</span>}
        <span className={`review-badge ${fact.review ?? "unreviewed"}`}>{fact.review ? REVIEW_LABELS[fact.review] : "Unreviewed"}</span>
      </p>
      {mode === "view" && (
        <div className="fact-actions">
          <button type="button" disabled={!canDecide || busy || fact.review === "confirmed"} onClick={() => decide(() => decisions.confirm(fact))}>Confirm</button>
          <button type="button" disabled={!canDecide || busy || rejected} onClick={() => setMode("reject")}>Reject…</button>
          <button type="button" disabled={!canDecide || busy} onClick={() => setMode("correct")}>Correct…</button>
        </div>
      )}
      {mode === "reject" && (
        <form
          className="reject-form"
          aria-label="Reject the fact"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) { setError("Say why the fact is wrong: the reason is kept with the decision."); return; }
            decide(() => decisions.reject(fact, reason.trim()));
          }}
        >
          <label>
            <span>Why is it wrong?</span>
            <input type="text" aria-label="Reason for rejecting" value={reason} autoFocus onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>{busy ? "Saving…" : "Reject fact"}</button>
            <button type="button" onClick={() => { setMode("view"); setError(undefined); }}>Cancel</button>
          </div>
        </form>
      )}
      {mode === "correct" && (
        <FactForm
          initial={formOfFact(fact)}
          submitLabel="Save correction"
          busy={busy}
          onSubmit={(fields, why) => decide(() => decisions.correct(fact, fields, why))}
          onCancel={() => { setMode("view"); setError(undefined); }}
        />
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </li>
  );
}
